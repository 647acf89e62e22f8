// Every icon of resources/icons renders with QtSvg, without warnings, at the sizes the app uses.

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void expectedIconsExist();
    void rendersCleanly_data();
    void rendersCleanly();

private:
    static QString iconPath(const QString &name)
    {
        return QStringLiteral(LECDESK_ICONS_DIR) + u'/' + name + u".svg"_s;
    }
};

static const QStringList actionIcons = {
    u"partner-add"_s, u"partner-edit"_s, u"partner-delete"_s, u"import"_s,
    u"export"_s,      u"undo"_s,         u"redo"_s,           u"search"_s,
    u"partners"_s,    u"events"_s,       u"workplans"_s,      u"dashboard"_s,
    u"preferences"_s, u"demo"_s,         u"cluster-add"_s,    u"columns"_s,
    u"event-add"_s,   u"event-edit"_s,   u"event-delete"_s,   u"event-duplicate"_s,
    u"attendance"_s,
};

void TestIcons::expectedIconsExist()
{
    for (const QString &name : actionIcons + QStringList{u"lecdesk"_s})
        QVERIFY2(QFile::exists(iconPath(name)), qPrintable(iconPath(name)));
}

void TestIcons::rendersCleanly_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isAction");
    const QDir dir(QStringLiteral(LECDESK_ICONS_DIR));
    const QStringList files = dir.entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << (file != u"lecdesk.svg"_s);
}

void TestIcons::rendersCleanly()
{
    QFETCH(QString, path);
    QFETCH(bool, isAction);

    // QtSvg reports what it cannot draw (unsupported elements, unresolved references) as warnings.
    QTest::failOnWarning(QRegularExpression(u".*"_s));

    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    const QRectF viewBox = renderer.viewBoxF();
    if (isAction)
        QCOMPARE(viewBox, QRectF(0, 0, 24, 24));
    else
        QCOMPARE(viewBox.width(), viewBox.height());

    for (const int size : {16, 24, 48}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();

        int opaque = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        // Something visible, and not a filled square (a lost viewBox or a runaway path).
        const int area = size * size;
        QVERIFY2(opaque > area / 20,
                 qPrintable(u"%1 px of %2 drawn at %3 px"_s.arg(opaque).arg(area).arg(size)));
        if (isAction)
            QVERIFY2(opaque < area * 3 / 4,
                     qPrintable(u"%1 px of %2 drawn at %3 px"_s.arg(opaque).arg(area).arg(size)));
    }
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
