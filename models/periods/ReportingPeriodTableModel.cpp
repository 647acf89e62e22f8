#include "models/periods/ReportingPeriodTableModel.h"

#include "models/common/LocaleFormat.h"
#include "models/kpi/Kpi.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

ReportingPeriodTableModel::ReportingPeriodTableModel(QSqlDatabase db, QObject *parent)
    : RecordTableModel(RecordKind::ReportingPeriod, db, parent)
    , m_repository(std::move(db))
{
    // Only widgets receive LanguageChange; the model learns of it from the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

Result<QList<ReportingPeriod>>
ReportingPeriodTableModel::readCluster(const QString &clusterId) const
{
    return m_repository.forCluster(clusterId);
}

Result<QList<ReportingPeriod>> ReportingPeriodTableModel::readRecords(const QStringList &ids) const
{
    return m_repository.byIds(ids);
}

ReportingPeriodRow ReportingPeriodTableModel::makeRow(ReportingPeriod period) const
{
    return {std::move(period)};
}

QList<ReportingPeriod> ReportingPeriodTableModel::periods() const
{
    QList<ReportingPeriod> periods;
    periods.reserve(m_rows.size());
    for (const ReportingPeriodRow &row : m_rows)
        periods.append(row.record);
    return periods;
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
    const ReportingPeriod &period = m_rows.at(index.row()).record;
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
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    return QAbstractTableModel::eventFilter(watched, event);
}
