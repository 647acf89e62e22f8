#include "views/shell/MainWindow.h"

#include "models/clusters/Cluster.h"
#include "models/common/Translations.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventTableModel.h"
#include "models/kpi/KpiCalculator.h"
#include "models/partners/PartnerFilterProxyModel.h"
#include "models/partners/PartnerTableModel.h"
#include "models/workspace/Workspace.h"
#include "views/csv/ImportPreviewDialog.h"
#include "views/dashboard/DashboardView.h"
#include "views/events/EventsView.h"
#include "views/partners/PartnersView.h"
#include "views/periods/ReportingPeriodsDialog.h"
#include "views/reports/KpiReport.h"
#include "views/reports/ReportDialog.h"
#include "views/shell/ClusterDialog.h"
#include "views/shell/PlaceholderView.h"
#include "views/shell/PreferencesDialog.h"
#include "views/widgets/Prompts.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString sectionKey = QStringLiteral("mainWindow/section");
const QString clusterKey = QStringLiteral("mainWindow/cluster");
const QString languageKey = QStringLiteral("language");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_databasePath(databasePath)
    , m_navigation(new QListWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_partnersView(new PartnersView(workspace, this))
    , m_eventsView(new EventsView(workspace, this))
    , m_dashboardView(new DashboardView(workspace, this))
    , m_clusterCombo(new QComboBox(this))
    , m_clusterLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_eventCount(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("lecdesk"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    for (const char *name : {"partners", "events", "workplans", "dashboard"}) {
        // The style would tint a selected icon into the highlight; keep the drawn colours.
        QIcon sectionIcon = icon(name);
        sectionIcon.addFile(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)), QSize(),
                            QIcon::Selected);
        new QListWidgetItem(sectionIcon, QString(), m_navigation);
    }
    m_navigation->setFrameShape(QFrame::NoFrame);

    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->addWidget(m_partnersView);
    m_sections->addWidget(m_eventsView);
    m_sections->addWidget(new PlaceholderView(
        QT_TRANSLATE_NOOP("PlaceholderView", "Workplans are not built yet"),
        QT_TRANSLATE_NOOP("PlaceholderView",
                          "This section will hold the cluster workplan: activities, "
                          "responsibilities and contributions. It arrives in a later version of "
                          "LEC Desk; nothing is shown here until then."),
        this));
    m_sections->addWidget(m_dashboardView);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_sections, 1);
    setCentralWidget(central);

    m_clusterCombo->setObjectName(QStringLiteral("clusterCombo"));
    m_clusterCombo->setMinimumContentsLength(24);
    m_clusterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_eventCount->setObjectName(QStringLiteral("eventCount"));
    statusBar()->addPermanentWidget(m_eventCount);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();
    createToolBar();

    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { showSection(Section(row)); });
    connect(m_clusterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_clusterCombo->currentData().toString();
        m_workspace->setCurrentClusterId(id);
        QSettings().setValue(clusterKey, id);
    });
    connect(m_workspace, &Workspace::clustersChanged, this, &MainWindow::reloadClusters);
    connect(m_workspace, &Workspace::currentClusterChanged, this, [this] {
        const int index = m_clusterCombo->findData(m_workspace->currentClusterId());
        if (index >= 0 && index != m_clusterCombo->currentIndex())
            m_clusterCombo->setCurrentIndex(index);
        updateActions();
    });
    connect(m_partnersView, &PartnersView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_partnersView, &PartnersView::newClusterRequested, this, &MainWindow::newCluster);
    connect(m_partnersView, &PartnersView::demoRequested, this, &MainWindow::loadDemo);
    connect(m_partnersView, &PartnersView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_partnersView, &PartnersView::showEventsRequested, this,
            &MainWindow::showPartnerEvents);
    connect(m_eventsView, &EventsView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_eventsView, &EventsView::countChanged, this,
            [this] { m_eventCount->setText(m_eventsView->countText()); });
    connect(m_eventsView, &EventsView::newClusterRequested, this, &MainWindow::newCluster);
    connect(m_eventsView, &EventsView::demoRequested, this, &MainWindow::loadDemo);
    connect(m_eventsView, &EventsView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_dashboardView, &DashboardView::newClusterRequested, this, &MainWindow::newCluster);
    connect(m_dashboardView, &DashboardView::demoRequested, this, &MainWindow::loadDemo);
    connect(m_dashboardView, &DashboardView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_dashboardView, &DashboardView::showEventRequested, this, &MainWindow::revealEvent);
    connect(m_dashboardView, &DashboardView::showPartnerRequested, this,
            &MainWindow::revealPartner);
    // Edits report their own failures to whoever made them; only an undo or redo, which nobody
    // waits on, is reported here. Queued: the box must not open while the stack is mid-step.
    connect(
        m_workspace, &Workspace::historyStepRefused, this,
        [this](const QString &commandText, bool undoing, const QString &reason) {
            showError(undoing ? tr("Cannot undo") : tr("Cannot redo"),
                      (undoing ? tr("“%1” cannot be undone.") : tr("“%1” cannot be redone."))
                              .arg(commandText) +
                          QStringLiteral("\n\n") + reason + QStringLiteral("\n\n") +
                          tr("The step has been removed from the undo history; nothing was "
                             "changed."));
        },
        Qt::QueuedConnection);

    const QSettings settings;
    reloadClusters();
    const int remembered = m_clusterCombo->findData(settings.value(clusterKey).toString());
    if (remembered >= 0)
        m_clusterCombo->setCurrentIndex(remembered);

    retranslate();
    resize(1200, 760);
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    const int section = settings.value(sectionKey, int(PartnersSection)).toInt();
    showSection(Section(qBound(0, section, int(DashboardSection))));
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const char *iconName, const QList<QKeySequence> &shortcuts, auto slot) {
        auto *action = new QAction(this);
        if (iconName)
            action->setIcon(icon(iconName));
        action->setShortcuts(shortcuts);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newClusterAction = make("cluster-add", {}, &MainWindow::newCluster);
    m_importAction =
        make("import", {QKeySequence(Qt::CTRL | Qt::Key_I)}, &MainWindow::importPartners);
    m_exportAction =
        make("export", {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportPartners);
    // Ctrl+I and Ctrl+E import and export what the section on show holds; the actions of the
    // other section are hidden and give up the shortcuts.
    m_importEventsAction =
        make("import", {QKeySequence(Qt::CTRL | Qt::Key_I)}, &MainWindow::importEvents);
    m_exportEventsAction =
        make("export", {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportEvents);
    m_exportCalendarAction = make("events", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                                  &MainWindow::exportCalendar);
    m_writeReportAction = make("dashboard", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                               &MainWindow::writeReport);
    m_demoAction = make("demo", {}, &MainWindow::loadDemo);
    m_quitAction = make(nullptr, {QKeySequence::Quit}, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QUndoStack *stack = m_workspace->undoStack();
    m_undoAction = stack->createUndoAction(this);
    m_undoAction->setIcon(icon("undo"));
    m_undoAction->setShortcuts({QKeySequence::Undo});
    m_redoAction = stack->createRedoAction(this);
    m_redoAction->setIcon(icon("redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_newPartnerAction =
        make("partner-add", {QKeySequence::New}, [this] { m_partnersView->newPartner(); });
    m_editPartnerAction =
        make("partner-edit", {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
             [this] { m_partnersView->editSelected(); });
    // Return edits only while the table has focus, not when a filter field takes the key.
    m_editPartnerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_partnersView->table()->addAction(m_editPartnerAction);
    m_deletePartnerAction = make("partner-delete", {QKeySequence::Delete},
                                 [this] { m_partnersView->deleteSelected(); });
    m_deletePartnerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_partnersView->table()->addAction(m_deletePartnerAction);
    // Find and Columns act on the events while they are on show, else on the partners.
    m_findAction = make("search", {QKeySequence::Find}, [this] {
        if (currentSection() == EventsSection) {
            m_eventsView->focusSearch();
            return;
        }
        showSection(PartnersSection);
        m_partnersView->focusSearch();
    });
    m_columnsAction = make("columns", {}, [this] {
        const bool events = currentSection() == EventsSection;
        QHeaderView *header =
            (events ? m_eventsView->table() : m_partnersView->table())->horizontalHeader();
        const QPoint position = header->mapToGlobal(QPoint(0, header->height()));
        if (events)
            m_eventsView->chooseColumns(position);
        else
            m_partnersView->chooseColumns(position);
    });
    m_showPartnerEventsAction = make("events", {}, [this] {
        const QStringList ids = m_partnersView->selectedIds();
        if (ids.size() == 1)
            showPartnerEvents(ids.constFirst());
    });
    m_partnersView->table()->addAction(m_showPartnerEventsAction);
    m_partnersView->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    createEventActions();

    const char *sectionIcons[] = {"partners", "events", "workplans", "dashboard"};
    auto *sectionGroup = new QActionGroup(this);
    for (int section = PartnersSection; section <= DashboardSection; ++section) {
        QAction *action =
            make(sectionIcons[section], {QKeySequence(Qt::CTRL | (Qt::Key_1 + section))},
                 [this, section] { showSection(Section(section)); });
        action->setCheckable(true);
        sectionGroup->addAction(action);
        m_sectionActions.append(action);
    }

    m_reportingPeriodsAction = make("periods", {}, &MainWindow::showReportingPeriods);

    m_preferencesAction =
        make("preferences", {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)},
             &MainWindow::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = make(nullptr, {}, [this] {
        QMessageBox::about(
            this, tr("About LEC Desk"),
            tr("<h3>LEC Desk %1</h3><p>The desktop companion for the coordinators of Local "
               "Education Clusters: member institutions, events, workplans and KPIs, offline "
               "first.</p><p>Free software under the GNU GPL, version 3 or later.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = make(nullptr, {}, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    const std::pair<QAction *, const char *> names[] = {
        {m_newClusterAction, "newClusterAction"},
        {m_importAction, "importAction"},
        {m_exportAction, "exportAction"},
        {m_importEventsAction, "importEventsAction"},
        {m_exportEventsAction, "exportEventsAction"},
        {m_exportCalendarAction, "exportCalendarAction"},
        {m_writeReportAction, "writeReportAction"},
        {m_demoAction, "demoAction"},
        {m_quitAction, "quitAction"},
        {m_undoAction, "undoAction"},
        {m_redoAction, "redoAction"},
        {m_newPartnerAction, "newPartnerAction"},
        {m_editPartnerAction, "editPartnerAction"},
        {m_deletePartnerAction, "deletePartnerAction"},
        {m_showPartnerEventsAction, "showPartnerEventsAction"},
        {m_newEventAction, "newEventAction"},
        {m_editEventAction, "editEventAction"},
        {m_deleteEventAction, "deleteEventAction"},
        {m_duplicateEventAction, "duplicateEventAction"},
        {m_attendanceAction, "recordAttendanceAction"},
        {m_findAction, "findAction"},
        {m_columnsAction, "columnsAction"},
        {m_reportingPeriodsAction, "reportingPeriodsAction"},
        {m_preferencesAction, "preferencesAction"},
        {m_aboutAction, "aboutAction"},
    };
    for (const auto &[action, name] : names)
        action->setObjectName(QLatin1String(name));
}

void MainWindow::createEventActions()
{
    auto make = [this](const char *iconName, const QList<QKeySequence> &shortcuts, auto slot) {
        auto *action = new QAction(icon(iconName), QString(), this);
        action->setShortcuts(shortcuts);
        connect(action, &QAction::triggered, m_eventsView, slot);
        return action;
    };
    m_newEventAction = make("event-add", {QKeySequence::New}, &EventsView::newEvent);
    m_editEventAction =
        make("event-edit", {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
             &EventsView::editSelected);
    m_duplicateEventAction = make("event-duplicate", {QKeySequence(Qt::CTRL | Qt::Key_D)},
                                  &EventsView::duplicateSelected);
    m_attendanceAction =
        make("attendance", {QKeySequence(Qt::CTRL | Qt::Key_R)}, &EventsView::recordAttendance);
    m_deleteEventAction = make("event-delete", {QKeySequence::Delete}, &EventsView::deleteSelected);
    // Return and Delete act on the list that has focus, not on a filter field; the same actions
    // make the lists' context menus.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    for (QTableView *table : {m_eventsView->table(), m_eventsView->dayTable()}) {
        table->addActions({m_editEventAction, m_duplicateEventAction, m_attendanceAction, separator,
                           m_deleteEventAction});
    }
    m_editEventAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteEventAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newClusterAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_importEventsAction);
    m_fileMenu->addAction(m_exportEventsAction);
    m_fileMenu->addAction(m_exportCalendarAction);
    for (KpiCharts::Kind kind : KpiCharts::kinds())
        m_fileMenu->addAction(m_dashboardView->exportChartAction(kind));
    m_fileMenu->addAction(m_dashboardView->exportTableAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newPartnerAction);
    m_editMenu->addAction(m_editPartnerAction);
    m_editMenu->addAction(m_deletePartnerAction);
    m_editMenu->addAction(m_showPartnerEventsAction);
    m_editMenu->addAction(m_newEventAction);
    m_editMenu->addAction(m_editEventAction);
    m_editMenu->addAction(m_duplicateEventAction);
    m_editMenu->addAction(m_attendanceAction);
    m_editMenu->addAction(m_deleteEventAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_sectionActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_columnsAction);

    m_reportsMenu = menuBar()->addMenu(QString());
    m_reportsMenu->addAction(m_reportingPeriodsAction);
    m_reportsMenu->addAction(m_writeReportAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_preferencesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addWidget(m_clusterLabel);
    m_toolBar->addWidget(m_clusterCombo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_newPartnerAction);
    m_toolBar->addAction(m_editPartnerAction);
    m_toolBar->addAction(m_deletePartnerAction);
    m_toolBar->addAction(m_newEventAction);
    m_toolBar->addAction(m_editEventAction);
    m_toolBar->addAction(m_duplicateEventAction);
    m_toolBar->addAction(m_attendanceAction);
    m_toolBar->addAction(m_deleteEventAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    // On the dashboard the toolbar offers the report; the menu entry stays in every section.
    m_writeReportToolAction = m_toolBar->addAction(m_writeReportAction->icon(), QString());
    connect(m_writeReportToolAction, &QAction::triggered, m_writeReportAction, &QAction::trigger);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_importEventsAction);
    m_toolBar->addAction(m_exportEventsAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("LEC Desk"));
    const char *sectionNames[] = {QT_TR_NOOP("Partners"), QT_TR_NOOP("Events"),
                                  QT_TR_NOOP("Workplans"), QT_TR_NOOP("Dashboard")};
    for (int section = PartnersSection; section <= DashboardSection; ++section) {
        m_navigation->item(section)->setText(tr(sectionNames[section]));
        m_sectionActions.at(section)->setText(tr(sectionNames[section]));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_clusterLabel->setText(tr("Cluster:") + QLatin1Char(' '));
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = qMax(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);

    m_newClusterAction->setText(tr("&New cluster…"));
    m_importAction->setText(tr("&Import partners…"));
    m_importAction->setToolTip(tr("Import partners from a CSV file (Ctrl+I)"));
    m_exportAction->setText(tr("E&xport partners…"));
    m_exportAction->setToolTip(tr("Export the cluster's partners to a CSV file (Ctrl+E)"));
    m_importEventsAction->setText(tr("&Import events…"));
    m_importEventsAction->setToolTip(tr("Import events from a CSV file (Ctrl+I)"));
    m_exportEventsAction->setText(tr("E&xport events…"));
    m_exportEventsAction->setToolTip(tr("Export the cluster's events to a CSV file (Ctrl+E)"));
    m_exportCalendarAction->setText(tr("Export &calendar (.ics)…"));
    m_exportCalendarAction->setToolTip(
        tr("Save the events shown, with their filters, as an iCalendar file for calendar "
           "programs (Ctrl+Shift+E)"));
    m_writeReportAction->setText(tr("Write &report…"));
    m_writeReportAction->setToolTip(
        tr("Write the periodic report of a cluster as a PDF, in Italian or English"));
    m_writeReportToolAction->setText(tr("Write report…"));
    m_writeReportToolAction->setToolTip(m_writeReportAction->toolTip());
    m_writeReportToolAction->setObjectName(QStringLiteral("writeReportToolAction"));
    m_demoAction->setText(tr("Load &demo data"));
    m_quitAction->setText(tr("&Quit"));
    m_newPartnerAction->setText(tr("&New partner…"));
    m_newPartnerAction->setIconText(tr("New"));
    m_newPartnerAction->setToolTip(tr("Add a partner to the register (Ctrl+N)"));
    m_editPartnerAction->setText(tr("&Edit partner…"));
    m_editPartnerAction->setIconText(tr("Edit"));
    m_editPartnerAction->setToolTip(tr("Edit the selected partner (Enter)"));
    m_deletePartnerAction->setText(tr("&Delete partner"));
    m_deletePartnerAction->setIconText(tr("Delete"));
    m_deletePartnerAction->setToolTip(tr("Delete the selected partners (Del)"));
    m_showPartnerEventsAction->setText(tr("&Show events"));
    m_showPartnerEventsAction->setToolTip(
        tr("Show the events the selected partner organised or took part in"));
    m_newEventAction->setText(tr("&New event…"));
    m_newEventAction->setIconText(tr("New"));
    m_newEventAction->setToolTip(tr("Add an event or Academy course (Ctrl+N)"));
    m_editEventAction->setText(tr("&Edit event…"));
    m_editEventAction->setIconText(tr("Edit"));
    m_editEventAction->setToolTip(tr("Edit the selected event (Enter)"));
    m_duplicateEventAction->setText(tr("D&uplicate event…"));
    m_duplicateEventAction->setIconText(tr("Duplicate"));
    m_duplicateEventAction->setToolTip(
        tr("Add a new event that starts as a copy of the selected one (Ctrl+D)"));
    m_attendanceAction->setText(tr("&Record attendance…"));
    m_attendanceAction->setIconText(tr("Attendance"));
    m_attendanceAction->setToolTip(
        tr("Record how many took part in the selected event and mark it as held (Ctrl+R)"));
    m_deleteEventAction->setText(tr("&Delete event"));
    m_deleteEventAction->setIconText(tr("Delete"));
    m_deleteEventAction->setToolTip(tr("Delete the selected events (Del)"));
    m_findAction->setText(tr("&Find…"));
    m_columnsAction->setText(tr("&Columns…"));
    m_reportingPeriodsAction->setText(tr("Reporting &periods…"));
    m_reportingPeriodsAction->setToolTip(
        tr("The cluster's reporting periods and KPI targets; lock a period once it is reported"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_aboutAction->setText(tr("&About LEC Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    m_clusterCombo->setPlaceholderText(tr("No cluster"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(sectionKey, int(currentSection()));
    event->accept();
}

void MainWindow::showSection(Section section)
{
    m_sections->setCurrentIndex(section);
    if (m_navigation->currentRow() != section)
        m_navigation->setCurrentRow(section);
    m_sectionActions.at(section)->setChecked(true);
    updateActions();
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_sections->currentIndex());
}

void MainWindow::reloadClusters()
{
    const QString current = m_workspace->currentClusterId();
    const QSignalBlocker blocker(m_clusterCombo);
    m_clusterCombo->clear();
    for (const Cluster &cluster : m_workspace->clusters())
        m_clusterCombo->addItem(cluster.name, cluster.id);
    int index = m_clusterCombo->findData(current);
    if (index < 0 && m_clusterCombo->count() > 0)
        index = 0;
    m_clusterCombo->setCurrentIndex(index);
    m_workspace->setCurrentClusterId(index >= 0 ? m_clusterCombo->itemData(index).toString()
                                                : QString());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool partners = currentSection() == PartnersSection;
    const bool events = currentSection() == EventsSection;
    const bool cluster = !m_workspace->currentClusterId().isEmpty();
    const int selected = int(m_partnersView->selectedIds().size());
    // The Edit menu and the toolbar offer the actions of the section on show; hidden actions
    // also give up their shortcuts (Ctrl+N, Return, Del) to the visible ones.
    for (QAction *action : {m_newPartnerAction, m_editPartnerAction, m_deletePartnerAction,
                            m_showPartnerEventsAction})
        action->setVisible(partners);
    for (QAction *action : {m_newEventAction, m_editEventAction, m_duplicateEventAction,
                            m_attendanceAction, m_deleteEventAction})
        action->setVisible(events);
    m_newPartnerAction->setEnabled(partners && cluster);
    m_editPartnerAction->setEnabled(partners && selected == 1);
    m_deletePartnerAction->setEnabled(partners && selected > 0);
    m_showPartnerEventsAction->setEnabled(partners && selected == 1);

    const int selectedEvents = int(m_eventsView->selectedIds().size());
    m_newEventAction->setEnabled(events && cluster);
    m_editEventAction->setEnabled(events && selectedEvents == 1);
    m_duplicateEventAction->setEnabled(events && selectedEvents == 1);
    m_attendanceAction->setEnabled(events && m_eventsView->canRecordAttendance());
    m_deleteEventAction->setEnabled(events && selectedEvents > 0);
    m_eventCount->setVisible(events && cluster);
    m_eventCount->setText(m_eventsView->countText());

    for (QAction *action : {m_importAction, m_exportAction})
        action->setVisible(partners);
    for (QAction *action : {m_importEventsAction, m_exportEventsAction, m_exportCalendarAction})
        action->setVisible(events);
    for (QAction *action : {m_importAction, m_exportAction, m_importEventsAction,
                            m_exportEventsAction, m_exportCalendarAction})
        action->setEnabled(cluster);
    m_columnsAction->setEnabled((partners || events) && cluster);
    m_reportingPeriodsAction->setEnabled(cluster);
    m_writeReportAction->setEnabled(m_clusterCombo->count() > 0);
    m_writeReportToolAction->setVisible(currentSection() == DashboardSection);
    m_writeReportToolAction->setEnabled(m_writeReportAction->isEnabled());
    // The dashboard enables its chart exports when the chart has something to draw.
    for (KpiCharts::Kind kind : KpiCharts::kinds())
        m_dashboardView->exportChartAction(kind)->setVisible(currentSection() == DashboardSection);
    m_dashboardView->exportTableAction()->setVisible(currentSection() == DashboardSection);
}

void MainWindow::revealEvent(const QString &eventId)
{
    showSection(EventsSection);
    m_eventsView->selectEvent(eventId);
    if (m_eventsView->selectedIds() != QStringList{eventId}) {
        // Hidden by a filter: clear the filters rather than show nothing.
        m_eventsView->proxy()->clearFilters();
        m_eventsView->selectEvent(eventId);
    }
}

void MainWindow::revealPartner(const QString &partnerId)
{
    showSection(PartnersSection);
    m_partnersView->selectPartner(partnerId);
    if (m_partnersView->selectedIds() != QStringList{partnerId}) {
        m_partnersView->clearFilters();
        m_partnersView->selectPartner(partnerId);
    }
}

void MainWindow::showPartnerEvents(const QString &partnerId)
{
    m_eventsView->showPartnerEvents(partnerId);
    showSection(EventsSection);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    Prompts::error()(this, title, message);
}

void MainWindow::newCluster()
{
    QStringList names;
    for (const Cluster &cluster : m_workspace->clusters())
        names.append(cluster.name);
    ClusterDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Cluster cluster = dialog.cluster();
    QString error;
    if (!m_workspace->addCluster(cluster, &error)) {
        showError(tr("Cluster not created"), error);
        return;
    }
    showSection(PartnersSection);
    statusBar()->showMessage(tr("Created the cluster “%1”.").arg(cluster.name), 5000);
}

void MainWindow::loadDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = m_workspace->createDemo(&error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Demo data not loaded"), error);
        return;
    }
    showSection(PartnersSection);
    statusBar()->showMessage(tr("The demo cluster is open. Its institutions and people are "
                                "fictional."),
                             8000);
}

// Italian spreadsheets expect semicolons and Italian headers; follow the window's language.
CsvDialect MainWindow::exportDialect() const
{
    return Translations::current() == QLatin1String("it") ? CsvDialect::Italian
                                                          : CsvDialect::English;
}

// The steps of every CSV import: choose the file, plan it (nothing written), show the preview,
// import what the coordinator accepted. Returns how many records were imported, or -1.
template<typename MakePlan, typename Preview, typename Import>
int MainWindow::importThrough(const QString &title, const QString &failureTitle, MakePlan makePlan,
                              Preview preview, Import import)
{
    const QString path =
        Prompts::chooseFileToRead(this, title, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return -1;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto plan = makePlan(path);
    QApplication::restoreOverrideCursor();

    ImportPreviewDialog dialog(preview(QFileInfo(path).fileName(), plan), this);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    QString error;
    if (!import(plan, &error)) {
        showError(failureTitle, error);
        return -1;
    }
    return plan.validCount();
}

void MainWindow::importPartners()
{
    const int imported = importThrough(
        tr("Import partners"), tr("Partners not imported"),
        [this](const QString &path) { return m_workspace->planPartnerImport(path); },
        &ImportPreview::forPartners,
        [this](const PartnerImportPlan &plan, QString *error) {
            return m_workspace->importPartners(plan, error);
        });
    if (imported < 0)
        return;
    showSection(PartnersSection);
    statusBar()->showMessage(
        tr("Imported %n partner(s). Undo (Ctrl+Z) takes the import back.", nullptr, imported),
        8000);
}

void MainWindow::importEvents()
{
    const int imported = importThrough(
        tr("Import events"), tr("Events not imported"),
        [this](const QString &path) { return m_workspace->planEventImport(path); },
        &ImportPreview::forEvents,
        [this](const EventImportPlan &plan, QString *error) {
            return m_workspace->importEvents(plan, error);
        });
    if (imported < 0)
        return;
    showSection(EventsSection);
    statusBar()->showMessage(
        tr("Imported %n event(s). Undo (Ctrl+Z) takes the import back.", nullptr, imported), 8000);
}

// Chooses the file and writes it; returns the path written, or an empty string.
QString MainWindow::exportThrough(const QString &title, const QString &suggestedName,
                                  const QString &filter, const QString &failureTitle,
                                  const std::function<bool(const QString &, QString *)> &write)
{
    const QString path = Prompts::chooseFileToWrite(this, title, suggestedName, filter);
    if (path.isEmpty())
        return {};
    QString error;
    if (!write(path, &error)) {
        showError(failureTitle, error);
        return {};
    }
    return path;
}

void MainWindow::exportPartners()
{
    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    if (!cluster)
        return;
    const QString path = exportThrough(
        tr("Export partners"), tr("%1 - partners.csv").arg(cluster->name), tr("CSV files (*.csv)"),
        tr("Partners not exported"), [this](const QString &file, QString *error) {
            return m_workspace->exportPartners(file, exportDialect(), error);
        });
    if (path.isEmpty())
        return;
    statusBar()->showMessage(
        tr("Exported %n partner(s) to %1.", nullptr, m_workspace->partners()->rowCount())
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::exportEvents()
{
    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    if (!cluster)
        return;
    const QString path = exportThrough(
        tr("Export events"), tr("%1 - events.csv").arg(cluster->name), tr("CSV files (*.csv)"),
        tr("Events not exported"), [this](const QString &file, QString *error) {
            return m_workspace->exportEvents(file, exportDialect(), error);
        });
    if (path.isEmpty())
        return;
    statusBar()->showMessage(
        tr("Exported %n event(s) to %1.", nullptr, m_workspace->events()->rowCount())
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::exportCalendar()
{
    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    if (!cluster)
        return;
    const QList<Event> events = m_eventsView->shownEvents();
    if (events.isEmpty()) {
        showError(tr("Calendar not exported"),
                  tr("No event is shown. Change or clear the filters to choose the events for "
                     "the calendar."));
        return;
    }
    const QString path =
        exportThrough(tr("Export calendar"), tr("%1 - events.ics").arg(cluster->name),
                      tr("iCalendar files (*.ics)"), tr("Calendar not exported"),
                      [this, &events](const QString &file, QString *error) {
                          return m_workspace->exportCalendar(file, events, error);
                      });
    if (path.isEmpty())
        return;
    statusBar()->showMessage(
        tr("Saved %n event(s) as a calendar in %1.", nullptr, int(events.size()))
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::showReportingPeriods()
{
    if (m_workspace->currentClusterId().isEmpty())
        return;
    ReportingPeriodsDialog dialog(m_workspace, this);
    dialog.exec();
}

void MainWindow::writeReport()
{
    const QString folder = Prompts::lastFolder();
    const Result<QList<ReportingPeriod>> periods = m_workspace->reportingPeriods(QString());
    if (!periods) {
        showError(tr("Report not written"),
                  tr("The reporting periods cannot be read: %1").arg(periods.error()));
        return;
    }
    ReportDialog dialog(m_workspace->clusters(), m_workspace->currentClusterId(), *periods,
                        Translations::current(), folder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportRequest request = dialog.request();
    const KpiCalculator calculator = m_workspace->kpis();
    const std::optional<KpiScope> scope =
        calculator.resolveScope(request.clusterName, request.periodName, request.from, request.to);
    if (!scope) {
        showError(tr("Report not written"), calculator.errorMessage());
        return;
    }
    Prompts::rememberFolderOf(request.path);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(tr("Writing the report…"));
    // The report speaks its own language; the window keeps its own once it is written.
    const QString windowLanguage = Translations::current();
    if (request.language != windowLanguage)
        Translations::install(request.language);
    const Result<KpiReportData> data = m_workspace->reportData(*scope);
    QString error = data.error();
    const bool written = data && KpiReport(*data).write(request.path, &error);
    if (request.language != windowLanguage)
        Translations::install(windowLanguage);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!written) {
        showError(tr("Report not written"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(request.path)), 8000);
}

QString MainWindow::languagePreference()
{
    return QSettings().value(languageKey).toString();
}

void MainWindow::applyLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
    Translations::install(language);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(languagePreference(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.language() != languagePreference())
        applyLanguage(dialog.language());
}
