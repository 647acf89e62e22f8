#include "models/kpi/KpiDrillDownModel.h"

#include "models/common/LocaleFormat.h"
#include "models/events/EventTableModel.h"
#include "models/kpi/KpiCalculator.h"

#include <QCollator>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace {

QString longDate(QDate date)
{
    // As KpiCatalogue::periodText writes the dates of a scope.
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

KpiDrillDown KpiDrillDown::forKpi(const KpiDefinition &kpi, const KpiScope &scope)
{
    KpiDrillDown drillDown;
    drillDown.scope = scope;
    drillDown.source = kpi.source;
    drillDown.kpiKey = kpi.key;
    return drillDown;
}

KpiDrillDown KpiDrillDown::forType(PartnerType type, const KpiScope &scope)
{
    KpiDrillDown drillDown;
    drillDown.scope = scope;
    drillDown.source = KpiSource::Partners;
    drillDown.type = type;
    return drillDown;
}

KpiDrillDown KpiDrillDown::forKind(EventKind kind, const KpiScope &scope)
{
    KpiDrillDown drillDown;
    drillDown.scope = scope;
    drillDown.source = KpiSource::Events;
    drillDown.kind = kind;
    return drillDown;
}

std::optional<Figure> KpiDrillDown::figure() const
{
    return kpiKey.isEmpty() ? std::nullopt : EventVocabulary::figureFromKey(kpiKey);
}

KpiDrillDownModel::KpiDrillDownModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString KpiDrillDownModel::load(const KpiCalculator &calculator, const KpiDrillDown &drillDown,
                                const QHash<QString, QString> &clusterNames,
                                const QHash<QString, QString> &partnerNames)
{
    // The calculator's own drill-down queries: the same conditions as the numbers.
    if (drillDown.source == KpiSource::Partners) {
        const Result<QList<Partner>> partners =
            calculator.institutions(drillDown.scope, drillDown.type);
        if (!partners)
            return partners.error();
        m_drillDown = drillDown;
        setPartners(*partners, clusterNames);
    } else {
        const Result<QList<Event>> events = calculator.eventsHeld(drillDown.scope, drillDown.kind);
        if (!events)
            return events.error();
        m_drillDown = drillDown;
        setEvents(*events, clusterNames, partnerNames);
    }
    return {};
}

void KpiDrillDownModel::clear(const KpiDrillDown &drillDown)
{
    beginResetModel();
    m_drillDown = drillDown;
    m_source = drillDown.source;
    m_partners.clear();
    m_events.clear();
    m_totals = {};
    m_read = false;
    endResetModel();
}

void KpiDrillDownModel::setPartners(const QList<Partner> &partners,
                                    const QHash<QString, QString> &clusterNames)
{
    beginResetModel();
    m_read = true;
    m_source = KpiSource::Partners;
    m_partners = partners;
    m_events.clear();
    m_clusterNames = clusterNames;
    m_partnerNames.clear();
    m_totals = {};
    endResetModel();
}

void KpiDrillDownModel::setEvents(const QList<Event> &events,
                                  const QHash<QString, QString> &clusterNames,
                                  const QHash<QString, QString> &partnerNames)
{
    beginResetModel();
    m_read = true;
    m_source = KpiSource::Events;
    m_events = events;
    m_partners.clear();
    m_clusterNames = clusterNames;
    m_partnerNames = partnerNames;
    m_totals = {};
    for (const Event &event : events) {
        for (Figure figure : EventVocabulary::figures())
            m_totals[std::size_t(figure)] += event.figure(figure).value_or(0);
    }
    endResetModel();
}

int KpiDrillDownModel::recordCount() const
{
    return int(m_source == KpiSource::Partners ? m_partners.size() : m_events.size());
}

QString KpiDrillDownModel::title(const KpiDrillDown &drillDown)
{
    QString what;
    if (drillDown.type) {
        what = tr("Institutions involved: %1").arg(PartnerVocabulary::label(*drillDown.type));
    } else if (drillDown.kind) {
        what = tr("Events held: %1").arg(EventVocabulary::label(*drillDown.kind));
    } else if (const KpiDefinition *kpi = KpiCatalogue::find(drillDown.kpiKey)) {
        what = kpi->label();
    }
    return tr("%1 — %2, %3")
        .arg(what, KpiCatalogue::scopeName(drillDown.scope),
             KpiCatalogue::periodText(drillDown.scope));
}

QString KpiDrillDownModel::rule(const KpiDrillDown &drillDown)
{
    const QString from = longDate(drillDown.scope.from);
    const QString to = longDate(drillDown.scope.to);
    if (drillDown.source == KpiSource::Partners) {
        if (drillDown.type) {
            return tr("Partners of type “%1” that joined on or before %2 and had not left before "
                      "%3.")
                .arg(PartnerVocabulary::label(*drillDown.type), to, from);
        }
        return tr("Partners that joined on or before %1 and had not left before %2.").arg(to, from);
    }
    if (drillDown.kind) {
        return tr("Held events of kind “%1” starting between %2 and %3.")
            .arg(EventVocabulary::label(*drillDown.kind), from, to);
    }
    return tr("Held events starting between %1 and %2.").arg(from, to);
}

int KpiDrillDownModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // The events end with their total row, even when there is none to add up.
    return recordCount() + (m_source == KpiSource::Events && m_read ? 1 : 0);
}

int KpiDrillDownModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_source == KpiSource::Partners ? int(PartnerColumnCount) : int(EventColumnCount);
}

QVariant KpiDrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (m_source == KpiSource::Partners)
        return partnerValue(m_partners.at(index.row()), index.column(), role);
    if (index.row() == m_events.size())
        return totalValue(index.column(), role);
    return eventValue(m_events.at(index.row()), index.column(), role);
}

QVariant KpiDrillDownModel::partnerValue(const Partner &partner, int column, int role) const
{
    switch (role) {
    case IdRole:
        return partner.id;
    case ClusterIdRole:
        return partner.clusterId;
    case TotalRowRole:
        return false;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (PartnerColumn(column)) {
    case Name:
        return partner.name;
    case Type:
        return PartnerVocabulary::label(partner.type);
    case City:
        return partner.city;
    case JoinedOn:
        return sorting ? QVariant(partner.joinedOn)
                       : QVariant(LocaleFormat::shortDate(partner.joinedOn));
    case LeftOn:
        return sorting ? QVariant(partner.leftOn)
                       : QVariant(LocaleFormat::shortDate(partner.leftOn));
    case PartnerCluster:
        return m_clusterNames.value(partner.clusterId);
    case PartnerColumnCount:
        break;
    }
    return {};
}

QVariant KpiDrillDownModel::eventValue(const Event &event, int column, int role) const
{
    const std::optional<Figure> figure =
        column >= FirstFigure ? std::optional<Figure>(Figure(column - FirstFigure)) : std::nullopt;
    switch (role) {
    case IdRole:
        return event.id;
    case ClusterIdRole:
        return event.clusterId;
    case TotalRowRole:
        return false;
    case Qt::TextAlignmentRole:
        return figure ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (column == Start)
            return event.startDateTime();
        if (figure) // a figure not recorded sorts below a recorded 0
            return qint64(event.figure(*figure).value_or(-1));
        break;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (figure) {
            const std::optional<int> value = event.figure(*figure);
            return value ? QLocale().toString(*value) : QString();
        }
        break;
    default:
        return {};
    }
    switch (EventColumn(column)) {
    case Start:
        return EventTableModel::dateTimeText(event.startDate, event.startTime);
    case Title:
        return event.displayTitle();
    case Kind:
        return EventVocabulary::label(event.kind);
    case EventCluster:
        return m_clusterNames.value(event.clusterId);
    case Organisers:
        return partnerNames(event.organiserIds);
    default:
        break;
    }
    return {};
}

QVariant KpiDrillDownModel::totalValue(int column, int role) const
{
    switch (role) {
    case TotalRowRole:
        return true;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return column >= FirstFigure ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        if (column == Title)
            return tr("Total of %n event(s)", nullptr, int(m_events.size()));
        if (column >= FirstFigure)
            return QLocale().toString(m_totals[std::size_t(column - FirstFigure)]);
        return {};
    default:
        return {};
    }
}

QString KpiDrillDownModel::partnerNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const QString name = m_partnerNames.value(id);
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QVariant KpiDrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    if (m_source == KpiSource::Partners) {
        switch (PartnerColumn(section)) {
        case Name:
            return tr("Name");
        case Type:
            return tr("Type");
        case City:
            return tr("City");
        case JoinedOn:
            return tr("Joined on");
        case LeftOn:
            return tr("Left on");
        case PartnerCluster:
            return tr("Cluster");
        case PartnerColumnCount:
            break;
        }
        return {};
    }
    if (section >= FirstFigure)
        return EventVocabulary::label(Figure(section - FirstFigure));
    switch (EventColumn(section)) {
    case Start:
        return tr("Start");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case EventCluster:
        return tr("Cluster");
    case Organisers:
        return tr("Organisers");
    default:
        break;
    }
    return {};
}

void KpiDrillDownModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int count = recordCount();
    QList<QVariant> keys;
    keys.reserve(count);
    for (int row = 0; row < count; ++row)
        keys.append(data(index(row, column), SortRole));
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto less = [&keys, &collator](int a, int b) {
        const QVariant &left = keys.at(a);
        const QVariant &right = keys.at(b);
        if (left.typeId() == QMetaType::QString && right.typeId() == QMetaType::QString)
            return collator.compare(left.toString(), right.toString()) < 0;
        return QVariant::compare(left, right) == QPartialOrdering::Less;
    };
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&less, order](int a, int b) {
        return order == Qt::AscendingOrder ? less(a, b) : less(b, a);
    });

    QList<int> newRowOf(count);
    for (int position = 0; position < count; ++position)
        newRowOf[rows.at(position)] = position;
    const auto permute = [&rows](auto &list) {
        std::remove_reference_t<decltype(list)> sorted;
        sorted.reserve(list.size());
        for (int row : std::as_const(rows))
            sorted.append(list.at(row));
        list = std::move(sorted);
    };
    if (m_source == KpiSource::Partners)
        permute(m_partners);
    else
        permute(m_events);
    // The total row stays where it is: last.
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &old : before) {
        const int row = old.row() < count ? newRowOf.at(old.row()) : old.row();
        after.append(index(row, old.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
