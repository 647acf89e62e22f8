#include "views/dashboard/DashboardView.h"

#include "models/common/Clock.h"
#include "models/common/LocaleFormat.h"
#include "models/events/EventTableModel.h"
#include "models/kpi/KpiCalculator.h"
#include "models/kpi/KpiDrillDownModel.h"
#include "models/kpi/KpiTable.h"
#include "models/kpi/KpiXlsx.h"
#include "models/workspace/Workspace.h"
#include "views/csv/CsvFileFlow.h"
#include "views/dashboard/ChartImageDialog.h"
#include "views/dashboard/KpiDrillDownDialog.h"
#include "views/dashboard/KpiTile.h"
#include "views/reports/ReportFlow.h"
#include "views/widgets/Announcement.h"
#include "views/widgets/EmptyState.h"
#include "views/widgets/Icons.h"
#include "views/widgets/Prompts.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString chartsSplitterKey = QStringLiteral("dashboard/chartsSplitter");
const QString barsSplitterKey = QStringLiteral("dashboard/barsSplitter");
const QString imageSizeKey = QStringLiteral("dashboard/chartImageSize");
const QString imageDpiKey = QStringLiteral("dashboard/chartImageDpi");

constexpr int tileColumns = 4;
// Tall enough for a bar chart to name its nine bars without eliding them; the page scrolls
// when the window is shorter.
constexpr int chartMinimumHeight = 330;

} // namespace

DashboardView::DashboardView(Workspace *workspace, QWidget *parent)
    : Section(parent)
    , m_workspace(workspace)
    , m_reportFlow(new ReportFlow(workspace, this))
    , m_pages(new QStackedWidget(this))
    , m_noCluster(new EmptyState(this))
    , m_dashboardPage(new QWidget(this))
    , m_clusterLabel(new QLabel(this))
    , m_clusterCombo(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_periodCombo(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_exportButton(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_content(new QWidget(this))
    , m_chartsSplitter(new QSplitter(Qt::Vertical, this))
    , m_barsSplitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("dashboardView"));

    m_noCluster->setObjectName(QStringLiteral("dashboardNoClusterState"));
    connect(m_noCluster->addButton(QStringLiteral("dashboardNewClusterButton")),
            &QPushButton::clicked, this, &DashboardView::newClusterRequested);
    connect(m_noCluster->addButton(QStringLiteral("dashboardDemoButton")), &QPushButton::clicked,
            this, &DashboardView::demoRequested);

    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; padding: 12px;"));
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildContent());
    for (KpiCharts::Kind kind : KpiCharts::kinds())
        offerAction(m_charts[kind].exportAction, Place::FileMenu);
    offerAction(m_exportTableAction, Place::FileMenu);
    // The Reports menu offers the report in every section; the toolbar on the dashboard.
    m_writeReportAction = createAction(
        "writeReportToolAction", "dashboard", Place::FileToolBar, QT_TR_NOOP("Write report…"),
        nullptr,
        QT_TR_NOOP("Write the periodic report of a cluster as a PDF, in Italian or English"));
    connect(m_writeReportAction, &QAction::triggered, m_reportFlow, &ReportFlow::write);
    connect(m_reportFlow, &ReportFlow::statusMessage, this, &Section::statusMessage);

    auto *pageLayout = new QVBoxLayout(m_dashboardPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(buildScopeBar());
    pageLayout->addWidget(m_message);
    pageLayout->addWidget(scroll, 1);

    m_pages->addWidget(m_noCluster);
    m_pages->addWidget(m_dashboardPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);

    // Many signals can arrive for one edit (an import, a cluster switch): compute once, after
    // them, and only while on show.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(workspace, &Workspace::recordsChanged, this, &DashboardView::scheduleRefresh);
    for (auto signal : {&Workspace::currentClusterChanged, &Workspace::clustersChanged})
        connect(workspace, signal, this, &DashboardView::updateActions);

    m_choice = KpiScopeChoice::load();
    restoreLayout();
    retranslate();
    m_pages->setCurrentWidget(workspace->currentClusterId().isEmpty() ? m_noCluster
                                                                      : m_dashboardPage);
    updateActions();
}

DashboardView::~DashboardView()
{
    saveLayout();
}

QString DashboardView::title() const
{
    return tr("Dashboard");
}

QIcon DashboardView::icon() const
{
    return Icons::keepingColours("dashboard");
}

void DashboardView::updateActions()
{
    // The chart exports follow what the charts show (refresh()); the report wants a cluster.
    m_writeReportAction->setEnabled(!m_workspace->currentClusterId().isEmpty());
}

QWidget *DashboardView::buildScopeBar()
{
    m_clusterCombo->setObjectName(QStringLiteral("dashboardClusterCombo"));
    m_clusterCombo->addItem(QString()); // the current cluster
    m_clusterCombo->addItem(QString()); // every cluster
    m_clusterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodCombo->setObjectName(QStringLiteral("dashboardPeriodCombo"));
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodCombo->setMinimumContentsLength(14);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardView::scopeEdited);
    }
    m_from->setObjectName(QStringLiteral("dashboardFromEdit"));
    m_to->setObjectName(QStringLiteral("dashboardToEdit"));
    m_clusterLabel->setBuddy(m_clusterCombo);
    m_periodLabel->setBuddy(m_periodCombo);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    connect(m_clusterCombo, &QComboBox::activated, this, &DashboardView::scopeEdited);
    connect(m_periodCombo, &QComboBox::activated, this, &DashboardView::scopeEdited);

    m_exportButton->setObjectName(QStringLiteral("dashboardExportButton"));
    m_exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    for (KpiCharts::Kind kind : KpiCharts::kinds())
        menu->addAction(m_charts[kind].exportAction);
    menu->addSeparator();
    menu->addAction(m_exportTableAction);
    m_exportButton->setMenu(menu);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dashboardScopeBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_clusterLabel);
    layout->addWidget(m_clusterCombo);
    layout->addSpacing(12);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_periodCombo);
    layout->addSpacing(12);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addStretch();
    layout->addWidget(m_exportButton);
    return bar;
}

