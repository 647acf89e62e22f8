#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/kpi/KpiDrillDownModel.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/DialogTestSupport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowTestSupport.h"
#include "views/dashboard/DashboardView.h"
#include "views/dashboard/KpiDrillDownDialog.h"
#include "views/dashboard/KpiTile.h"
#include "views/partners/PartnersView.h"
#include "views/shell/MainWindow.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <QUndoStack>

using DialogTestSupport::child;

// The open window follows the database, whoever writes to it: not only the undo stack but a sync
// pull, an import, a tool that writes through the repositories. And a database that cannot be read
// is said, above lists that keep what they read last.
class TestLiveUpdates : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpWindowTests(); }

    void init()
    {
        QVERIFY(openWindow(QSize(1280, 800)));
        QString error;
        QVERIFY2(m_workspace->createDemo(&error), qPrintable(error));
    }

    void cleanup() { closeWindow(); }

    void directWritesReachTheOpenWindow()
    {
        // The partner register with a partner selected.
        m_window->showSection(MainWindow::PartnersSection);
        auto *partnersView = m_window->section<PartnersView>();
        const Partner chosen = m_workspace->partners()->partnerAt(5);
        partnersView->selectPartner(chosen.id);
        QCOMPARE(partnersView->selectedIds(), QStringList{chosen.id});

        // The dashboard, with the list behind the pupils open and a row of it selected.
        m_window->showSection(MainWindow::DashboardSection);
        auto *dashboard = m_window->section<DashboardView>();
        QTRY_VERIFY(dashboard->snapshot().has_value());
        const KpiScope scope = dashboard->snapshot()->scope;
        KpiTile *pupils = dashboard->tile(QStringLiteral("pupils"));
        const qint64 before = dashboard->snapshot()->values.reached(Figure::Pupils);
        QCOMPARE(pupils->actualText(), QLocale().toString(before));
        QTest::mouseClick(pupils, Qt::LeftButton);
        KpiDrillDownDialog *drillDown = dashboard->drillDownDialog();
        QVERIFY(drillDown && drillDown->isVisible());
        const int listed = drillDown->model()->recordCount();
        drillDown->table()->selectRow(1);
        const QString selectedEvent = drillDown->table()
                                          ->selectionModel()
                                          ->selectedRows()
                                          .value(0)
                                          .data(KpiDrillDownModel::IdRole)
                                          .toString();
        QVERIFY(!selectedEvent.isEmpty());

        EventTableModel *events = m_workspace->events();
        const int eventRows = events->rowCount();
        QSignalSpy eventResets(events, &QAbstractItemModel::modelReset);
        QSignalSpy eventInserts(events, &QAbstractItemModel::rowsInserted);
        QSignalSpy partnerResets(m_workspace->partners(), &QAbstractItemModel::modelReset);
        const int history = m_workspace->undoStack()->count();

        // A held event of the period, written as a sync pull would: no undo command.
        Event pulled;
        pulled.clusterId = m_workspace->currentClusterId();
        pulled.titleEn = QStringLiteral("Robotics lab pulled from the server");
        pulled.kind = EventKind::Lab;
        pulled.status = EventStatus::Held;
        pulled.startDate = scope.from.addDays(10);
        pulled.organiserIds = {chosen.id};
        pulled.setFigure(Figure::Pupils, 40);
        EventRepository repository(m_temp->database().connection());
        QVERIFY2(repository.save(pulled), qPrintable(repository.errorMessage()));

        QCOMPARE(events->rowCount(), eventRows + 1);
        QCOMPARE(eventInserts.count(), 1);
        QTRY_COMPARE(pupils->actualText(), QLocale().toString(before + 40));
        QTRY_COMPARE(drillDown->model()->total(Figure::Pupils), before + 40);
        QCOMPARE(drillDown->model()->recordCount(), listed + 1);
        // The open list kept the row its user chose.
        QCOMPARE(drillDown->table()->selectionModel()->selectedRows().value(0).data(
                     KpiDrillDownModel::IdRole),
                 QVariant(selectedEvent));

        // The partner edited the same way: its row changes in place and stays selected.
        Partner moved = chosen;
        moved.city = QStringLiteral("Muggia");
        QVERIFY(PartnerRepository(m_temp->database().connection()).save(moved));
        const int row = m_workspace->partners()->rowOf(chosen.id);
        QCOMPARE(m_workspace->partners()->index(row, PartnerTableModel::City).data().toString(),
                 QStringLiteral("Muggia"));
        QCOMPARE(partnersView->selectedIds(), QStringList{chosen.id});

        // Deleted the same way: gone from the list and from the numbers.
        QVERIFY(repository.remove({pulled.id}));
        QCOMPARE(events->rowCount(), eventRows);
        QTRY_COMPARE(pupils->actualText(), QLocale().toString(before));
        QTRY_COMPARE(drillDown->model()->recordCount(), listed);

        QCOMPARE(eventResets.count(), 0);
        QCOMPARE(partnerResets.count(), 0);
        QCOMPARE(m_workspace->undoStack()->count(), history); // none of it went through the stack
    }

    void theDashboardKeepsItsNumbersWhenTheyCannotBeRead()
    {
        m_window->showSection(MainWindow::DashboardSection);
        auto *dashboard = m_window->section<DashboardView>();
        QTRY_VERIFY(dashboard->snapshot().has_value());
        const QString pupils = dashboard->tile(QStringLiteral("pupils"))->actualText();
        auto *message = child<QLabel>(m_window.get(), "dashboardMessage");
        QVERIFY(!message->isVisible());

        // Even the cluster on show cannot be looked up: the last numbers stay, marked as such.
        TestSupport::RawSqlite raw(m_temp->path());
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE clusters RENAME TO clusters_hidden")}),
                 QString());
        QVERIFY(!m_workspace->reload());
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("last ones read")),
                 qPrintable(message->text()));
        QVERIFY(child<QWidget>(m_window.get(), "dashboardContent")->isVisible());
        QCOMPARE(dashboard->tile(QStringLiteral("pupils"))->actualText(), pupils);

        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE clusters_hidden RENAME TO clusters")}),
                 QString());
        QVERIFY(m_workspace->reload());
        QTRY_VERIFY(!message->isVisible());
        QCOMPARE(dashboard->tile(QStringLiteral("pupils"))->actualText(), pupils);
    }

    void aDatabaseThatCannotBeReadIsSaid_data() { addLanguageRows(); }

    void aDatabaseThatCannotBeReadIsSaid()
    {
        QFETCH(QString, language);
        m_window->applyLanguage(language);
        m_window->showSection(MainWindow::PartnersSection);
        auto *table = child<QTableView>(m_window.get(), "partnerTable");
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 0);
        auto *bar = child<QWidget>(m_window.get(), "readProblemBar");
        QVERIFY(!bar->isVisible());

        // Damaged by another program: the partners table is gone. (A lock cannot make a read fail
        // in WAL mode, where readers never wait for writers.)
        TestSupport::RawSqlite raw(m_temp->path());
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE partners RENAME TO partners_hidden")}),
                 QString());
        auto *retry = child<QPushButton>(m_window.get(), "retryReadButton");
        QVERIFY(!m_workspace->reload());
        QVERIFY(bar->isVisible());
        // What cannot be read, in the window's language, and why, in the database's words.
        const QString text = child<QLabel>(m_window.get(), "readProblemText")->text();
        const QString what = language == QLatin1String("it")
                                 ? QStringLiteral("Impossibile leggere i partner: ")
                                 : QStringLiteral("The partners cannot be read: ");
        QVERIFY2(text.startsWith(what), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no such table")), qPrintable(text));
        QCOMPARE(table->model()->rowCount(), rows); // what was read last stays on show
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QVERIFY(!retry->accessibleName().isEmpty());
        grabDrawn(m_window.get(),
                  screenshotFolder() + QStringLiteral("/read-problem-%1.png").arg(language));

        // Trying again while it is still damaged changes nothing; once repaired the bar goes.
        retry->click();
        QVERIFY(bar->isVisible());
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE partners_hidden RENAME TO partners")}),
                 QString());
        retry->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(table->model()->rowCount(), rows);
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
