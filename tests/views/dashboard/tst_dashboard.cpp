#include "models/common/Translations.h"
#include "models/events/EventChangeCommand.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/kpi/KpiCalculator.h"
#include "models/kpi/KpiDrillDownModel.h"
#include "models/partners/PartnerRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/periods/ReportingPeriodTableModel.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/DialogTestSupport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowTestSupport.h"
#include "views/dashboard/DashboardView.h"
#include "views/dashboard/KpiCharts.h"
#include "views/dashboard/KpiDrillDownDialog.h"
#include "views/dashboard/KpiTile.h"
#include "views/events/EventsView.h"
#include "views/partners/PartnersView.h"
#include "views/shell/MainWindow.h"
#include "views/widgets/Prompts.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

#include <functional>

using DialogTestSupport::child;
using DialogTestSupport::whenDialogOpens;

namespace {

// Last school year, as the demo made on TestSupport::today() has it.
const QDate periodStart(2025, 9, 1);
const QDate periodEnd(2026, 8, 31);

// As a user picks an item: the combo box says "activated" only for a user's choice.
void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

QBarSet *barsOf(QChartView *view)
{
    const auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    return series ? series->barSets().value(0) : nullptr;
}

} // namespace

class TestDashboard : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpWindowTests();
        Prompts::error() = [this](QWidget *, const QString &, const QString &text) {
            m_errors.append(text);
        };
        Prompts::saveFile() = [this](QWidget *, const QString &, const QString &, const QString &) {
            return m_savePath;
        };
    }

    void init()
    {
        m_errors.clear();
        QVERIFY(openWindow(QSize(1280, 800)));
    }

    void cleanup()
    {
        closeWindow();
        QSettings().remove(QStringLiteral("dashboard"));
    }

    void withoutAClusterSaysWhatToDo()
    {
        m_window->showSection(MainWindow::DashboardSection);
        QVERIFY(child<QWidget>(m_window.get(), "dashboardNoClusterState")->isVisible());
        QVERIFY(child<QPushButton>(m_window.get(), "dashboardDemoButton")->isVisible());
        child<QPushButton>(m_window.get(), "dashboardDemoButton")->click();
        QVERIFY(!m_workspace->currentClusterId().isEmpty());
        m_window->showSection(MainWindow::DashboardSection);
        QVERIFY(child<QWidget>(m_window.get(), "dashboardScopeBar")->isVisible());
        QVERIFY(!child<QWidget>(m_window.get(), "dashboardNoClusterState")->isVisible());
    }

    void tilesShowTheKpisOfThePeriod()
    {
        loadDemo();
        showDashboard();
        // The period under way, or else the latest that began: Period 2 here.
        auto *period = child<QComboBox>(m_window.get(), "dashboardPeriodCombo");
        QCOMPARE(period->currentText(), QStringLiteral("Period 2"));
        QCOMPARE(period->count(), 3); // two periods, then custom dates
        QCOMPARE(child<QDateEdit>(m_window.get(), "dashboardFromEdit")->date(), periodStart);
        QVERIFY(!child<QDateEdit>(m_window.get(), "dashboardFromEdit")->isEnabled());

        // Every tile against the calculator, for a scope the test names itself.
        const KpiScope scope{m_workspace->currentClusterId(), demoName(),
                             QStringLiteral("Period 2"), periodStart, periodEnd};
        const std::optional<KpiValues> values = m_workspace->kpis().compute(scope).value();
        QVERIFY(values);
        QCOMPARE(dashboard()->snapshot()->scope, scope);
        for (const KpiDefinition &kpi : KpiCatalogue::all())
            QCOMPARE(tile(kpi.key)->actualText(), QLocale().toString(kpi.value(*values)));

        // And two by hand, from the rows.
        const auto [pupils, held] = countByHand(m_workspace->currentClusterId());
        QVERIFY(pupils > 1000);
        QCOMPARE(tile(QStringLiteral("pupils"))->actualText(), QLocale().toString(pupils));
        QVERIFY(tile(QStringLiteral("pupils"))->actualText().contains(QLatin1Char(',')));
        QCOMPARE(tile(QStringLiteral("events_held"))->actualText(), QLocale().toString(held));

        // Targets: progress where there is one, "No target" elsewhere.
        const int percent = int(std::lround(double(pupils) * 100 / 4000));
        QCOMPARE(tile(QStringLiteral("pupils"))->targetText(),
                 QStringLiteral("%1% of the target of 4,000").arg(percent));
        QCOMPARE(child<QWidget>(tile(QStringLiteral("pupils")), "kpiTileProgress")->isVisible(),
                 true);
        QCOMPARE(tile(QStringLiteral("teachers"))->targetText(), QStringLiteral("No target"));
        QVERIFY(!child<QWidget>(tile(QStringLiteral("teachers")), "kpiTileProgress")->isVisible());

        // Every chart is drawn, none replaced by a message.
        for (KpiCharts::Kind kind : KpiCharts::kinds())
            QVERIFY(dashboard()->chartView(kind)->isVisible());
    }

    void rollsUpAllClusters()
    {
        loadDemo();
        const QString udine = addSecondCluster();
        showDashboard();
        const qint64 demoInstitutions = values().institutions();
        choose(child<QComboBox>(m_window.get(), "dashboardClusterCombo"), 1);
        QTRY_VERIFY(dashboard()->snapshot() && dashboard()->snapshot()->scope.isAll());
        QCOMPARE(child<QComboBox>(m_window.get(), "dashboardClusterCombo")->currentText(),
                 QStringLiteral("All clusters"));

        KpiScope all{QString(), QString(), QStringLiteral("Period 2"), periodStart, periodEnd};
        const std::optional<KpiValues> expected = m_workspace->kpis().compute(all).value();
        QVERIFY(expected);
        QCOMPARE(expected->institutions(), demoInstitutions + 1); // Udine's university
        for (const KpiDefinition &kpi : KpiCatalogue::all())
            QCOMPARE(tile(kpi.key)->actualText(), QLocale().toString(kpi.value(*expected)));
        const auto [demoPupils, demoHeld] = countByHand(m_workspace->currentClusterId());
        const auto [udinePupils, udineHeld] = countByHand(udine);
        QCOMPARE(udinePupils, qint64(75));
        QCOMPARE(tile(QStringLiteral("pupils"))->actualText(),
                 QLocale().toString(demoPupils + udinePupils));
        QCOMPARE(tile(QStringLiteral("events_held"))->actualText(),
                 QLocale().toString(demoHeld + udineHeld));
        // Only the demo cluster has targets for Period 2: they are the roll-up's, and progress
        // counts the demo cluster alone (Udine's pupils add to the actual, not to the progress).
        QCOMPARE(dashboard()->snapshot()->target(QStringLiteral("pupils")).value_or(-1), 4000.0);
        const int percent = int(std::lround(double(demoPupils) * 100 / 4000));
        QVERIFY(percent != int(std::lround(double(demoPupils + udinePupils) * 100 / 4000)));
        QCOMPARE(
            tile(QStringLiteral("pupils"))->targetText(),
            QStringLiteral("%1% of the target of 4,000 (set by 1 of 2 clusters)").arg(percent));
        const QString note =
            dashboard()->snapshot()->targetNote(*KpiCatalogue::find(QStringLiteral("pupils")));
        QVERIFY(note.contains(
            QStringLiteral("%1 of the target of 4,000").arg(QLocale().toString(demoPupils))));
        QVERIFY2(tile(QStringLiteral("pupils"))->toolTip().endsWith(QLatin1Char('\n') + note),
                 qPrintable(tile(QStringLiteral("pupils"))->toolTip()));
        QVERIFY(tile(QStringLiteral("pupils"))->accessibleDescription().contains(note));
        // A KPI without a target says so, as for one cluster.
        QCOMPARE(tile(QStringLiteral("others"))->targetText(), QStringLiteral("No target"));

        // The drill-down names each row's cluster.
        QTest::mouseClick(tile(QStringLiteral("institutions")), Qt::LeftButton);
        KpiDrillDownDialog *dialog = dashboard()->drillDownDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(qint64(dialog->model()->recordCount()), expected->institutions());
        QVERIFY(!dialog->table()->isColumnHidden(KpiDrillDownModel::PartnerCluster));
    }

    void customDatesWithoutDataSaySo()
    {
        loadDemo();
        showDashboard();
        chooseCustomDates(QDate(2015, 1, 1), QDate(2015, 12, 31));
        QTRY_COMPARE(dashboard()->snapshot()->scope.from, QDate(2015, 1, 1));
        QVERIFY(dashboard()->snapshot()->scope.periodName.isEmpty());
        for (KpiCharts::Kind kind : KpiCharts::kinds()) {
            const QString key = KpiCharts::key(kind);
            auto *empty = m_window->findChild<QLabel *>(QStringLiteral("chartEmpty_") + key);
            QVERIFY(empty);
            QVERIFY(empty->isVisible());
            QVERIFY(!dashboard()->chartView(kind)->isVisible());
            QVERIFY2(empty->text().contains(
                         KpiCharts::emptyMessage(kind, *dashboard()->snapshot()).toHtmlEscaped()),
                     qPrintable(empty->text()));
            QVERIFY(!dashboard()->exportChartAction(kind)->isEnabled());
        }
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("chartEmpty_events"))
                    ->text()
                    .contains(QStringLiteral("No held event of %1 starts in 1 January 2015 – 31 "
                                             "December 2015.")
                                  .arg(demoName())));
        for (const KpiDefinition &kpi : KpiCatalogue::all())
            QCOMPARE(tile(kpi.key)->actualText(), QStringLiteral("0"));

        // An end before the start says why nothing is shown.
        chooseCustomDates(QDate(2026, 5, 1), QDate(2026, 4, 1));
        auto *message = child<QLabel>(m_window.get(), "dashboardMessage");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("before the first day")),
                 qPrintable(message->text()));
        QVERIFY(!child<QWidget>(m_window.get(), "dashboardContent")->isVisible());
    }

    void barsAndTilesListTheRowsBehindTheNumbers()
    {
        loadDemo();
        showDashboard();
        const KpiScope scope = dashboard()->snapshot()->scope;
        const KpiCalculator calculator = m_workspace->kpis();

        // Institutions by type: the schools' bar.
        QBarSet *types = barsOf(dashboard()->chartView(KpiCharts::Kind::InstitutionsByType));
        QVERIFY(types);
        int schoolBar = -1;
        for (int i = 0; i < types->count(); ++i) {
            if (KpiCharts::typeAtBar(i) == PartnerType::School)
                schoolBar = i;
        }
        QVERIFY(types->at(schoolBar) > 0);
        Q_EMIT types->clicked(schoolBar);
        KpiDrillDownDialog *dialog = dashboard()->drillDownDialog();
        QVERIFY(dialog && dialog->isVisible());
        // Every reload and sort below goes through the model tester.
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(double(dialog->model()->recordCount()), types->at(schoolBar));
        QCOMPARE(qint64(dialog->model()->recordCount()),
                 values().institutions(PartnerType::School));
        QVERIFY(dialog->table()->isColumnHidden(KpiDrillDownModel::PartnerCluster));
        QCOMPARE(child<QLabel>(dialog, "drillDownRule")->text(),
                 QStringLiteral("Partners of type “School” that joined on or before 31 August 2026 "
                                "and had not left before 1 September 2025."));

        // Events by kind: the workshops' bar; the same dialog lists them instead.
        QBarSet *kinds = barsOf(dashboard()->chartView(KpiCharts::Kind::EventsByKind));
        int workshopBar = -1;
        for (int i = 0; i < kinds->count(); ++i) {
            if (KpiCharts::kindAtBar(i) == EventKind::Workshop)
                workshopBar = i;
        }
        QVERIFY(kinds->at(workshopBar) > 0);
        Q_EMIT kinds->clicked(workshopBar);
        QCOMPARE(dashboard()->drillDownDialog(), dialog);
        QCOMPARE(double(dialog->model()->recordCount()), kinds->at(workshopBar));
        QCOMPARE(dialog->model()->rowCount(), dialog->model()->recordCount() + 1); // the total
        qint64 workshopPupils = 0;
        for (const Event &event : calculator.eventsHeld(scope, EventKind::Workshop).value())
            workshopPupils += event.figure(Figure::Pupils).value_or(0);
        QCOMPARE(dialog->model()->total(Figure::Pupils), workshopPupils);
        QCOMPARE(child<QLabel>(dialog, "drillDownRule")->text(),
                 QStringLiteral("Held events of kind “Workshop” starting between 1 September 2025 "
                                "and 31 August 2026."));

        // A tile: the pupils, largest first, with a total row equal to the tile.
        QTest::mouseClick(tile(QStringLiteral("pupils")), Qt::LeftButton);
        KpiDrillDownModel *model = dialog->model();
        const int pupilsColumn = KpiDrillDownModel::figureColumn(Figure::Pupils);
        const QModelIndex total =
            dialog->table()->model()->index(model->rowCount() - 1, pupilsColumn);
        QVERIFY(total.data(KpiDrillDownModel::TotalRowRole).toBool());
        QCOMPARE(total.data().toString(), tile(QStringLiteral("pupils"))->actualText());
        QVERIFY(model->index(0, pupilsColumn).data(KpiDrillDownModel::SortRole).toLongLong() >=
                model->index(1, pupilsColumn).data(KpiDrillDownModel::SortRole).toLongLong());
        QCOMPARE(child<QLabel>(dialog, "drillDownRule")->text(),
                 QStringLiteral("Held events starting between 1 September 2025 and 31 August "
                                "2026."));
        // Sorting by a column keeps the total last.
        dialog->table()->sortByColumn(KpiDrillDownModel::Title, Qt::AscendingOrder);
        QVERIFY(
            model->index(model->rowCount() - 1, 0).data(KpiDrillDownModel::TotalRowRole).toBool());

        // The keyboard reaches the tiles too.
        KpiTile *eventsTile = tile(QStringLiteral("events_held"));
        eventsTile->setFocus();
        QTest::keyClick(eventsTile, Qt::Key_Return);
        QCOMPARE(QLocale().toString(model->recordCount()), eventsTile->actualText());

        // An event of the cluster on show opens in the Events section.
        auto *show = child<QPushButton>(dialog, "showRecordButton");
        QVERIFY(!show->isEnabled());
        dialog->table()->selectRow(0);
        QVERIFY(show->isEnabled());
        const QString id = model->index(0, 0).data(KpiDrillDownModel::IdRole).toString();
        // Even when the Events section's filters hide it.
        m_window->section<EventsView>()->proxy()->setSearchText(QStringLiteral("no such event"));
        show->click();
        QCOMPARE(m_window->currentSection(), MainWindow::EventsSection);
        QCOMPARE(m_window->section<EventsView>()->selectedIds(), QStringList{id});
        QVERIFY(m_window->section<EventsView>()->proxy()->searchText().isEmpty());
        // The total row opens nothing.
        dialog->table()->selectRow(model->rowCount() - 1);
        QVERIFY(!show->isEnabled());
    }

    void formerMembersOpenInPartners()
    {
        loadDemo();
        showDashboard();
        QTest::mouseClick(tile(QStringLiteral("institutions")), Qt::LeftButton);
        KpiDrillDownDialog *dialog = dashboard()->drillDownDialog();
        KpiDrillDownModel *model = dialog->model();
        // A partner that has left since: the Partners section hides former members at first.
        int former = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, KpiDrillDownModel::LeftOn)
                    .data(KpiDrillDownModel::SortRole)
                    .toDate()
                    .isValid())
                former = row;
        }
        QVERIFY(former >= 0);
        const QString id = model->index(former, 0).data(KpiDrillDownModel::IdRole).toString();
        QCOMPARE(child<QPushButton>(dialog, "showRecordButton")->text(),
                 QStringLiteral("Show in &Partners"));
        dialog->table()->selectRow(former);
        child<QPushButton>(dialog, "showRecordButton")->click();
        QCOMPARE(m_window->currentSection(), MainWindow::PartnersSection);
        QCOMPARE(m_window->section<PartnersView>()->selectedIds(), QStringList{id});
    }

    void followsEditsLiveAndUndo()
    {
        loadDemo();
        showDashboard();
        KpiTile *pupils = tile(QStringLiteral("pupils"));
        const qint64 before = values().reached(Figure::Pupils);
        QCOMPARE(pupils->actualText(), QLocale().toString(before));

        // A held event of the period with pupils recorded, edited as the editor would.
        EventTableModel *events = m_workspace->events();
        std::optional<Event> original;
        for (int row = 0; row < events->rowCount() && !original; ++row) {
            const Event &event = events->eventAt(row);
            if (event.status == EventStatus::Held && event.startDate >= periodStart &&
                event.startDate <= periodEnd && event.figure(Figure::Pupils))
                original = event;
        }
        QVERIFY(original);
        // An open list of the pupils follows too.
        QTest::mouseClick(pupils, Qt::LeftButton);
        KpiDrillDownDialog *dialog = dashboard()->drillDownDialog();
        dialog->table()->sortByColumn(KpiDrillDownModel::Title, Qt::AscendingOrder);
        Event edited = *original;
        edited.setFigure(Figure::Pupils, *original->figure(Figure::Pupils) + 100);
        QString error;
        QVERIFY2(EventChangeCommand::execute(
                     m_workspace->undoStack(),
                     EventChangeCommand::edit(m_workspace->eventStore(), *original, edited),
                     &error),
                 qPrintable(error));
        QTRY_COMPARE(pupils->actualText(), QLocale().toString(before + 100));
        QCOMPARE(dialog->model()->total(Figure::Pupils), before + 100);
        QCOMPARE(dialog->table()->horizontalHeader()->sortIndicatorSection(),
                 int(KpiDrillDownModel::Title)); // the user's order stays
        dialog->close();
        m_workspace->undoStack()->undo();
        QTRY_COMPARE(pupils->actualText(), QLocale().toString(before));

        // Hidden, the dashboard waits; shown again, it is up to date at once.
        m_window->showSection(MainWindow::EventsSection);
        m_workspace->undoStack()->redo();
        QCoreApplication::processEvents();
        QCOMPARE(pupils->actualText(), QLocale().toString(before));
        m_window->showSection(MainWindow::DashboardSection);
        QCOMPARE(pupils->actualText(), QLocale().toString(before + 100));
    }

    void exportsAChart()
    {
        loadDemo();
        showDashboard();
        QTemporaryDir folder;
        m_savePath = folder.filePath(QStringLiteral("institutions.png"));
        bool asked = false;
        whenDialogOpens(QStringLiteral("chartImageDialog"), [&asked](QDialog *dialog) {
            // The preset for slides comes first.
            QCOMPARE(child<QSpinBox>(dialog, "chartImageWidth")->value(), 1600);
            QCOMPARE(child<QSpinBox>(dialog, "chartImageHeight")->value(), 1000);
            QCOMPARE(child<QSpinBox>(dialog, "chartImageDpi")->value(), 192);
            QVERIFY(child<QLabel>(dialog, "chartImagePrintSize")
                        ->text()
                        .contains(QStringLiteral("21.2 × 13.2 cm")));
            child<QSpinBox>(dialog, "chartImageWidth")->setValue(1200);
            child<QSpinBox>(dialog, "chartImageHeight")->setValue(750);
            child<QSpinBox>(dialog, "chartImageDpi")->setValue(96);
            QCOMPARE(child<QComboBox>(dialog, "chartImagePreset")->currentIndex(), 1); // screen
            asked = true;
            dialog->accept();
        });
        QAction *action =
            m_window->findChild<QAction *>(QStringLiteral("exportChartAction_institutions"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY(asked);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QFile file(m_savePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n"));
        file.close();
        const QImage image(m_savePath);
        QCOMPARE(image.size(), QSize(1200, 750));
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(m_savePath)));
        // The size is remembered for the next image.
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/chartImageSize")).toSize(),
                 QSize(1200, 750));

        // A folder that does not exist: the error names the file.
        m_savePath = folder.filePath(QStringLiteral("missing/reach.svg"));
        m_window->findChild<QAction *>(QStringLiteral("exportChartAction_reach"))->trigger();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.constFirst().contains(m_savePath), qPrintable(m_errors.constFirst()));
        QVERIFY(!QFile::exists(m_savePath));
    }

    void exportsTheKpiTable()
    {
        loadDemo();
        showDashboard();
        const KpiSnapshot shown = *dashboard()->snapshot();
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("exportKpiTableAction"));
        QVERIFY(action && action->isVisible());

        // CSV: the row of each KPI holds the number on its tile.
        QTemporaryDir folder;
        m_savePath = folder.filePath(QStringLiteral("kpis.csv"));
        action->trigger();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QFile csv(m_savePath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("key,KPI,Actual,Target,Progress")),
                 qPrintable(text.left(200)));
        QVERIFY2(text.contains(QStringLiteral("pupils,Pupils reached,%1,4000,")
                                   .arg(shown.values.reached(Figure::Pupils))),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("events_held,Events held,%1,").arg(shown.values.eventsHeld())),
                 qPrintable(text));
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(m_savePath)));

        // XLSX: a zip archive (the workbook's content is checked by tst_kpi).
        m_savePath = folder.filePath(QStringLiteral("kpis.xlsx"));
        action->trigger();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QFile xlsx(m_savePath);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QCOMPARE(xlsx.read(4), QByteArray("PK\x03\x04"));

        // A folder that does not exist: the error names the file, nothing is written.
        m_savePath = folder.filePath(QStringLiteral("missing/kpis.xlsx"));
        action->trigger();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.constFirst().contains(m_savePath), qPrintable(m_errors.constFirst()));
        QVERIFY(!QFile::exists(m_savePath));

        // Off the dashboard the action is not offered.
        m_window->showSection(MainWindow::PartnersSection);
        QVERIFY(!action->isVisible());
    }

    void remembersTheScope()
    {
        loadDemo();
        addSecondCluster();
        showDashboard();
        choose(child<QComboBox>(m_window.get(), "dashboardClusterCombo"), 1);
        chooseCustomDates(QDate(2026, 1, 1), QDate(2026, 6, 30));
        QTRY_COMPARE(dashboard()->snapshot()->scope.to, QDate(2026, 6, 30));
        auto *bars = child<QSplitter>(m_window.get(), "dashboardBarsSplitter");
        bars->setSizes({700, 400});
        const QList<int> barSizes = bars->sizes();

        QVERIFY(reopenWindow(QSize(1280, 800)));
        showDashboard();
        const KpiScope scope = dashboard()->snapshot()->scope;
        QVERIFY(scope.isAll());
        QCOMPARE(scope.from, QDate(2026, 1, 1));
        QCOMPARE(scope.to, QDate(2026, 6, 30));
        QVERIFY(child<QDateEdit>(m_window.get(), "dashboardToEdit")->isEnabled());
        QCOMPARE(child<QSplitter>(m_window.get(), "dashboardBarsSplitter")->sizes(), barSizes);
    }

    void screenshots_data() { addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        m_window->applyLanguage(language);
        const QString folder = screenshotFolder();
        loadDemo();
        showDashboard();
        grab(m_window.get(), folder + QStringLiteral("/dashboard-%1.png").arg(language));

        QTest::mouseClick(tile(QStringLiteral("pupils")), Qt::LeftButton);
        KpiDrillDownDialog *dialog = dashboard()->drillDownDialog();
        dialog->table()->selectRow(0);
        grab(dialog, folder + QStringLiteral("/drilldown-%1.png").arg(language));
        dialog->close();

        QTemporaryDir exportFolder;
        m_savePath = exportFolder.filePath(QStringLiteral("chart.png"));
        whenDialogOpens(QStringLiteral("chartImageDialog"), [folder, language](QDialog *sizes) {
            grab(sizes, folder + QStringLiteral("/chart-image-size-%1.png").arg(language));
            sizes->reject();
        });
        dashboard()->exportChart(KpiCharts::Kind::ReachByMonth);
        QVERIFY(!QFile::exists(m_savePath)); // cancelled

        chooseCustomDates(QDate(2015, 1, 1), QDate(2015, 12, 31));
        QTRY_COMPARE(dashboard()->snapshot()->scope.from, QDate(2015, 1, 1));
        grab(m_window.get(), folder + QStringLiteral("/dashboard-empty-%1.png").arg(language));
        m_window->applyLanguage(QString());
    }