QWidget *DashboardView::buildContent()
{
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QList<KpiDefinition> &kpis = KpiCatalogue::all();
    for (qsizetype i = 0; i < kpis.size(); ++i) {
        auto *tile = new KpiTile(kpis.at(i).key, m_content);
        connect(tile, &KpiTile::activated, this, &DashboardView::drillDownKpi);
        tiles->addWidget(tile, int(i / tileColumns), int(i % tileColumns));
        m_tiles.append(tile);
    }
    for (int column = 0; column < tileColumns; ++column)
        tiles->setColumnStretch(column, 1);

    // The export actions exist before the scope bar lists them.
    m_exportTableAction->setObjectName(QStringLiteral("exportKpiTableAction"));
    connect(m_exportTableAction, &QAction::triggered, this, &DashboardView::exportTable);
    for (KpiCharts::Kind kind : KpiCharts::kinds()) {
        ChartPanel &panel = m_charts[kind];
        panel.exportAction = new QAction(this);
        panel.exportAction->setObjectName(QStringLiteral("exportChartAction_") +
                                          KpiCharts::key(kind));
        connect(panel.exportAction, &QAction::triggered, this, [this, kind] { exportChart(kind); });
    }
    m_chartsSplitter->setObjectName(QStringLiteral("dashboardChartsSplitter"));
    m_barsSplitter->setObjectName(QStringLiteral("dashboardBarsSplitter"));
    m_barsSplitter->addWidget(buildChartPanel(KpiCharts::Kind::InstitutionsByType));
    m_barsSplitter->addWidget(buildChartPanel(KpiCharts::Kind::EventsByKind));
    m_chartsSplitter->addWidget(m_barsSplitter);
    m_chartsSplitter->addWidget(buildChartPanel(KpiCharts::Kind::ReachByMonth));
    for (QSplitter *splitter : {m_chartsSplitter, m_barsSplitter})
        splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(tiles);
    layout->addWidget(m_chartsSplitter, 1);
    return m_content;
}

