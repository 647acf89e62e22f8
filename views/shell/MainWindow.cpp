#include "views/shell/MainWindow.h"

#include "models/clusters/Cluster.h"
#include "models/common/Translations.h"
#include "models/workspace/Workspace.h"
#include "views/dashboard/DashboardView.h"
#include "views/events/EventsView.h"
#include "views/partners/PartnersView.h"
#include "views/periods/ReportingPeriodsDialog.h"
#include "views/reports/ReportFlow.h"
#include "views/shell/ClusterDialog.h"
#include "views/shell/PlaceholderView.h"
#include "views/shell/PreferencesDialog.h"
#include "views/shell/ReadProblemBar.h"
#include "views/widgets/HistoryActions.h"
#include "views/widgets/Icons.h"
#include "views/widgets/Prompts.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString sectionKey = QStringLiteral("mainWindow/section");
const QString clusterKey = QStringLiteral("mainWindow/cluster");
const QString languageKey = QStringLiteral("language");

// The window's sections, in the order of MainWindow::SectionIndex. A new section is one more
// entry here; the Workplans section replaces its placeholder.
QList<Section *> createSections(Workspace *workspace, QWidget *parent)
{
    return {
        new PartnersView(workspace, parent),
        new EventsView(workspace, parent),
        new PlaceholderView(
            QT_TRANSLATE_NOOP("PlaceholderView", "Workplans"), "workplans",
            QT_TRANSLATE_NOOP("PlaceholderView", "Workplans are not built yet"),
            QT_TRANSLATE_NOOP("PlaceholderView",
                              "This section will hold the cluster workplan: activities, "
                              "responsibilities and contributions. It arrives in a later version "
                              "of LEC Desk; nothing is shown here until then."),
            parent),
        new DashboardView(workspace, parent),
    };
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_databasePath(databasePath)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_readProblem(new ReadProblemBar(this))
    , m_sectionList(createSections(workspace, this))
    , m_reportFlow(new ReportFlow(workspace, this))
    , m_clusterCombo(new QComboBox(this))
    , m_clusterLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::named("lecdesk"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_stack->setObjectName(QStringLiteral("sections"));
    for (Section *section : std::as_const(m_sectionList)) {
        new QListWidgetItem(section->icon(), QString(), m_navigation);
        m_stack->addWidget(section);
        connect(section, &Section::statusMessage, this, &MainWindow::showStatus);
        connect(section, &Section::newClusterRequested, this, &MainWindow::newCluster);
        connect(section, &Section::demoRequested, this, &MainWindow::loadDemo);
        connect(section, &Section::linkActivated, this, &MainWindow::openLink);
        connect(section, &Section::countChanged, this, &MainWindow::updateCount);
    }
    connect(m_reportFlow, &ReportFlow::statusMessage, this, &MainWindow::showStatus);

    // A read that fails is said above the sections, which keep what they read last.
    auto *pages = new QWidget(this);
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addWidget(m_readProblem);
    pagesLayout->addWidget(m_stack, 1);
    connect(m_workspace, &Workspace::readProblemChanged, this,
            [this] { m_readProblem->setProblem(m_workspace->readProblem()); });
    connect(m_readProblem, &ReadProblemBar::retryRequested, this, [this] {
        if (m_workspace->reload())
            showStatus(tr("The database can be read again."), 5000);
        else
            showStatus(tr("The database still cannot be read."), 5000);
    });
    m_readProblem->setProblem(m_workspace->readProblem());

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(pages, 1);
    setCentralWidget(central);

    m_clusterCombo->setObjectName(QStringLiteral("clusterCombo"));
    m_clusterCombo->setMinimumContentsLength(24);
    m_clusterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    // The current section's count ("12 of 40 events"); the name is the one it always had.
    m_count->setObjectName(QStringLiteral("eventCount"));
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();
    createToolBar();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
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
    showSection(qBound(0, section, int(m_sectionList.size()) - 1));
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const char *iconName, const QList<QKeySequence> &shortcuts, auto slot) {
        auto *action = new QAction(this);
        if (iconName)
            action->setIcon(Icons::named(iconName));
        action->setShortcuts(shortcuts);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newClusterAction = make("cluster-add", {}, &MainWindow::newCluster);
    m_writeReportAction = make("dashboard", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                               [this] { m_reportFlow->write(); });
    m_demoAction = make("demo", {}, &MainWindow::loadDemo);
    m_quitAction = make(nullptr, {QKeySequence::Quit}, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_history = new HistoryActions(m_workspace->undoGroup(), this);
    m_undoAction = m_history->undo();
    m_redoAction = m_history->redo();
    connect(m_history, &HistoryActions::stepDone, this,
            [this](const QString &message) { showStatus(message, 5000); });
    connect(m_workspace, &Workspace::historyRetranslated, m_history, &HistoryActions::retranslate);

    // Find and Columns act on the section on show.
    m_findAction = make("search", {QKeySequence::Find}, &MainWindow::find);
    m_columnsAction =
        make("columns", {}, [this] { m_sectionList.at(currentSection())->chooseColumns(); });

    auto *sectionGroup = new QActionGroup(this);
    for (int index = 0; index < m_sectionList.size(); ++index) {
        auto *action = new QAction(m_sectionList.at(index)->icon(), QString(), this);
        if (index < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, index] { showSection(index); });
        sectionGroup->addAction(action);
        m_showSectionActions.append(action);
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
        {m_writeReportAction, "writeReportAction"},
        {m_demoAction, "demoAction"},
        {m_quitAction, "quitAction"},
        {m_undoAction, "undoAction"},
        {m_redoAction, "redoAction"},
        {m_findAction, "findAction"},
        {m_columnsAction, "columnsAction"},
        {m_reportingPeriodsAction, "reportingPeriodsAction"},
        {m_preferencesAction, "preferencesAction"},
        {m_aboutAction, "aboutAction"},
    };
    for (const auto &[action, name] : names)
        action->setObjectName(QLatin1String(name));
}

// Every section's actions have their place; only the current section's show.
QList<QAction *> MainWindow::offeredActions(Section::Place place) const
{
    QList<QAction *> actions;
    for (const Section *section : m_sectionList)
        actions += section->sectionActions(place);
    return actions;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newClusterAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(offeredActions(Section::Place::FileMenu));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions(offeredActions(Section::Place::EditMenu));
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_showSectionActions);
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
    m_toolBar->addActions(offeredActions(Section::Place::EditToolBar));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions(offeredActions(Section::Place::FileToolBar));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("LEC Desk"));
    // The problem's sentences are the workspace's, made in the language of the moment.
    m_readProblem->setProblem(m_workspace->readProblem());
    int widest = 0;
    for (int index = 0; index < m_sectionList.size(); ++index) {
        const QString title = m_sectionList.at(index)->title();
        m_navigation->item(index)->setText(title);
        m_showSectionActions.at(index)->setText(title);
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(title));
    }
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_clusterLabel->setText(tr("Cluster:") + QLatin1Char(' '));

    m_newClusterAction->setText(tr("&New cluster…"));
    m_writeReportAction->setText(tr("Write &report…"));
    m_writeReportAction->setToolTip(
        tr("Write the periodic report of a cluster as a PDF, in Italian or English"));
    m_demoAction->setText(tr("Load &demo data"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_columnsAction->setText(tr("&Columns…"));
    m_reportingPeriodsAction->setText(tr("Reporting &periods…"));
    m_reportingPeriodsAction->setToolTip(
        tr("The cluster's reporting periods and KPI targets; lock a period once it is reported"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_aboutAction->setText(tr("&About LEC Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_history->retranslate();
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

void MainWindow::showSection(int index)
{
    m_stack->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_showSectionActions.at(index)->setChecked(true);
    for (int other = 0; other < m_sectionList.size(); ++other)
        m_sectionList.at(other)->setCurrent(other == index);
    updateActions();
}

MainWindow::SectionIndex MainWindow::currentSection() const
{
    return SectionIndex(m_stack->currentIndex());
}

void MainWindow::openLink(Section::Link link, const QString &id)
{
    for (int index = 0; index < m_sectionList.size(); ++index) {
        if (m_sectionList.at(index)->opens(link)) {
            showSection(index);
            m_sectionList.at(index)->open(link, id);
            return;
        }
    }
}

void MainWindow::find()
{
    Section *current = m_sectionList.at(currentSection());
    if (current->canSearch()) {
        current->focusSearch();
        return;
    }
    // A section without a search sends Find to the first one that has one.
    for (int index = 0; index < m_sectionList.size(); ++index) {
        if (m_sectionList.at(index)->canSearch()) {
            showSection(index);
            m_sectionList.at(index)->focusSearch();
            return;
        }
    }
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

// The window's own actions; each section keeps its own.
void MainWindow::updateActions()
{
    m_columnsAction->setEnabled(m_sectionList.at(currentSection())->canChooseColumns());
    m_reportingPeriodsAction->setEnabled(!m_workspace->currentClusterId().isEmpty());
    m_writeReportAction->setEnabled(m_clusterCombo->count() > 0);
    updateCount();
}

void MainWindow::updateCount()
{
    const QString count = m_sectionList.at(currentSection())->countText();
    m_count->setText(count);
    m_count->setVisible(!count.isEmpty());
}

void MainWindow::showStatus(const QString &message, int timeout)
{
    if (message.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(message, timeout);
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

void MainWindow::showReportingPeriods()
{
    if (m_workspace->currentClusterId().isEmpty())
        return;
    ReportingPeriodsDialog dialog(m_workspace, this);
    dialog.exec();
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
