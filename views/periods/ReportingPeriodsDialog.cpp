#include "views/periods/ReportingPeriodsDialog.h"

#include "models/common/Clock.h"
#include "models/kpi/KpiCalculator.h"
#include "models/periods/ReportingPeriodChangeCommand.h"
#include "models/periods/ReportingPeriodTableModel.h"
#include "models/workspace/Workspace.h"
#include "views/periods/ReportingPeriodEditorDialog.h"
#include "views/widgets/HistoryActions.h"
#include "views/widgets/Prompts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("periodsDialog/geometry");

QPushButton *button(const char *iconName, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    if (iconName)
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(iconName))));
    return button;
}

// What the cluster reached between two days, for the editor to show beside the targets.
ReportingPeriodEditorDialog::Actuals actualsOf(const Workspace *workspace, const QString &clusterId)
{
    return [kpis = workspace->kpis(), clusterId](QDate from, QDate to) {
        // Unknown (shown as a dash) when they cannot be read: they only inform the targets.
        const Result<KpiValues> values =
            kpis.compute(KpiScope{clusterId, QString(), QString(), from, to});
        return values ? std::optional(*values) : std::nullopt;
    };
}

// The periods sorted for the list, with a padlock beside the locked ones (the model cannot draw
// it: the icons belong to this layer).
class PeriodListProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ReportingPeriodTableModel::Locked &&
            index.data(ReportingPeriodTableModel::LockedRole).toBool())
            return QIcon(QStringLiteral(":/icons/lock.svg"));
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