QWidget *DashboardView::buildChartPanel(KpiCharts::Kind kind)
{
    ChartPanel &panel = m_charts[kind];
    panel.stack = new QStackedWidget(this);
    panel.stack->setObjectName(QStringLiteral("chartPanel_") + KpiCharts::key(kind));
    panel.stack->setMinimumHeight(chartMinimumHeight);
    panel.view = new QChartView(panel.stack);
    panel.view->setObjectName(QStringLiteral("chartView_") + KpiCharts::key(kind));
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setContextMenuPolicy(Qt::ActionsContextMenu);
    panel.view->addAction(panel.exportAction);
    panel.view->setFrameShape(QFrame::StyledPanel);
    // The chart leaves a margin around its background; paint it as the chart's own.
    panel.view->setBackgroundBrush(Qt::white);
    // A period without data says so instead of drawing empty axes.
    panel.empty = new QLabel(panel.stack);
    panel.empty->setObjectName(QStringLiteral("chartEmpty_") + KpiCharts::key(kind));
    // At the top, where a chart has its title: a short window still shows what is missing.
    panel.empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    panel.empty->setWordWrap(true);
    panel.empty->setFrameShape(QFrame::StyledPanel);
    panel.empty->setMargin(24);
    panel.empty->setAutoFillBackground(true);
    panel.empty->setBackgroundRole(QPalette::Base);
    panel.stack->addWidget(panel.view);
    panel.stack->addWidget(panel.empty);
    return panel.stack;
}

KpiTile *DashboardView::tile(const QString &key) const
{
    for (KpiTile *tile : m_tiles) {
        if (tile->key() == key)
            return tile;
    }
    return nullptr;
}

QChartView *DashboardView::chartView(KpiCharts::Kind kind) const
{
    return m_charts.at(kind).view;
}

QAction *DashboardView::exportChartAction(KpiCharts::Kind kind) const
{
    return m_charts.at(kind).exportAction;
}

void DashboardView::showEvent(QShowEvent *event)
{
    // Computed while hidden, the numbers would be out of date by now anyway.
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Chart titles, labels and numbers follow the language.
        scheduleRefresh();
    }
    Section::changeEvent(event);
}

