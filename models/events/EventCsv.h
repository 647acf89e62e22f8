#pragma once

#include "models/csv/CsvImport.h"
#include "models/events/Event.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class ClusterRepository;
class EventRepository;
class PartnerRepository;

struct EventImportRow : CsvImportRow
{
    Event event; // filled as far as the row allows; clusterId set when the cluster exists
    // event.kind and event.status are the file's, not defaults (the preview shows them)
    bool kindRead = false;
    bool statusRead = false;
};

// What an import would do, computed before anything is written.
struct EventImportPlan : CsvImportPlan<EventImportRow>
{
    QList<Event> validEvents() const { return validValues(&EventImportRow::event); }
};

// The event CSV format of INTERFACES.md, with extension columns (both titles and descriptions,
// online link, audience) so that an export imports again unchanged. Organising and participating
// partners are named, and found by name in the row's cluster.
class EventCsv
{
    Q_DECLARE_TR_FUNCTIONS(EventCsv)

public:
    using Dialect = CsvDialect;

    // target: the cluster of rows that name none (the --cluster option or the cluster open in the
    // window), or of every row when it overrides the file. Rows are checked against EventValidator,
    // the clusters and partners that exist, and the events already in the cluster or earlier in the
    // file (same title and start).
    static EventImportPlan plan(const CsvTable &table, const ClusterRepository &clusters,
                                const PartnerRepository &partners, const EventRepository &events,
                                const CsvTargetCluster &target);
    static EventImportPlan planFile(const QString &path, const ClusterRepository &clusters,
                                    const PartnerRepository &partners,
                                    const EventRepository &events, const CsvTargetCluster &target);

    // Sorted by start, then title. partnerNamesById names the organisers and participants; a
    // partner it does not know is left out.
    static QByteArray write(const QList<Event> &events,
                            const QHash<QString, QString> &partnerNamesById,
                            const QString &clusterName, Dialect dialect = Dialect::English);
};
