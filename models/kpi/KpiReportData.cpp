#include "models/kpi/KpiReportData.h"

#include "models/clusters/ClusterRepository.h"
#include "models/kpi/KpiCalculator.h"
#include "models/partners/PartnerRepository.h"
#include "models/storage/Transaction.h"

#include <QSet>

Result<KpiReportData> KpiReportData::collect(QSqlDatabase db, const KpiScope &scope)
{
    // One read transaction: the numbers, the lists and the names all come from one state of the
    // database (WAL gives it a snapshot), whatever is written meanwhile. Nothing is written, so
    // it is never committed.
    const Transaction snapshotOfTheDatabase(db);
    const KpiCalculator calculator(db);
    const Result<KpiSnapshot> snapshot = calculator.snapshot(scope);
    if (!snapshot)
        return ReadError{snapshot.error()};
    const Result<QList<Partner>> institutions = calculator.institutions(scope);
    if (!institutions)
        return ReadError{institutions.error()};
    const Result<QList<Event>> events = calculator.eventsHeld(scope);
    if (!events)
        return ReadError{events.error()};
    KpiReportData data;
    data.snapshot = *snapshot;
    data.institutions = *institutions;
    data.events = *events;
    // The lists come from other queries than the numbers; they must add up to them.
    if (data.institutions.size() != data.snapshot.values.institutions() ||
        data.events.size() != data.snapshot.values.eventsHeld())
        return ReadError{tr("The institutions and events behind the KPIs do not add up to them; "
                            "write the report again.")};

    const ClusterRepository clusters(db);
    QSet<QString> clusterIds;
    if (!scope.isAll())
        clusterIds.insert(scope.clusterId);
    for (const Event &event : std::as_const(data.events))
        clusterIds.insert(event.clusterId);
    for (const Partner &partner : std::as_const(data.institutions))
        clusterIds.insert(partner.clusterId);
    const PartnerRepository partners(db);
    for (const QString &id : std::as_const(clusterIds)) {
        const Result<QHash<QString, QString>> names = partners.namesById(id);
        if (!names)
            return ReadError{cannotReadMessage(names.error())};
        data.partnerNames.insert(*names);
        const Result<std::optional<Cluster>> cluster = clusters.find(id);
        if (!cluster)
            return ReadError{cannotReadMessage(cluster.error())};
        if (!*cluster)
            continue;
        data.clusterNames.insert(id, (*cluster)->name);
        if (id == scope.clusterId)
            data.cluster = *cluster;
    }
    return data;
}

QString KpiReportData::cannotReadMessage(const QString &reason)
{
    return tr("Cannot read the names in the report: %1").arg(reason);
}