void DashboardView::retranslate()
{
    m_noCluster->setTexts(tr("No cluster yet"),
                          tr("The dashboard counts the institutions, people and events of a "
                             "cluster against its targets. Create your cluster first, or load a "
                             "fictional demo cluster to look around."));
    m_noCluster->findChild<QPushButton *>(QStringLiteral("dashboardNewClusterButton"))
        ->setText(tr("New cluster…"));
    m_noCluster->findChild<QPushButton *>(QStringLiteral("dashboardDemoButton"))
        ->setText(tr("Load demo data"));
    m_clusterLabel->setText(tr("&Cluster:"));
    m_clusterCombo->setItemText(1, KpiCatalogue::scopeName(KpiScope{}));
    m_periodLabel->setText(tr("&Period:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_periodCombo->setToolTip(tr("A reporting period of the cluster, or any dates"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(LocaleFormat::shortDateFormat());
    if (m_periodCombo->count() > 0)
        m_periodCombo->setItemText(m_periodCombo->count() - 1, tr("Custom dates…"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save a chart as an image or a PDF, or the KPI table"));
    m_exportTableAction->setText(tr("Export KPI table…"));
    for (auto &[kind, panel] : m_charts) {
        panel.exportAction->setText(tr("Export chart “%1”…").arg(KpiCharts::title(kind)));
        panel.view->setToolTip(
            kind == KpiCharts::Kind::ReachByMonth
                ? tr("Right-click to export the chart")
                : tr("Click a bar to list what it counts; right-click to export the chart"));
    }
}

void DashboardView::scheduleRefresh()
{
    m_stale = true;
    // An open list of the rows behind a number follows them even while the dashboard is hidden
    // (its "Show in Events" has just switched sections, and edits there must reach it).
    if (isVisible() || (m_drillDownDialog && m_drillDownDialog->isVisible()))
        m_refreshTimer.start();
}

void DashboardView::refresh()
{
    m_refreshTimer.stop();
    m_stale = false;
    if (m_workspace->currentClusterId().isEmpty()) {
        m_snapshot.reset();
        m_pages->setCurrentWidget(m_noCluster);
        return;
    }
    m_pages->setCurrentWidget(m_dashboardPage);
    reloadScopeBar();

    const KpiCalculator kpis = m_workspace->kpis();
    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    const bool allClusters = m_clusterCombo->currentIndex() == 1;
    const int periodIndex = m_periodCombo->currentIndex();
    const bool custom = periodIndex < 0 || periodIndex >= m_periods.size();
    const std::optional<KpiScope> scope = kpis.resolveScope(
        allClusters || !cluster ? QString() : cluster->name,
        custom ? QString() : m_periods.at(periodIndex).name, m_from->date(), m_to->date());
    const Result<KpiSnapshot> snapshot =
        scope ? kpis.snapshot(*scope) : Result<KpiSnapshot>(ReadError{kpis.errorMessage()});
    // The numbers cannot be read again (a damaged database): the last ones stay, marked as such,
    // rather than an empty dashboard. Not when the user has chosen other numbers meanwhile.
    const bool readFailed = scope ? !snapshot.ok() : kpis.readFailed();
    if (readFailed && m_snapshot && (!scope || m_snapshot->scope == *scope)) {
        const QString message =
            tr("The numbers shown are the last ones read: they cannot be read again now. %1")
                .arg(snapshot.error());
        if (message != m_message->text() || !m_message->isVisible()) {
            m_message->setText(message);
            m_message->setVisible(true);
            Announcement::alert(m_message);
        }
        return;
    }
    m_snapshot = snapshot ? std::optional(*snapshot) : std::nullopt;
    m_message->setText(snapshot.error());
    m_message->setVisible(!m_snapshot);
    m_content->setVisible(m_snapshot.has_value());
    for (auto &[kind, panel] : m_charts)
        panel.exportAction->setEnabled(m_snapshot && KpiCharts::hasData(kind, *m_snapshot));
    m_exportButton->setEnabled(m_snapshot.has_value());
    if (!m_snapshot)
        return;
    showTiles();
    for (KpiCharts::Kind kind : KpiCharts::kinds())
        showChart(kind);
    // An open list follows the numbers it explains.
    if (m_drillDownDialog && m_drillDownDialog->isVisible()) {
        KpiDrillDown open = m_drillDownDialog->model()->drillDown();
        open.scope = m_snapshot->scope;
        loadDrillDown(open);
    }
}

void DashboardView::reloadScopeBar()
{
    const QSignalBlocker clusterBlocker(m_clusterCombo);
    const QSignalBlocker periodBlocker(m_periodCombo);
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);

    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    m_clusterCombo->setItemText(0, cluster ? cluster->name : QString());
    m_clusterCombo->setCurrentIndex(m_choice.allClusters ? 1 : 0);

    m_periods = m_workspace->reportingPeriods();
    m_periodCombo->clear();
    for (const ReportingPeriod &period : std::as_const(m_periods)) {
        m_periodCombo->addItem(period.name);
        m_periodCombo->setItemData(
            m_periodCombo->count() - 1,
            tr("%1 to %2")
                .arg(LocaleFormat::shortDate(period.start), LocaleFormat::shortDate(period.end)),
            Qt::ToolTipRole);
    }
    m_periodCombo->addItem(tr("Custom dates…"));

    // The period chosen last, when this cluster has one of that name; else the one under way.
    int index = -1;
    if (!m_choice.custom) {
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            if (m_periods.at(i).name.compare(m_choice.periodName, Qt::CaseInsensitive) == 0)
                index = int(i);
        }
        if (index < 0)
            index = defaultPeriodIndex();
    }
    const bool custom = index < 0;
    m_periodCombo->setCurrentIndex(custom ? m_periodCombo->count() - 1 : index);
    if (custom) {
        if (!m_choice.from.isValid() || !m_choice.to.isValid())
            std::tie(m_choice.from, m_choice.to) = defaultDates();
        m_from->setDate(m_choice.from);
        m_to->setDate(m_choice.to);
    } else {
        m_from->setDate(m_periods.at(index).start);
        m_to->setDate(m_periods.at(index).end);
    }
    // A named period shows its dates; only custom dates can be typed.
    for (QDateEdit *edit : {m_from, m_to})
        edit->setEnabled(custom);
}

void DashboardView::scopeEdited()
{
    const int index = m_periodCombo->currentIndex();
    const bool custom = index < 0 || index >= m_periods.size();
    // Switching to custom dates starts from the dates of the period shown.
    m_choice.allClusters = m_clusterCombo->currentIndex() == 1;
    m_choice.custom = custom;
    if (!custom)
        m_choice.periodName = m_periods.at(index).name;
    m_choice.from = m_from->date();
    m_choice.to = m_to->date();
    m_choice.save();
    scheduleRefresh();
}

int DashboardView::defaultPeriodIndex() const
{
    const QDate today = Clock::today();
    int latestStarted = -1;
    for (qsizetype i = 0; i < m_periods.size(); ++i) {
        if (m_periods.at(i).contains(today))
            return int(i);
        if (m_periods.at(i).start <= today)
            latestStarted = int(i); // the periods come by start
    }
    if (latestStarted >= 0)
        return latestStarted;
    return m_periods.isEmpty() ? -1 : 0;
}

std::pair<QDate, QDate> DashboardView::defaultDates() const
{
    // The whole months of the cluster's events, so that a cluster without periods (the demo)
    // opens on its data; this year when it has no event yet.
    const EventTableModel *events = m_workspace->events();
    QDate first;
    QDate last;
    for (int row = 0; row < events->rowCount(); ++row) {
        const QDate start = events->eventAt(row).startDate;
        if (!first.isValid() || start < first)
            first = start;
        if (!last.isValid() || start > last)
            last = start;
    }
    if (!first.isValid()) {
        const int year = Clock::today().year();
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    }
    return {QDate(first.year(), first.month(), 1),
            QDate(last.year(), last.month(), last.daysInMonth())};
}

void DashboardView::showTiles()
{
    for (KpiTile *tile : std::as_const(m_tiles)) {
        const KpiDefinition *kpi = KpiCatalogue::find(tile->key());
        // A target only some clusters of the roll-up set: progress over those clusters, said so.
        tile->setValues(kpi->label(), kpi->value(m_snapshot->values), m_snapshot->target(kpi->key),
                        m_snapshot->progress(*kpi), m_snapshot->targetNote(*kpi),
                        m_snapshot->targetClusterCount(kpi->key), m_snapshot->clusterCount);
    }
}

void DashboardView::showChart(KpiCharts::Kind kind)
{
    ChartPanel &panel = m_charts.at(kind);
    if (!KpiCharts::hasData(kind, *m_snapshot)) {
        panel.empty->setText(
            QStringLiteral("<p style=\"font-size:13pt; font-weight:600;\">%1</p><p>%2</p>")
                .arg(KpiCharts::title(kind).toHtmlEscaped(),
                     KpiCharts::emptyMessage(kind, *m_snapshot).toHtmlEscaped()));
        panel.stack->setCurrentWidget(panel.empty);
        return;
    }
    // The view owns the chart it shows; it lets go of the old one without deleting it.
    const std::unique_ptr<QChart> old(panel.view->chart());
    QChart *chart = KpiCharts::create(kind, *m_snapshot).release();
    panel.view->setChart(chart);
    panel.stack->setCurrentWidget(panel.view);
    if (kind == KpiCharts::Kind::ReachByMonth)
        return;
    const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    if (!series || series->barSets().isEmpty())
        return;
    QBarSet *bars = series->barSets().constFirst();
    connect(bars, &QBarSet::clicked, this, [this, kind](int index) { drillDownBar(kind, index); });
    QWidget *viewport = panel.view->viewport();
    connect(bars, &QBarSet::hovered, viewport, [viewport](bool over, int) {
        viewport->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
}

void DashboardView::drillDownKpi(const QString &key)
{
    const KpiDefinition *kpi = KpiCatalogue::find(key);
    if (kpi && m_snapshot)
        drillDown(KpiDrillDown::forKpi(*kpi, m_snapshot->scope));
}

void DashboardView::drillDownBar(KpiCharts::Kind kind, int index)
{
    if (!m_snapshot)
        return;
    if (kind == KpiCharts::Kind::InstitutionsByType)
        drillDown(KpiDrillDown::forType(KpiCharts::typeAtBar(index), m_snapshot->scope));
    else if (kind == KpiCharts::Kind::EventsByKind)
        drillDown(KpiDrillDown::forKind(KpiCharts::kindAtBar(index), m_snapshot->scope));
}

void DashboardView::drillDown(const KpiDrillDown &drillDown)
{
    loadDrillDown(drillDown);
    m_drillDownDialog->show();
    m_drillDownDialog->raise();
    m_drillDownDialog->activateWindow();
}

void DashboardView::loadDrillDown(const KpiDrillDown &drillDown)
{
    if (!m_drillDownDialog) {
        m_drillDownDialog = new KpiDrillDownDialog(this);
        connect(m_drillDownDialog, &KpiDrillDownDialog::showRecordRequested, this,
                [this](KpiSource source, const QString &id) {
                    Q_EMIT linkActivated(
                        source == KpiSource::Partners ? Link::Partner : Link::Event, id);
                });
    }
    QHash<QString, QString> clusterNames;
    for (const Cluster &cluster : m_workspace->clusters())
        clusterNames.insert(cluster.id, cluster.name);
    const Result<QHash<QString, QString>> partnerNames =
        drillDown.source == KpiSource::Events ? m_workspace->partnerNamesInAllClusters()
                                              : QHash<QString, QString>();
    m_drillDownDialog->setDrillDown(drillDown, m_workspace->kpis(), clusterNames, partnerNames,
                                    m_workspace->currentClusterId());
}

void DashboardView::exportChart(KpiCharts::Kind kind)
{
    if (!m_snapshot || !KpiCharts::hasData(kind, *m_snapshot))
        return;
    // The numbers on show, even if the data change while the dialogs are open.
    const KpiSnapshot snapshot = *m_snapshot;
    QString suggested = KpiCatalogue::scopeName(snapshot.scope) + QStringLiteral(" - ") +
                        KpiCharts::title(kind) + QStringLiteral(".png");
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = Prompts::chooseFileToWrite(
        this, tr("Export chart"), suggested,
        tr("PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");

    QSettings settings;
    QSize size = settings.value(imageSizeKey, QSize(1600, 1000)).toSize();
    int dpi = settings.value(imageDpiKey, 192).toInt();
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        ChartImageDialog dialog(size, dpi, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        size = dialog.imageSize();
        dpi = dialog.dpi();
        settings.setValue(imageSizeKey, size);
        settings.setValue(imageDpiKey, dpi);
    }
    QString error;
    if (!KpiCharts::exportChart(kind, snapshot, path, size, dpi, &error)) {
        Prompts::error()(this, tr("Chart not exported"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved the chart “%1” to %2.")
                             .arg(KpiCharts::title(kind), QDir::toNativeSeparators(path)),
                         8000);
}

void DashboardView::exportTable()
{
    if (!m_snapshot)
        return;
    const KpiTable table(*m_snapshot);
    QString suggested = KpiCatalogue::scopeName(m_snapshot->scope) + QStringLiteral(" - ") +
                        tr("KPIs") + QStringLiteral(".xlsx");
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = Prompts::chooseFileToWrite(this, tr("Export KPI table"), suggested,
                                              tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    QString error;
    const bool csv =
        QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    // CSV in the dialect of the window's language, as the other exports.
    const bool written = csv ? table.writeCsv(path, CsvFileFlow::exportDialect(), &error)
                             : KpiXlsx::write(table, path, &error);
    if (!written) {
        Prompts::error()(this, tr("KPI table not exported"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved the KPI table to %1.").arg(QDir::toNativeSeparators(path)),
                         8000);
}

void DashboardView::saveLayout() const
{
    QSettings settings;
    settings.setValue(chartsSplitterKey, m_chartsSplitter->saveState());
    settings.setValue(barsSplitterKey, m_barsSplitter->saveState());
}

void DashboardView::restoreLayout()
{
    const QSettings settings;
    if (!m_chartsSplitter->restoreState(settings.value(chartsSplitterKey).toByteArray()))
        m_chartsSplitter->setSizes({1, 1});
    if (!m_barsSplitter->restoreState(settings.value(barsSplitterKey).toByteArray()))
        m_barsSplitter->setSizes({1, 1});
}