private:
    DashboardView *dashboard() const { return m_window->section<DashboardView>(); }

    KpiTile *tile(const QString &key) const
    {
        KpiTile *found = dashboard()->tile(key);
        if (!found)
            qFatal("no tile %s", qPrintable(key));
        return found;
    }

    KpiValues values() const { return dashboard()->snapshot()->values; }

    QString demoName() const { return m_workspace->currentCluster()->name; }

    // The demo cluster with its events, and two reporting periods; the second has targets.
    void loadDemo()
    {
        QString error;
        QVERIFY2(m_workspace->createDemo(&error), qPrintable(error));
        // The test's own periods and targets replace the demo's, so the numbers below are known.
        ReportingPeriodRepository periods(m_temp->database().connection());
        QStringList demoPeriods;
        for (const ReportingPeriod &period :
             periods.forCluster(m_workspace->currentClusterId()).value())
            demoPeriods.append(period.id);
        QVERIFY2(periods.remove(demoPeriods), qPrintable(periods.errorMessage()));
        ReportingPeriod first{QString(),
                              m_workspace->currentClusterId(),
                              QStringLiteral("Period 1"),
                              QDate(2023, 10, 1),
                              QDate(2025, 8, 31),
                              false,
                              {}};
        ReportingPeriod second{
            QString(),
            m_workspace->currentClusterId(),
            QStringLiteral("Period 2"),
            periodStart,
            periodEnd,
            false,
            {{QStringLiteral("institutions"), 50}, {QStringLiteral("pupils"), 4000}}};
        QVERIFY2(periods.save(first) && periods.save(second), qPrintable(periods.errorMessage()));
    }

    // Udine: a university and a held lab with 75 pupils in Period 2, and a cancelled one.
    QString addSecondCluster()
    {
        QSqlDatabase db = m_temp->database().connection();
        const QString udine = m_temp->addCluster(QStringLiteral("Udine LEC"));
        Partner university;
        university.clusterId = udine;
        university.name = QStringLiteral("Università del Friuli immaginario");
        university.type = PartnerType::University;
        university.joinedOn = QDate(2024, 1, 1);
        PartnerRepository partners(db);
        if (!partners.save(university))
            qFatal("%s", qPrintable(partners.errorMessage()));
        QList<Event> events(2);
        for (Event &event : events) {
            event.clusterId = udine;
            event.kind = EventKind::Lab;
            event.startDate = QDate(2026, 3, 1);
            event.setFigure(Figure::Pupils, 75);
        }
        events[0].titleEn = QStringLiteral("Friction lab");
        events[0].status = EventStatus::Held;
        events[1].titleEn = QStringLiteral("Snowed-in lab");
        events[1].status = EventStatus::Cancelled;
        EventRepository repository(db);
        if (!repository.saveAll(events))
            qFatal("%s", qPrintable(repository.errorMessage()));
        return udine;
    }

    // Pupils and held events of Period 2, counted row by row from the events table.
    std::pair<qint64, qint64> countByHand(const QString &clusterId) const
    {
        QSqlQuery query(m_temp->database().connection());
        query.prepare(QStringLiteral("SELECT status, start_date, pupils FROM events"
                                     " WHERE cluster_id = ? AND deleted = 0"));
        query.addBindValue(clusterId);
        if (!query.exec())
            qFatal("cannot count");
        qint64 pupils = 0;
        qint64 held = 0;
        while (query.next()) {
            const QDate start = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            if (query.value(0).toString() != QLatin1String("held") || start < periodStart ||
                start > periodEnd)
                continue;
            ++held;
            pupils += query.value(2).toLongLong(); // NULL reads as 0
        }
        return {pupils, held};
    }

    void showDashboard()
    {
        m_window->showSection(MainWindow::DashboardSection);
        QVERIFY(dashboard()->isVisible());
        QVERIFY(dashboard()->snapshot().has_value());
    }

    void chooseCustomDates(QDate from, QDate to)
    {
        auto *period = child<QComboBox>(m_window.get(), "dashboardPeriodCombo");
        choose(period, period->count() - 1);
        auto *fromEdit = child<QDateEdit>(m_window.get(), "dashboardFromEdit");
        auto *toEdit = child<QDateEdit>(m_window.get(), "dashboardToEdit");
        QTRY_VERIFY(fromEdit->isEnabled());
        fromEdit->setDate(from);
        toEdit->setDate(to);
    }

    QStringList m_errors;
    QString m_savePath;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