ReportingPeriodsDialog::ReportingPeriodsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_proxy(new PeriodListProxy(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_new(button("event-add", QStringLiteral("newPeriodButton"), this))
    , m_edit(button("event-edit", QStringLiteral("editPeriodButton"), this))
    , m_delete(button("event-delete", QStringLiteral("deletePeriodButton"), this))
    , m_lock(button("lock", QStringLiteral("lockPeriodButton"), this))
    , m_unlock(button("unlock", QStringLiteral("unlockPeriodButton"), this))
{
    setObjectName(QStringLiteral("reportingPeriodsDialog"));
    const std::optional<Cluster> cluster = workspace->currentCluster();
    setWindowTitle(tr("Reporting periods – %1").arg(cluster ? cluster->name : QString()));

    auto *intro = new QLabel(
        tr("The periods the cluster reports on to its funder, each with a target for every KPI. "
           "Lock a period once its report has been sent: from then on LEC Desk refuses any change "
           "that would alter its KPIs, so the figures stay the ones reported."),
        this);
    intro->setObjectName(QStringLiteral("periodsIntro"));
    intro->setWordWrap(true);

    m_proxy->setSourceModel(workspace->periods());
    m_proxy->setSortRole(ReportingPeriodTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("periodsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportingPeriodTableModel::Start, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(ReportingPeriodTableModel::Name,
                                                      QHeaderView::Stretch);
    for (int column : {ReportingPeriodTableModel::Start, ReportingPeriodTableModel::End,
                       ReportingPeriodTableModel::Locked, ReportingPeriodTableModel::Targets})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *empty = new QLabel(tr("<b>No reporting periods yet</b><br>Add the periods the cluster "
                                "reports on, such as “Period 1” or “School year 2024/25”, with "
                                "New period…"),
                             this);
    empty->setObjectName(QStringLiteral("noPeriodsLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages->addWidget(m_table);
    m_pages->addWidget(empty);

    m_new->setText(tr("&New period…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_lock->setText(tr("&Lock…"));
    m_lock->setToolTip(tr("Mark the period as reported: its KPIs can no longer change"));
    m_unlock->setText(tr("&Unlock…"));
    m_unlock->setToolTip(tr("Allow corrections to a reported period again"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_delete})
        buttons->addWidget(button);
    buttons->addSpacing(16);
    buttons->addWidget(m_lock);
    buttons->addWidget(m_unlock);
    buttons->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_pages, 1);
    columns->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttonBox"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    // The window's undo history is out of reach while this dialog is open; offer it here.
    auto *history = new HistoryActions(workspace->undoGroup(), this);
    addActions({history->undo(), history->redo()});

    connect(m_new, &QPushButton::clicked, this, &ReportingPeriodsDialog::newPeriod);
    connect(m_edit, &QPushButton::clicked, this, &ReportingPeriodsDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ReportingPeriodsDialog::deleteSelected);
    connect(m_lock, &QPushButton::clicked, this, &ReportingPeriodsDialog::lockSelected);
    connect(m_unlock, &QPushButton::clicked, this, &ReportingPeriodsDialog::unlockSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ReportingPeriodsDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportingPeriodsDialog::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ReportingPeriodsDialog::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ReportingPeriodsDialog::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReportingPeriodsDialog::updateState);

    resize(720, 380);
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(m_proxy->rowCount() - 1); // the latest period is the one worked on
    updateState();
}

ReportingPeriodsDialog::~ReportingPeriodsDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

std::optional<ReportingPeriod> ReportingPeriodsDialog::selectedPeriod() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_workspace->periods()->period(
        rows.constFirst().data(ReportingPeriodTableModel::IdRole).toString());
}

void ReportingPeriodsDialog::selectPeriod(const QString &id)
{
    const int row = m_workspace->periods()->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_workspace->periods()->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void ReportingPeriodsDialog::updateState()
{
    const bool cluster = !m_workspace->currentClusterId().isEmpty();
    m_pages->setCurrentIndex(m_proxy->rowCount() > 0 ? 0 : 1);
    const std::optional<ReportingPeriod> period = selectedPeriod();
    const bool locked = period && period->locked;
    m_new->setEnabled(cluster);
    m_edit->setEnabled(period.has_value());
    // A locked period opens read-only: the button says so.
    m_edit->setText(locked ? tr("&View…") : tr("&Edit…"));
    m_delete->setEnabled(period && !locked);
    m_delete->setToolTip(locked ? tr("A locked period cannot be deleted; unlock it first.")
                                : QString());
    m_lock->setEnabled(period && !locked);
    m_unlock->setEnabled(locked);
}

bool ReportingPeriodsDialog::execute(std::unique_ptr<ReportingPeriodChangeCommand> command,
                                     const QString &failureTitle)
{
    QString error;
    if (!ReportingPeriodChangeCommand::execute(m_workspace->undoStack(), std::move(command),
                                               &error)) {
        Prompts::error()(this, failureTitle, error);
        return false;
    }
    return true;
}

ReportingPeriod ReportingPeriodsDialog::suggestedPeriod() const
{
    ReportingPeriod period;
    period.clusterId = m_workspace->currentClusterId();
    QDate latestEnd;
    for (const ReportingPeriod &other : m_workspace->periods()->periods()) {
        if (!latestEnd.isValid() || other.end > latestEnd)
            latestEnd = other.end;
    }
    const QDate today = Clock::today();
    period.start =
        latestEnd.isValid() ? latestEnd.addDays(1) : QDate(today.year(), today.month(), 1);
    period.end = period.start.addYears(1).addDays(-1);
    return period;
}

void ReportingPeriodsDialog::newPeriod()
{
    if (m_workspace->currentClusterId().isEmpty())
        return;
    ReportingPeriodEditorDialog dialog(suggestedPeriod(), m_workspace->periods()->periods(), true,
                                       actualsOf(m_workspace, m_workspace->currentClusterId()),
                                       this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportingPeriod added = dialog.period();
    added.assignMissingIds();
    if (execute(ReportingPeriodChangeCommand::add(m_workspace->periodStore(), added),
                tr("Period not saved")))
        selectPeriod(added.id);
}

void ReportingPeriodsDialog::editSelected()
{
    const std::optional<ReportingPeriod> before = selectedPeriod();
    if (!before)
        return;
    ReportingPeriodEditorDialog dialog(*before, m_workspace->periods()->periods(), false,
                                       actualsOf(m_workspace, before->clusterId), this);
    if (dialog.exec() != QDialog::Accepted || before->locked)
        return;
    const ReportingPeriod after = dialog.period();
    if (after == *before)
        return;
    execute(ReportingPeriodChangeCommand::edit(m_workspace->periodStore(), *before, after),
            tr("Period not saved"));
}

void ReportingPeriodsDialog::deleteSelected()
{
    const std::optional<ReportingPeriod> period = selectedPeriod();
    if (!period)
        return;
    if (!Prompts::confirm()(this, tr("Delete the reporting period?"),
                            tr("Delete “%1” and its targets? Events and partners stay as they "
                               "are. You can undo this with Ctrl+Z.")
                                .arg(period->name)))
        return;
    execute(ReportingPeriodChangeCommand::remove(m_workspace->periodStore(), {*period}),
            tr("Period not deleted"));
}

void ReportingPeriodsDialog::lockSelected()
{
    const std::optional<ReportingPeriod> period = selectedPeriod();
    if (!period || period->locked)
        return;
    if (!Prompts::confirm()(
            this, tr("Lock the reporting period?"),
            tr("Lock “%1” now that it has been reported?\n\nWhile it is locked, LEC Desk refuses "
               "every change that would alter its KPIs: its dates and targets, the events held "
               "in it and their participation figures, and the partners that were members during "
               "it. Everything else stays editable.\n\nYou can unlock it later if a correction is "
               "needed.")
                .arg(period->name)))
        return;
    execute(ReportingPeriodChangeCommand::setLocked(m_workspace->periodStore(), *period, true),
            tr("Period not locked"));
}

void ReportingPeriodsDialog::unlockSelected()
{
    const std::optional<ReportingPeriod> period = selectedPeriod();
    if (!period || !period->locked)
        return;
    if (!Prompts::confirm()(
            this, tr("Unlock the reporting period?"),
            tr("Unlock “%1”?\n\nIts dates and targets, and the events and partners that count "
               "towards its KPIs, can then change again, so its KPIs may no longer match what "
               "was reported. Lock it again once the correction is made.")
                .arg(period->name)))
        return;
    execute(ReportingPeriodChangeCommand::setLocked(m_workspace->periodStore(), *period, false),
            tr("Period not unlocked"));
}
