#include "models/kpi/KpiReportData.h"

#include "models/clusters/ClusterRepository.h"
#include "models/kpi/KpiCalculator.h"
#include "models/partners/PartnerRepository.h"

#include <QSet>

std::optional<KpiReportData> KpiReportData::collect(QSqlDatabase db, const KpiScope &scope,
                                                    QString *errorMessage)
{
    const KpiCalculator calculator(db);
    std::optional<KpiSnapshot> snapshot = calculator.snapshot(scope);
    if (!snapshot) {
        *errorMessage = calculator.errorMessage();
        return std::nullopt;
    }
    KpiReportData data;
    data.snapshot = std::move(*snapshot);
    data.institutions = calculator.institutions(scope);
    data.events = calculator.eventsHeld(scope);
    // The lists are read by other queries than the numbers: a failed one must not give a report
    // whose lists do not add up to its KPIs.
    if (data.institutions.size() != data.snapshot.values.institutions() ||
        data.events.size() != data.snapshot.values.eventsHeld()) {
        *errorMessage = tr("Cannot read the institutions and events behind the KPIs.");
        return std::nullopt;
    }

    const ClusterRepository clusters(db);
    if (!scope.isAll())
        data.cluster = clusters.find(scope.clusterId);
    QSet<QString> clusterIds;
    for (const Event &event : std::as_const(data.events))
        clusterIds.insert(event.clusterId);
    for (const Partner &partner : std::as_const(data.institutions))
        clusterIds.insert(partner.clusterId);
    const PartnerRepository partners(db);
    for (const QString &id : std::as_const(clusterIds)) {
        data.partnerNames.insert(partners.namesById(id));
        if (const std::optional<Cluster> cluster = clusters.find(id))
            data.clusterNames.insert(id, cluster->name);
    }
    return data;
}
