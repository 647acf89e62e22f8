#include "models/kpi/KpiReportData.h"

#include "models/clusters/ClusterRepository.h"
#include "models/kpi/KpiCalculator.h"
#include "models/partners/PartnerRepository.h"

#include <QSet>

Result<KpiReportData> KpiReportData::collect(QSqlDatabase db, const KpiScope &scope)
{
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
    // The lists are read by other queries than the numbers: a write between them must not give a
    // report whose lists do not add up to its KPIs.
    if (data.institutions.size() != data.snapshot.values.institutions() ||
        data.events.size() != data.snapshot.values.eventsHeld())
        return ReadError{tr("Cannot read the institutions and events behind the KPIs.")};

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
            return ReadError{names.error()};
        data.partnerNames.insert(*names);
        const Result<std::optional<Cluster>> cluster = clusters.find(id);
        if (!cluster)
            return ReadError{cluster.error()};
        if (!*cluster)
            continue;
        data.clusterNames.insert(id, (*cluster)->name);
        if (id == scope.clusterId)
            data.cluster = *cluster;
    }
    return data;
}
