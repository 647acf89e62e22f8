#include "models/kpi/KpiJson.h"

#include "models/kpi/Kpi.h"

#include <QJsonValue>

QJsonObject KpiJson::toJson(const KpiSnapshot &snapshot)
{
    const KpiScope &scope = snapshot.scope;
    const KpiValues &values = snapshot.values;
    QJsonObject json{
        {QStringLiteral("scope"), scope.isAll() ? QStringLiteral("all") : scope.clusterName},
        {QStringLiteral("from"), scope.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
        {QStringLiteral("period"),
         scope.periodName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(scope.periodName)},
    };

    QJsonObject byType;
    for (PartnerType type : PartnerVocabulary::types())
        byType.insert(PartnerVocabulary::key(type), values.institutions(type));
    json.insert(QStringLiteral("institutions"),
                QJsonObject{{QStringLiteral("total"), values.institutions()},
                            {QStringLiteral("by_type"), byType}});

    for (Figure figure : EventVocabulary::figures())
        json.insert(EventVocabulary::key(figure), values.reached(figure));

    QJsonObject byKind;
    for (EventKind kind : EventVocabulary::kinds())
        byKind.insert(EventVocabulary::key(kind), values.eventsHeld(kind));
    json.insert(QStringLiteral("events_held"),
                QJsonObject{{QStringLiteral("total"), values.eventsHeld()},
                            {QStringLiteral("by_kind"), byKind}});

    // Besides each target, how many clusters set it and what they reached: the progress of a
    // roll-up compares the one with the other, never the actual of every cluster.
    QJsonObject targets;
    QJsonObject targetClusters;
    QJsonObject actualInTargetClusters;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        if (const std::optional<double> target = snapshot.target(kpi.key)) {
            targets.insert(kpi.key, *target);
            targetClusters.insert(kpi.key, snapshot.targetClusterCount(kpi.key));
            actualInTargetClusters.insert(kpi.key, snapshot.actualForTarget(kpi));
        }
    }
    json.insert(QStringLiteral("targets"), targets);
    json.insert(QStringLiteral("clusters"), snapshot.clusterCount);
    json.insert(QStringLiteral("target_clusters"), targetClusters);
    json.insert(QStringLiteral("actual_in_target_clusters"), actualInTargetClusters);
    return json;
}
