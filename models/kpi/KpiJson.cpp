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

    QJsonObject targets;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        if (const std::optional<double> target = snapshot.target(kpi.key))
            targets.insert(kpi.key, *target);
    }
    json.insert(QStringLiteral("targets"), targets);
    return json;
}
