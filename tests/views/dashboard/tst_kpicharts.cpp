#include "models/common/Translations.h"
#include "models/demo/DemoData.h"
#include "models/kpi/KpiCalculator.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "views/dashboard/KpiCharts.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFont>
#include <QFontInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

// The KPI charts of the demo cluster, exported to each format in each language, read back with
// independent tools: Qt's image reader, an XML parser, pdftotext.
class TestKpiCharts : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempDatabase m_db;
    QString m_clusterName;

    KpiSnapshot demoSnapshot()
    {
        KpiCalculator calculator(m_db.database().connection());
        const std::optional<KpiScope> scope = calculator.resolveScope(
            m_clusterName, QString(), QDate(2021, 1, 1), QDate(2022, 9, 30));
        return scope ? calculator.snapshot(*scope).value() : KpiSnapshot{};
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString svgText(const QString &path, bool *wellFormed)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        }
        *wellFormed = !xml.hasError();
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.errorMessage()));
        Cluster demo;
        bool existed = false;
        QString error;
        // The demo as made in October 2022, so that its events fill the charts' period.
        QVERIFY2(DemoData::create(m_db.database().connection(), DemoData::defaultClusterName(),
                                  &demo, &existed, &error, QDate(2022, 10, 15)),
                 qPrintable(error));
        m_clusterName = demo.name;
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void exportsEveryChartInEveryFormat_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("format");
        for (const char *language : {"en", "it"}) {
            for (const char *chart : {"institutions", "reach", "events"}) {
                for (const char *format : {"png", "svg", "pdf"})
                    QTest::addRow("%s-%s-%s", language, chart, format)
                        << QString::fromLatin1(language) << QString::fromLatin1(chart)
                        << QString::fromLatin1(format);
            }
        }
    }

    void exportsEveryChartInEveryFormat()
    {
        QFETCH(QString, language);
        QFETCH(QString, chart);
        QFETCH(QString, format);
        Translations::install(language);
        const KpiSnapshot snapshot = demoSnapshot();
        QVERIFY(snapshot.values.institutions() > 0);
        QVERIFY(snapshot.values.eventsHeld() > 0);
        const std::optional<KpiCharts::Kind> kind = KpiCharts::kindFromKey(chart);
        QVERIFY(kind);
        QVERIFY(KpiCharts::hasData(*kind, snapshot));

        QTemporaryDir folder;
        const QString path = folder.filePath(chart + QLatin1Char('.') + format);
        QString error;
        QVERIFY2(KpiCharts::exportChart(*kind, snapshot, path, QSize(1600, 1000), 192, &error),
                 qPrintable(error));

        const QString title = KpiCharts::title(*kind);
        const QString expectTitle =
            language == QLatin1String("it")
                ? QStringList{QStringLiteral("Istituzioni coinvolte per tipo"),
                              QStringLiteral("Persone raggiunte, mese per mese (cumulato)"),
                              QStringLiteral("Eventi svolti per tipo")}
                      .at(KpiCharts::kinds().indexOf(*kind))
                : QStringList{QStringLiteral("Institutions involved by type"),
                              QStringLiteral("People reached, month by month (accumulated)"),
                              QStringLiteral("Events held by kind")}
                      .at(KpiCharts::kinds().indexOf(*kind));
        QCOMPARE(title, expectTitle);
        const QString period = language == QLatin1String("it") ? QStringLiteral("1 gennaio 2021")
                                                               : QStringLiteral("1 January 2021");

        if (format == QLatin1String("png")) {
            QImage image(path);
            QCOMPARE(image.size(), QSize(1600, 1000));
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
            QCOMPARE(image.text(QStringLiteral("Title")).startsWith(title), true);
            // Not a blank page: many colours were drawn.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY(colours.size() > 20);
            const QString shots = QStringLiteral(LECDESK_SCREENSHOT_DIR);
            QDir().mkpath(shots);
            image.save(shots + QStringLiteral("/chart-%1-%2.png").arg(chart, language));
        } else if (format == QLatin1String("svg")) {
            bool wellFormed = false;
            const QString text = svgText(path, &wellFormed);
            QVERIFY(wellFormed);
            QVERIFY2(text.contains(title), qPrintable(text.left(400)));
            QVERIFY2(text.contains(m_clusterName), qPrintable(text.left(400)));
            // Every text names a font SVG viewers know: a CSS generic family last.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString svg = QString::fromUtf8(file.readAll());
            static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
            int families = 0;
            for (auto it = family.globalMatch(svg); it.hasNext(); ++families) {
                const QString value = it.next().captured(1);
                QVERIFY2(value.endsWith(QLatin1String("sans-serif")), qPrintable(value));
                QVERIFY2(!value.contains(QLatin1String("Sans Serif")), qPrintable(value));
            }
            QVERIFY(families > 0);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(5), QByteArray("%PDF-"));
            const QString text = pdfText(path).simplified();
            QVERIFY2(text.contains(title), qPrintable(text.left(400)));
            QVERIFY2(text.contains(period), qPrintable(text.left(400)));
        }
    }

    // QSvgGenerator's font names become ones SVG viewers know.
    void svgFontFamiliesAreGeneric()
    {
        const QString drawn = QFontInfo(QFont(QStringLiteral("Sans Serif"))).family();
        const QByteArray fixed = KpiCharts::svgWithGenericFontFamilies(
            "<g font-family=\"Sans Serif\" font-size=\"9\"><text>a</text></g>"
            "<g font-family=\"sans-serif\"/><g font-family=\"Serif\"/><g font-family=\"\"/>");
        // The family fontconfig drew with, where it resolves the alias ("DejaVu Sans").
        const QString expected =
            drawn.isEmpty() || drawn.compare(QLatin1String("Sans Serif"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("sans-serif")
                : drawn + QStringLiteral(", sans-serif");
        QVERIFY2(fixed.startsWith(QStringLiteral("<g font-family=\"%1\" font-size=\"9\"><text>a"
                                                 "</text></g>")
                                      .arg(expected)
                                      .toUtf8()),
                 fixed.constData());
        QVERIFY2(fixed.contains("<g font-family=\"sans-serif\"/>"), fixed.constData());
        QVERIFY2(fixed.contains("<g font-family=\"\"/>") == false, fixed.constData());
        QVERIFY(!fixed.contains("\"Sans Serif\""));
        QVERIFY(!fixed.contains("\"Serif\""));
        QVERIFY2(fixed.contains("serif\"/>"), fixed.constData());
        // A name that is not plain words is quoted for CSS.
        const QByteArray odd = KpiCharts::svgWithGenericFontFamilies("<g font-family=\"1Font\"/>");
        QVERIFY2(odd.endsWith("sans-serif\"/>"), odd.constData());
    }

    void refusesBadRequests()
    {
        Translations::install(QStringLiteral("en"));
        const KpiSnapshot snapshot = demoSnapshot();
        QTemporaryDir folder;
        QString error;
        // An unknown format names the file.
        const QString gif = folder.filePath(QStringLiteral("chart.gif"));
        QVERIFY(!KpiCharts::exportChart(KpiCharts::Kind::EventsByKind, snapshot, gif,
                                        QSize(800, 600), 96, &error));
        QVERIFY2(error.contains(gif), qPrintable(error));
        // A folder that does not exist: the path is named, nothing is left behind.
        const QString missing = folder.filePath(QStringLiteral("no/such/folder/chart.png"));
        QVERIFY(!KpiCharts::exportChart(KpiCharts::Kind::EventsByKind, snapshot, missing,
                                        QSize(800, 600), 96, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!QFile::exists(missing));
        // A period with no data draws no empty axes: it says so.
        KpiSnapshot empty = snapshot;
        empty.values = KpiValues{};
        const QString path = folder.filePath(QStringLiteral("empty.svg"));
        QVERIFY(!KpiCharts::exportChart(KpiCharts::Kind::InstitutionsByType, empty, path,
                                        QSize(800, 600), 96, &error));
        QVERIFY2(error.startsWith(QStringLiteral("No institution of ")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void barsMapToTheirTypeAndKind()
    {
        // The first type is drawn at the top, i.e. it is the last bar of the set.
        QCOMPARE(KpiCharts::typeAtBar(int(PartnerVocabulary::types().size()) - 1),
                 PartnerVocabulary::types().constFirst());
        QCOMPARE(KpiCharts::typeAtBar(0), PartnerVocabulary::types().constLast());
        QCOMPARE(KpiCharts::kindAtBar(0), EventVocabulary::kinds().constLast());
        const std::unique_ptr<QChart> chart =
            KpiCharts::create(KpiCharts::Kind::EventsByKind, demoSnapshot());
        QCOMPARE(chart->series().size(), 1);
    }
};

QTEST_MAIN(TestKpiCharts)
#include "tst_kpicharts.moc"
