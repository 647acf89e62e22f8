#include "models/clusters/ClusterRepository.h"
#include "models/common/Translations.h"
#include "models/demo/DemoData.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/DialogTestSupport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowTestSupport.h"
#include "views/partners/PartnersView.h"
#include "views/shell/MainWindow.h"
#include "views/widgets/Prompts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

#include <functional>

using DialogTestSupport::child;
using DialogTestSupport::whenDialogOpens;

class TestMainWindow : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpWindowTests();
        Prompts::confirm() = [](QWidget *, const QString &, const QString &) { return true; };
        Prompts::error() = [this](QWidget *, const QString &, const QString &text) {
            m_errors.append(text);
        };
    }

    void init()
    {
        m_errors.clear();
        QVERIFY(openWindow());
    }

    void cleanup() { closeWindow(); }

    void withoutClusterShowsWhatToDo()
    {
        QVERIFY(child<QWidget>(m_window.get(), "partnersEmptyState")->isVisible());
        QVERIFY(!action("newPartnerAction")->isEnabled());
        QVERIFY(!action("importAction")->isEnabled());
        QCOMPARE(child<QLabel>(m_window.get(), "emptyTitle")->text(),
                 QStringLiteral("No cluster yet"));
    }

    void unbuiltSectionsSaySo()
    {
        auto *navigation = child<QListWidget>(m_window.get(), "navigation");
        QCOMPARE(navigation->count(), 4);
        navigation->setCurrentRow(MainWindow::EventsSection);
        QVERIFY(child<QWidget>(m_window.get(), "eventsView")->isVisible());
        navigation->setCurrentRow(MainWindow::WorkplansSection);
        auto *sections = child<QStackedWidget>(m_window.get(), "sections");
        QCOMPARE(sections->currentIndex(), int(MainWindow::WorkplansSection));
        auto *title =
            sections->currentWidget()->findChild<QLabel *>(QStringLiteral("placeholderTitle"));
        QVERIFY(title);
        QVERIFY2(title->text().contains(QStringLiteral("not built yet")),
                 qPrintable(title->text()));
        navigation->setCurrentRow(MainWindow::DashboardSection);
        QVERIFY(child<QWidget>(m_window.get(), "dashboardView")->isVisible());
        // Without a cluster the dashboard says what to do, as the other sections do.
        QVERIFY(child<QWidget>(m_window.get(), "dashboardNoClusterState")->isVisible());
    }

    void newClusterFromTheEmptyState()
    {
        whenDialogOpens(QStringLiteral("clusterDialog"), [](QDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "clusterNameEdit"),
                             QStringLiteral("Trieste LEC"));
            QTest::keyClicks(child<QLineEdit>(dialog, "clusterRegionEdit"),
                             QStringLiteral("Friuli Venezia Giulia"));
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>(m_window.get(), "emptyNewClusterButton"),
                          Qt::LeftButton);
        QCOMPARE(m_workspace->currentCluster()->name, QStringLiteral("Trieste LEC"));
        QCOMPARE(child<QComboBox>(m_window.get(), "clusterCombo")->currentText(),
                 QStringLiteral("Trieste LEC"));
        QVERIFY(!child<QWidget>(m_window.get(), "partnersEmptyState")->isVisible());
        QVERIFY(action("newPartnerAction")->isEnabled());
    }

    void addEditDeleteWithUndoAndRedo()
    {
        addCluster();
        whenDialogOpens(QStringLiteral("partnerEditor"), [](QDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Liceo Demo"));
            auto *type = child<QComboBox>(dialog, "typeEdit");
            type->setCurrentIndex(type->findData(int(PartnerType::School)));
            QTest::keyClicks(child<QLineEdit>(dialog, "cityEdit"), QStringLiteral("Trieste"));
            dialog->accept();
        });
        action("newPartnerAction")->trigger();
        PartnerTableModel *model = m_workspace->partners();
        QCOMPARE(model->rowCount(), 1);
        const PartnersView *partners = m_window->section<PartnersView>();
        QCOMPARE(partners->selectedIds().size(), 1); // the new row is selected
        QVERIFY(action("editPartnerAction")->isEnabled());

        whenDialogOpens(QStringLiteral("partnerEditor"), [](QDialog *dialog) {
            auto *city = child<QLineEdit>(dialog, "cityEdit");
            city->clear();
            QTest::keyClicks(city, QStringLiteral("Muggia"));
            dialog->accept();
        });
        action("editPartnerAction")->trigger();
        QCOMPARE(model->partnerAt(0).city, QStringLiteral("Muggia"));

        action("deletePartnerAction")->trigger();
        QCOMPARE(model->rowCount(), 0);

        action("undoAction")->trigger();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->partnerAt(0).city, QStringLiteral("Muggia"));
        action("undoAction")->trigger();
        QCOMPARE(model->partnerAt(0).city, QStringLiteral("Trieste"));
        action("redoAction")->trigger();
        QCOMPARE(model->partnerAt(0).city, QStringLiteral("Muggia"));
        QVERIFY(action("undoAction")->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
        QVERIFY(action("redoAction")
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(m_errors.isEmpty());
    }

    void searchAndFiltersNarrowTheTable()
    {
        loadDemo();
        auto *table = child<QTableView>(m_window.get(), "partnerTable");
        auto *count = child<QLabel>(m_window.get(), "partnerCount");
        auto *membership = child<QComboBox>(m_window.get(), "membershipFilter");
        membership->setCurrentIndex(2); // current and former
        const int all = table->model()->rowCount();
        QCOMPARE(all, m_workspace->partners()->rowCount());
        QVERIFY(all >= 50);

        auto *type = child<QComboBox>(m_window.get(), "partnerTypeFilter");
        type->setCurrentIndex(type->findData(int(PartnerType::University)));
        const int universities = table->model()->rowCount();
        QVERIFY(universities > 0 && universities < all);
        QVERIFY(count->text().contains(QStringLiteral(" of ")));
        type->setCurrentIndex(0);

        QTest::keyClicks(child<QLineEdit>(m_window.get(), "partnerSearch"),
                         m_workspace->partners()->partnerAt(0).name);
        QTRY_VERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()->rowCount() < all);
    }

    // A partner added and undone while a filter hides it: the total follows at once.
    void countsFollowUndoBehindAFilter()
    {
        loadDemo();
        auto *count = child<QLabel>(m_window.get(), "partnerCount");
        auto *type = child<QComboBox>(m_window.get(), "partnerTypeFilter");
        type->setCurrentIndex(type->findData(int(PartnerType::University)));
        const int all = m_workspace->partners()->rowCount();
        const int shown = child<QTableView>(m_window.get(), "partnerTable")->model()->rowCount();
        const auto expected = [&](int total) {
            return QStringLiteral("%1 of %2 partners").arg(shown).arg(total);
        };
        QCOMPARE(count->text(), expected(all));

        whenDialogOpens(QStringLiteral("partnerEditor"), [](QDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Museo Nuovo"));
            auto *kind = child<QComboBox>(dialog, "typeEdit");
            kind->setCurrentIndex(kind->findData(int(PartnerType::Museum)));
            QTest::keyClicks(child<QLineEdit>(dialog, "cityEdit"), QStringLiteral("Trieste"));
            dialog->accept();
        });
        action("newPartnerAction")->trigger();
        QCOMPARE(m_workspace->partners()->rowCount(), all + 1);
        QCOMPARE(count->text(), expected(all + 1));
        action("undoAction")->trigger();
        QCOMPARE(count->text(), expected(all));
        action("redoAction")->trigger();
        QCOMPARE(count->text(), expected(all + 1));
    }

    void importThroughThePreview()
    {
        addCluster();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("partners.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;tipo;città\nScuola Uno;scuola;Trieste\nMuseo Due;museo;Muggia\n"
                   "Bad Row;spaceship;Nowhere\nScuola Uno;scuola;Muggia\n");
        file.close();
        Prompts::openFile() = [path](QWidget *, const QString &, const QString &, const QString &) {
            return path;
        };

        bool sawPreview = false;
        whenDialogOpens(QStringLiteral("importPreview"), [&sawPreview](QDialog *dialog) {
            sawPreview = true;
            auto *table = child<QTableView>(dialog, "importTable");
            QCOMPARE(table->model()->rowCount(), 4);
            // A problem row still shows the type it gave (column 3: Line, Status, Name, Type);
            // the row whose type is the problem shows none.
            QCOMPARE(table->model()->index(3, 3).data().toString(), QStringLiteral("School"));
            QCOMPARE(table->model()->index(2, 3).data().toString(), QString());
            auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // a bad row blocks the import until it is skipped
            child<QCheckBox>(dialog, "skipInvalidCheck")->setChecked(true);
            QVERIFY(ok->isEnabled());
            dialog->accept();
        });
        action("importAction")->trigger();
        QVERIFY(sawPreview);
        QCOMPARE(m_workspace->partners()->rowCount(), 2);
        action("undoAction")->trigger(); // the whole import is one edit
        QCOMPARE(m_workspace->partners()->rowCount(), 0);
    }

    // Export the demo's partners, make a new cluster, import the file: the rows go into the
    // cluster on show (the file names one other cluster), and the choice can be undone in the
    // preview.
    void roundTripIntoANewCluster()
    {
        loadDemo();
        const QString demoId = m_workspace->currentClusterId();
        const int partners = m_workspace->partners()->rowCount();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("partners.csv"));
        QString error;
        QVERIFY2(m_workspace->exportPartners(path, CsvDialect::English, &error), qPrintable(error));
        addCluster();
        Prompts::openFile() = [path](QWidget *, const QString &, const QString &, const QString &) {
            return path;
        };
        bool sawPreview = false;
        whenDialogOpens(QStringLiteral("importPreview"), [&](QDialog *dialog) {
            sawPreview = true;
            auto *into = child<QCheckBox>(dialog, "intoCurrentClusterCheck");
            QVERIFY(into->isVisible());
            QVERIFY(into->isChecked());
            QVERIFY2(into->text().contains(QStringLiteral("“Trieste LEC”")),
                     qPrintable(into->text()));
            auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            // Unticked, every row would go back into the demo cluster, where it exists already.
            into->setChecked(false);
            QVERIFY(!ok->isEnabled());
            into->setChecked(true);
            QVERIFY(ok->isEnabled());
            dialog->accept();
        });
        action("importAction")->trigger();
        QVERIFY(sawPreview);
        QCOMPARE(m_workspace->partners()->rowCount(), partners);
        QVERIFY(m_errors.isEmpty());
        // The demo cluster kept its own.
        m_workspace->setCurrentClusterId(demoId);
        QCOMPARE(m_workspace->partners()->rowCount(), partners);
    }

    // Each cluster has its own history: a new cluster offers nothing to undo, and the demo's
    // steps wait for it; Undo says what it did in the status bar.
    void undoStaysInTheClusterOnShow()
    {
        loadDemo();
        const QString demoId = m_workspace->currentClusterId();
        whenDialogOpens(QStringLiteral("partnerEditor"), [](QDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Museo Nuovo"));
            auto *type = child<QComboBox>(dialog, "typeEdit");
            type->setCurrentIndex(type->findData(int(PartnerType::Museum)));
            QTest::keyClicks(child<QLineEdit>(dialog, "cityEdit"), QStringLiteral("Trieste"));
            dialog->accept();
        });
        action("newPartnerAction")->trigger();
        QVERIFY(action("undoAction")->isEnabled());
        QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Add “Museo Nuovo”"));

        addCluster();
        QVERIFY(!action("undoAction")->isEnabled());
        QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo"));

        m_workspace->setCurrentClusterId(demoId);
        QVERIFY(action("undoAction")->isEnabled());
        const int partners = m_workspace->partners()->rowCount();
        action("undoAction")->trigger();
        QCOMPARE(m_workspace->partners()->rowCount(), partners - 1);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Undone: Add “Museo Nuovo”"));
        action("redoAction")->trigger();
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Redone: Add “Museo Nuovo”"));
    }

    void headerStateAndSectionPersist()
    {
        addCluster();
        QHeaderView *header = child<QTableView>(m_window.get(), "partnerTable")->horizontalHeader();
        QVERIFY(!header->isSectionHidden(PartnerTableModel::City));
        header->hideSection(PartnerTableModel::City);
        header->showSection(PartnerTableModel::Phone);
        m_window->showSection(MainWindow::DashboardSection);
        m_window->close();
        m_window.reset(); // saves the layout

        m_window = std::make_unique<MainWindow>(m_workspace.get(), m_temp->path());
        header = child<QTableView>(m_window.get(), "partnerTable")->horizontalHeader();
        QVERIFY(header->isSectionHidden(PartnerTableModel::City));
        QVERIFY(!header->isSectionHidden(PartnerTableModel::Phone));
        QCOMPARE(m_window->currentSection(), MainWindow::DashboardSection);
        // Leave the next tests a clean layout.
        header->showSection(PartnerTableModel::City);
        header->hideSection(PartnerTableModel::Phone);
        m_window->showSection(MainWindow::PartnersSection);
        m_window->close();
    }

    void languageSwitchRetranslatesTheOpenWindow()
    {
        addCluster();
        QCOMPARE(menuTitle(1), QStringLiteral("&Edit"));
        m_window->applyLanguage(QStringLiteral("it"));
        // Qt delivers LanguageChange to widgets through the event loop.
        QTRY_COMPARE(menuTitle(1), QStringLiteral("&Modifica"));
        auto *navigation = child<QListWidget>(m_window.get(), "navigation");
        QCOMPARE(navigation->item(MainWindow::DashboardSection)->text(),
                 QStringLiteral("Cruscotto"));
        QCOMPARE(child<QTableView>(m_window.get(), "partnerTable")
                     ->model()
                     ->headerData(PartnerTableModel::City, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Città"));
        m_window->applyLanguage(QStringLiteral("en"));
        QTRY_COMPARE(navigation->item(MainWindow::DashboardSection)->text(),
                     QStringLiteral("Dashboard"));
        m_window->applyLanguage(QString());
    }

    // A live switch to Italian shows what a fresh start in Italian shows: every text of every
    // section, its filter bars, the menus and the undo history; nothing is clipped; the filters
    // keep what the coordinator chose.
    void liveSwitchEqualsAFreshStart()
    {
        loadDemo();
        whenDialogOpens(QStringLiteral("partnerEditor"), [](QDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Museo Nuovo"));
            auto *type = child<QComboBox>(dialog, "typeEdit");
            type->setCurrentIndex(type->findData(int(PartnerType::Museum)));
            dialog->accept();
        });
        action("newPartnerAction")->trigger();
        m_window->showSection(MainWindow::EventsSection);
        auto *period = child<QComboBox>(m_window.get(), "eventPeriodFilter");
        period->setCurrentIndex(3);
        const QVariant chosen = period->currentData();

        m_window->applyLanguage(QStringLiteral("it"));
        QTRY_COMPARE(menuTitle(1), QStringLiteral("&Modifica"));
        QCOMPARE(period->currentData(), chosen); // the filter is kept
        period->setCurrentIndex(0);
        // A selection is the coordinator's, not the language's: the fresh window has none.
        child<QTableView>(m_window.get(), "partnerTable")->clearSelection();
        const QStringList live = everyText();
        m_window->showSection(MainWindow::EventsSection);
        grab(m_window.get(), screenshotFolder() + QStringLiteral("/live-switch-it.png"));
        QVERIFY(QTest::currentTestFailed() || !live.isEmpty());
        QVERIFY2(action("undoAction")->text().startsWith(QStringLiteral("&Annulla")),
                 qPrintable(action("undoAction")->text()));

        QVERIFY(reopenWindow(m_window->size()));
        const QStringList fresh = everyText();
        m_window->showSection(MainWindow::EventsSection);
        grab(m_window.get(), screenshotFolder() + QStringLiteral("/fresh-start-it.png"));
        QStringList onlyLive;
        QStringList onlyFresh;
        for (const QString &text : live) {
            if (!fresh.contains(text))
                onlyLive.append(text);
        }
        for (const QString &text : fresh) {
            if (!live.contains(text))
                onlyFresh.append(text);
        }
        QVERIFY2(onlyLive.isEmpty() && onlyFresh.isEmpty(),
                 qPrintable(QStringLiteral("after the switch only: ") +
                            onlyLive.join(QStringLiteral(" | ")) +
                            QStringLiteral("\nafter a fresh start only: ") +
                            onlyFresh.join(QStringLiteral(" | "))));
        m_window->applyLanguage(QString());
    }

    // What each section offers, in order: the File and Edit menus and the toolbar show the
    // section's own actions and the window's (by object name: separators and the cluster chooser
    // left out); each shortcut belongs to one visible action.
    void menusOfEachSection_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<QStringList>("file");
        QTest::addColumn<QStringList>("edit");
        QTest::addColumn<QStringList>("toolBar");
        QTest::newRow("partners") << int(MainWindow::PartnersSection)
                                  << names({"newClusterAction", "importAction", "exportAction",
                                            "demoAction", "quitAction"})
                                  << names({"undoAction", "redoAction", "newPartnerAction",
                                            "editPartnerAction", "deletePartnerAction",
                                            "showPartnerEventsAction", "findAction"})
                                  << names({"newPartnerAction", "editPartnerAction",
                                            "deletePartnerAction", "undoAction", "redoAction",
                                            "importAction", "exportAction"});
        QTest::newRow("events")
            << int(MainWindow::EventsSection)
            << names({"newClusterAction", "importEventsAction", "exportEventsAction",
                      "exportCalendarAction", "demoAction", "quitAction"})
            << names({"undoAction", "redoAction", "newEventAction", "editEventAction",
                      "duplicateEventAction", "recordAttendanceAction", "deleteEventAction",
                      "findAction"})
            << names({"newEventAction", "editEventAction", "duplicateEventAction",
                      "recordAttendanceAction", "deleteEventAction", "undoAction", "redoAction",
                      "importEventsAction", "exportEventsAction"});
        QTest::newRow("workplans") << int(MainWindow::WorkplansSection)
                                   << names({"newClusterAction", "demoAction", "quitAction"})
                                   << names({"undoAction", "redoAction", "findAction"})
                                   << names({"undoAction", "redoAction"});
        QTest::newRow("dashboard") << int(MainWindow::DashboardSection)
                                   << names({"newClusterAction", "exportChartAction_institutions",
                                             "exportChartAction_reach", "exportChartAction_events",
                                             "exportKpiTableAction", "demoAction", "quitAction"})
                                   << names({"undoAction", "redoAction", "findAction"})
                                   << names({"undoAction", "redoAction", "writeReportToolAction"});
    }

    void menusOfEachSection()
    {
        QFETCH(int, section);
        QFETCH(QStringList, file);
        QFETCH(QStringList, edit);
        QFETCH(QStringList, toolBar);
        addCluster();
        m_window->showSection(section);
        QCOMPARE(shownNames(menu(0)->actions()), file);
        QCOMPARE(shownNames(menu(1)->actions()), edit);
        QCOMPARE(shownNames(child<QToolBar>(m_window.get(), "mainToolBar")->actions()), toolBar);
        for (const QKeySequence &key :
             {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Return),
              QKeySequence(QKeySequence::Delete), QKeySequence(Qt::CTRL | Qt::Key_I),
              QKeySequence(Qt::CTRL | Qt::Key_E)}) {
            QStringList owners;
            for (QAction *action : m_window->findChildren<QAction *>()) {
                if (action->isVisible() && action->shortcuts().contains(key))
                    owners.append(action->objectName());
            }
            QVERIFY2(owners.size() <= 1, qPrintable(owners.join(QLatin1Char(' '))));
        }
    }

    // View ▸ Columns… opens the chooser of the section on show: a checkable entry a column, the
    // one that names the row kept; a choice shows or hides the column and is remembered.
    void columnsOfEachSection_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("menuName");
        QTest::addColumn<int>("kept");
        QTest::addColumn<QString>("settingsKey");
        QTest::newRow("partners") << int(MainWindow::PartnersSection)
                                  << QStringLiteral("partnerTable")
                                  << QStringLiteral("columnChooser") << 0
                                  << QStringLiteral("partners/header");
        QTest::newRow("events") << int(MainWindow::EventsSection) << QStringLiteral("eventTable")
                                << QStringLiteral("eventColumnChooser") << 2
                                << QStringLiteral("events/header");
    }

    void columnsOfEachSection()
    {
        QFETCH(int, section);
        QFETCH(QString, table);
        QFETCH(QString, menuName);
        QFETCH(int, kept);
        QFETCH(QString, settingsKey);
        m_window->showSection(section);
        QVERIFY(!action("columnsAction")->isEnabled()); // no cluster, no table
        loadDemo(); // the events' table shows once the cluster has events
        m_window->showSection(section);
        QVERIFY(action("columnsAction")->isEnabled());
        QHeaderView *header = m_window->findChild<QTableView *>(table)->horizontalHeader();
        const int column = header->count() - 1;
        const bool hidden = header->isSectionHidden(column);

        QStringList titles;
        bool keptEnabled = true;
        QTimer::singleShot(0, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QCOMPARE(menu->objectName(), menuName);
            for (QAction *entry : menu->actions()) {
                titles.append(entry->text());
                QVERIFY(entry->isCheckable());
            }
            keptEnabled = menu->actions().at(kept)->isEnabled();
            QCOMPARE(menu->actions().at(column)->isChecked(), !hidden);
            menu->actions().at(column)->trigger();
            menu->close();
        });
        action("columnsAction")->trigger();
        QCOMPARE(titles.size(), header->count());
        QCOMPARE(titles.constFirst(), header->model()->headerData(0, Qt::Horizontal).toString());
        QVERIFY(!keptEnabled);
        QCOMPARE(header->isSectionHidden(column), !hidden);
        QCOMPARE(QSettings().value(settingsKey).toByteArray(), header->saveState());
        header->setSectionHidden(column, hidden); // leave the next tests their layout
        m_window->showSection(MainWindow::WorkplansSection);
        QVERIFY(!action("columnsAction")->isEnabled());
    }

    // The window is built from its list of sections: a row of the navigation and an entry of the
    // View menu each, with the section's title and Ctrl+1..4; the section's own actions have
    // their places in the menus and the toolbar and show exactly while it is current, and a
    // language switch translates every one of them.
    void sectionsDriveNavigationAndMenus()
    {
        addCluster();
        const QList<Section *> &sections = m_window->sections();
        QCOMPARE(sections.size(), 4);
        auto *navigation = child<QListWidget>(m_window.get(), "navigation");
        QCOMPARE(navigation->count(), sections.size());
        const QList<QAction *> showActions = menu(2)->actions();
        for (int index = 0; index < sections.size(); ++index) {
            QCOMPARE(navigation->item(index)->text(), sections.at(index)->title());
            QCOMPARE(showActions.at(index)->text(), sections.at(index)->title());
            QCOMPARE(showActions.at(index)->shortcut(),
                     QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        }

        auto *toolBar = child<QToolBar>(m_window.get(), "mainToolBar");
        const std::pair<Section::Place, QWidget *> places[] = {
            {Section::Place::FileMenu, menu(0)},
            {Section::Place::EditMenu, menu(1)},
            {Section::Place::EditToolBar, toolBar},
            {Section::Place::FileToolBar, toolBar},
        };
        QHash<QAction *, QString> english;
        for (int current = 0; current < sections.size(); ++current) {
            showActions.at(current)->trigger();
            QCOMPARE(int(m_window->currentSection()), current);
            QCOMPARE(navigation->currentRow(), current);
            for (int index = 0; index < sections.size(); ++index) {
                for (const auto &[place, widget] : places) {
                    for (QAction *action : sections.at(index)->sectionActions(place)) {
                        QVERIFY2(widget->actions().contains(action),
                                 qPrintable(action->objectName()));
                        QCOMPARE(action->isVisible(), index == current);
                        english.insert(action, action->text());
                    }
                }
            }
        }
        QCOMPARE(english.size(), 6 + 8 + 5); // the partners', the events', the dashboard's

        m_window->applyLanguage(QStringLiteral("it"));
        QTRY_COMPARE(navigation->item(MainWindow::DashboardSection)->text(),
                     QStringLiteral("Cruscotto"));
        QCOMPARE(navigation->item(MainWindow::WorkplansSection)->text(),
                 QStringLiteral("Piani di lavoro"));
        QCOMPARE(showActions.at(MainWindow::EventsSection)->text(), QStringLiteral("Eventi"));
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            QVERIFY2(it.key()->text() != it.value(), qPrintable(it.value()));
        QCOMPARE(action("newPartnerAction")->text(), QStringLiteral("&Nuovo partner…"));
        QCOMPARE(action("newPartnerAction")->toolTip(),
                 QStringLiteral("Aggiungi un partner al registro (Ctrl+N)"));
        QCOMPARE(action("recordAttendanceAction")->iconText(), QStringLiteral("Presenze"));
        QCOMPARE(action("exportCalendarAction")->text(),
                 QStringLiteral("Esporta &calendario (.ics)…"));
        QCOMPARE(action("writeReportToolAction")->text(), QStringLiteral("Scrivi il rapporto…"));
        m_window->applyLanguage(QStringLiteral("en"));
        QTRY_COMPARE(action("newPartnerAction")->text(), QStringLiteral("&New partner…"));
        m_window->applyLanguage(QString());
    }

    void screenshots_data() { addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const QString folder = screenshotFolder();

        grabDrawn(m_window.get(), folder + QStringLiteral("/empty-state-%1.png").arg(language));
        loadDemo();
        m_window->resize(1280, 800);
        auto *table = child<QTableView>(m_window.get(), "partnerTable");
        table->selectRow(2);
        grabDrawn(m_window.get(), folder + QStringLiteral("/main-window-%1.png").arg(language));

        m_window->showSection(MainWindow::WorkplansSection);
        grabDrawn(m_window.get(), folder + QStringLiteral("/placeholder-%1.png").arg(language));
        m_window->showSection(MainWindow::PartnersSection);

        whenDialogOpens(QStringLiteral("partnerEditor"), [folder, language](QDialog *dialog) {
            grabDrawn(dialog, folder + QStringLiteral("/partner-editor-%1.png").arg(language));
            dialog->reject();
        });
        action("editPartnerAction")->trigger();

        // The preview of a file with bad rows.
        QTemporaryDir csvFolder;
        const QString path = csvFolder.filePath(QStringLiteral("partners.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,type,city,joined_on,email\nScuola Nuova,school,Trieste,2022-06-01,\n"
                   "Museo Nuovo,museum,Muggia,31/02/2022,\n,university,Udine,,\n"
                   "Impresa Nuova,business,Trieste,,not-an-email\n");
        file.close();
        Prompts::openFile() = [path](QWidget *, const QString &, const QString &, const QString &) {
            return path;
        };
        whenDialogOpens(QStringLiteral("importPreview"), [folder, language](QDialog *dialog) {
            grabDrawn(dialog, folder + QStringLiteral("/import-preview-%1.png").arg(language));
            dialog->reject();
        });
        action("importAction")->trigger();
    }

private:
    QMenu *menu(int index) const { return m_window->menuBar()->actions().at(index)->menu(); }

    static QStringList names(std::initializer_list<const char *> names)
    {
        QStringList list;
        for (const char *name : names)
            list.append(QLatin1String(name));
        return list;
    }

    // The object names of the visible actions, in order; separators and widgets have none.
    static QStringList shownNames(const QList<QAction *> &actions)
    {
        QStringList shown;
        for (const QAction *action : actions) {
            if (action->isVisible() && !action->objectName().isEmpty())
                shown.append(action->objectName());
        }
        return shown;
    }

    QString menuTitle(int index) const { return m_window->menuBar()->actions().at(index)->text(); }

    // Every text the window shows in each section: labels, buttons, check boxes, every item of
    // every drop-down, placeholders, table headers, menus and their actions, and the status
    // bar's labels; each prefixed by the section. A widget narrower than its text needs (a
    // clipped filter) is reported as a failure.
    QStringList everyText()
    {
        QStringList texts;
        const auto settle = [] {
            for (int round = 0; round < 3; ++round) {
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents();
            }
        };
        for (int section : {int(MainWindow::PartnersSection), int(MainWindow::EventsSection),
                            int(MainWindow::WorkplansSection), int(MainWindow::DashboardSection)}) {
            m_window->showSection(section);
            settle();
            const QString prefix = QString::number(section) + QLatin1Char(':');
            const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!widget->isVisible())
                    continue;
                if (auto *label = qobject_cast<QLabel *>(widget)) {
                    texts.append(prefix + label->text());
                } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                    texts.append(prefix + button->text() + QLatin1Char('/') + button->toolTip());
                } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                    for (int index = 0; index < combo->count(); ++index)
                        texts.append(prefix + combo->itemText(index));
                    if (combo->width() < combo->minimumSizeHint().width())
                        QTest::qFail(qPrintable(QStringLiteral("clipped: ") + combo->objectName() +
                                                QStringLiteral(" “") + combo->currentText() +
                                                QStringLiteral("”")),
                                     __FILE__, __LINE__);
                } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                    texts.append(prefix + edit->placeholderText());
                } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
                    const QAbstractItemModel *model = view->model();
                    for (int column = 0; model && column < model->columnCount(); ++column)
                        texts.append(prefix + model->headerData(column, Qt::Horizontal).toString());
                }
            }
        }
        for (QAction *menu : m_window->menuBar()->actions()) {
            texts.append(menu->text());
            if (menu->menu()) {
                for (QAction *item : menu->menu()->actions())
                    texts.append(item->text() + QLatin1Char('/') + item->toolTip());
            }
        }
        return texts;
    }

    void addCluster()
    {
        Cluster cluster;
        cluster.name = QStringLiteral("Trieste LEC");
        QString error;
        QVERIFY2(m_workspace->addCluster(cluster, &error), qPrintable(error));
    }

    void loadDemo()
    {
        QString error;
        QVERIFY2(m_workspace->createDemo(&error), qPrintable(error));
    }

    QStringList m_errors;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
