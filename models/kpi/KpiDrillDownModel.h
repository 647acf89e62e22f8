#pragma once

#include "models/events/Event.h"
#include "models/kpi/Kpi.h"
#include "models/partners/Partner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

class KpiCalculator;

// Which rows a drill-down lists: the ones behind one tile or one bar of the dashboard.
struct KpiDrillDown
{
    KpiScope scope;
    KpiSource source = KpiSource::Events;
    QString kpiKey;                  // the KPI of a tile; empty for a bar
    std::optional<PartnerType> type; // one bar of "institutions by type"
    std::optional<EventKind> kind;   // one bar of "events by kind"

    static KpiDrillDown forKpi(const KpiDefinition &kpi, const KpiScope &scope);
    static KpiDrillDown forType(PartnerType type, const KpiScope &scope);
    static KpiDrillDown forKind(EventKind kind, const KpiScope &scope);

    // The figure a reach KPI sums, when it is one.
    std::optional<Figure> figure() const;
};

// The partners or the held events behind a KPI, as a sortable table. Events end with a total row
// whose figures are the KPI values; sorting keeps it last.
class KpiDrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum PartnerColumn { Name, Type, City, JoinedOn, LeftOn, PartnerCluster, PartnerColumnCount };
    enum EventColumn {
        Start,
        Title,
        Kind,
        EventCluster,
        Organisers,
        FirstFigure, // the six figures, in the order of Figure
        EventColumnCount = FirstFigure + figureCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: QDate, QDateTime, qint64, QString
        IdRole,
        ClusterIdRole,
        TotalRowRole, // true on the total row
    };

    explicit KpiDrillDownModel(QObject *parent = nullptr);

    // Lists the rows of the drill-down with exactly the KPI's rule. clusterNames and
    // partnerNames (organisers) are by id; an unknown id shows no name. When the rows cannot be
    // read, the rows shown stay and the reason is returned; empty when they were read.
    QString load(const KpiCalculator &calculator, const KpiDrillDown &drillDown,
                 const QHash<QString, QString> &clusterNames,
                 const QHash<QString, QString> &partnerNames);
    // No rows, under the title and rule of drillDown: a list that cannot be read.
    void clear(const KpiDrillDown &drillDown);
    void setPartners(const QList<Partner> &partners, const QHash<QString, QString> &clusterNames);
    void setEvents(const QList<Event> &events, const QHash<QString, QString> &clusterNames,
                   const QHash<QString, QString> &partnerNames);

    KpiSource source() const { return m_source; }
    const KpiDrillDown &drillDown() const { return m_drillDown; }
    // The partners or events listed, without the total row.
    int recordCount() const;
    qint64 total(Figure figure) const { return m_totals[std::size_t(figure)]; }
    int clusterColumn() const
    {
        return m_source == KpiSource::Partners ? int(PartnerCluster) : int(EventCluster);
    }
    static int figureColumn(Figure figure) { return FirstFigure + int(figure); }

    // What the list holds and the rule that chose its rows, in words:
    // "Pupils reached — Trieste LEC, Period 2 (…)" and
    // "Held events starting between 1 October 2021 and 30 September 2022."
    static QString title(const KpiDrillDown &drillDown);
    static QString rule(const KpiDrillDown &drillDown);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant partnerValue(const Partner &partner, int column, int role) const;
    QVariant eventValue(const Event &event, int column, int role) const;
    QVariant totalValue(int column, int role) const;
    QString partnerNames(const QStringList &ids) const;

    KpiDrillDown m_drillDown;
    KpiSource m_source = KpiSource::Events;
    QList<Partner> m_partners;
    QList<Event> m_events;
    QHash<QString, QString> m_clusterNames;
    QHash<QString, QString> m_partnerNames;
    std::array<qint64, figureCount> m_totals{};
    bool m_read = true; // false after clear(): no total row of a list that was not read
};
