#include "models/periods/ReportingPeriodTableModel.h"

#include "models/common/LocaleFormat.h"
#include "models/kpi/Kpi.h"
#include "models/storage/RecordRows.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

ReportingPeriodTableModel::ReportingPeriodTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db))
{
    // Only widgets receive LanguageChange; the model learns of it from the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void ReportingPeriodTableModel::setClusterId(const QString &clusterId)
{
    m_clusterId = clusterId;
    reload();
}

void ReportingPeriodTableModel::reload()
{
    beginResetModel();
    m_periods =
        m_clusterId.isEmpty() ? QList<ReportingPeriod>() : m_repository.forCluster(m_clusterId);
    endResetModel();
}

int ReportingPeriodTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_periods.size(); ++row) {
        if (m_periods.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<ReportingPeriod> ReportingPeriodTableModel::period(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_periods.at(row);
}

bool ReportingPeriodTableModel::apply(const QList<ReportingPeriodChange> &changes)
{
    auto [toSave, toRemove] = RecordRows::split(changes);
    if (!m_repository.apply(toSave, toRemove)) {
        m_errorMessage = m_repository.errorMessage();
        Q_EMIT errorOccurred(m_errorMessage);
        return false;
    }

    // The database now holds the changes; mirror them row by row.
    QList<ReportingPeriod> appended;
    for (const ReportingPeriod &saved : std::as_const(toSave)) {
        if (saved.clusterId != m_clusterId)
            continue;
        const int row = rowOf(saved.id);
        if (row < 0) {
            appended.append(saved);
            continue;
        }
        m_periods[row] = saved;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!appended.isEmpty()) {
        const int first = int(m_periods.size());
        beginInsertRows({}, first, first + int(appended.size()) - 1);
        m_periods.append(appended);
        endInsertRows();
    }

    QList<int> rows;
    for (const QString &id : std::as_const(toRemove)) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    for (const auto &[first, last] : RecordRows::runsFromBottom(rows)) {
        beginRemoveRows({}, first, last);
        m_periods.remove(first, last - first + 1);
        endRemoveRows();
    }
    return true;
}

int ReportingPeriodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int ReportingPeriodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportingPeriodTableModel::targetLines(const ReportingPeriod &period)
{
    const QLocale locale;
    QStringList lines;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        const auto it = period.targets.constFind(kpi.key);
        if (it != period.targets.cend())
            lines.append(tr("%1: %2").arg(
                kpi.label(), locale.toString(*it, 'f', QLocale::FloatingPointShortest)));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ReportingPeriodTableModel::displayValue(const ReportingPeriod &period, int column) const
{
    switch (column) {
    case Name:
        return period.name;
    case Start:
        return LocaleFormat::shortDate(period.start);
    case End:
        return LocaleFormat::shortDate(period.end);
    case Locked:
        return period.locked ? tr("Locked") : QString();
    case Targets:
        return period.targets.isEmpty()
                   ? tr("None")
                   : tr("%1 of %2")
                         .arg(QLocale().toString(qsizetype(period.targets.size())),
                              QLocale().toString(qsizetype(KpiCatalogue::all().size())));
    }
    return {};
}

QVariant ReportingPeriodTableModel::sortValue(const ReportingPeriod &period, int column) const
{
    switch (column) {
    case Start:
        return period.start;
    case End:
        return period.end;
    case Locked:
        return period.locked;
    case Targets:
        return int(period.targets.size());
    default:
        return displayValue(period, column);
    }
}

QVariant ReportingPeriodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportingPeriod &period = m_periods.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(period, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Targets && !period.targets.isEmpty())
            return targetLines(period);
        if (index.column() == Locked && period.locked)
            return tr("Reported: edits that would change this period's KPIs are refused until it "
                      "is unlocked.");
        return {};
    case SortRole:
        return sortValue(period, index.column());
    case IdRole:
        return period.id;
    case LockedRole:
        return period.locked;
    }
    return {};
}

QString ReportingPeriodTableModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Locked:
        return tr("Locked");
    case Targets:
        return tr("Targets");
    }
    return {};
}

QVariant ReportingPeriodTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section == Targets)
        return tr("How many of the KPIs have a target for the period");
    return {};
}

bool ReportingPeriodTableModel::eventFilter(QObject *watched, QEvent *event)
{
    // Dates and labels are translated when read; the views only need to ask again.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        if (!m_periods.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    return QAbstractTableModel::eventFilter(watched, event);
}
