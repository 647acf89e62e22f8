#pragma once

// The fixture of the tests that drive the main window: header-only, so that only the tests of the
// views layer need QtWidgets (lec_testsupport does not link it).

#include "models/common/Translations.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/DialogTestSupport.h"
#include "tests/support/TestSupport.h"
#include "views/shell/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QTest>
#include <QWidget>

#include <memory>

// A test class that drives the main window derives from this: every test function gets a database
// of its own in a temporary folder, the Workspace on it and the MainWindow, shown; and the
// screenshots for people to look at land in LECDESK_SCREENSHOT_DIR.
//
//   void initTestCase() { setUpWindowTests(); ... }
//   void init() { ...; QVERIFY(openWindow(QSize(1280, 800))); }
//   void cleanup() { closeWindow(); ... }
class WindowTest : public QObject
{
protected:
    // Settings and data in temporary folders for the whole process, English, a fixed today, and
    // the folder for the screenshots.
    static void setUpWindowTests()
    {
        TestSupport::isolateUserFolders();
        TestSupport::fixToday();
        Translations::install(QStringLiteral("en"));
        QDir().mkpath(screenshotFolder());
    }

    // A new database, its Workspace and the window on it, shown (at this size, if one is given).
    // False when the window did not show.
    [[nodiscard]] bool openWindow(const QSize &size = QSize())
    {
        m_temp = std::make_unique<TestSupport::TempDatabase>();
        m_workspace = std::make_unique<Workspace>(m_temp->database().connection());
        return showNewWindow(size);
    }

    // A new window on the same database and Workspace: the old one goes first, so the new one
    // finds what the old one saved (layout, choices). False when it did not show.
    [[nodiscard]] bool reopenWindow(const QSize &size = QSize())
    {
        m_window.reset();
        return showNewWindow(size);
    }

    // The window, the Workspace and the database go, in that order; the language is English again.
    void closeWindow()
    {
        m_window.reset();
        m_workspace.reset();
        m_temp.reset();
        Translations::install(QStringLiteral("en"));
    }

    QAction *action(const char *name) const
    {
        return DialogTestSupport::child<QAction>(m_window.get(), name);
    }

    static QString screenshotFolder() { return QStringLiteral(LECDESK_SCREENSHOT_DIR); }

    // The rows of a screenshot test: one per language of the interface.
    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

    // Saves a picture of the widget once the posted events have arrived: language changes and the
    // layouts they trigger come in rounds.
    static void grab(QWidget *widget, const QString &path)
    {
        for (int round = 0; round < 3; ++round) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        const QPixmap pixmap = widget->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY2(pixmap.save(path), qPrintable(path));
    }

    // As grab(), and a blank picture fails: text and frames give many colours.
    static void grabDrawn(QWidget *widget, const QString &path)
    {
        grab(widget, path);
        if (QTest::currentTestFailed())
            return;
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(path));
    }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

private:
    bool showNewWindow(const QSize &size)
    {
        m_window = std::make_unique<MainWindow>(m_workspace.get(), m_temp->path());
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }
};
