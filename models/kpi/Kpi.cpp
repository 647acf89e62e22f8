#include "models/kpi/Kpi.h"

#include <QLocale>

#include <numeric>

qint64 KpiValues::institutions() const
{
    return std::accumulate(institutionsByType.cbegin(), institutionsByType.cend(), qint64(0));
}

qint64 KpiValues::eventsHeld() const
{
    return std::accumulate(eventsByKind.cbegin(), eventsByKind.cend(), qint64(0));
}

QString KpiDefinition::label() const
{
    return KpiCatalogue::tr(labelSource);
}

const QList<KpiDefinition> &KpiCatalogue::all()
{
    static const QList<KpiDefinition> catalogue = [] {
        QList<KpiDefinition> list = {
            {QStringLiteral("institutions"), QT_TR_NOOP("Institutions involved"),
             KpiSource::Partners, [](const KpiValues &v) { return v.institutions(); }},
        };
        // The reach KPIs carry the JSON keys of the figures.
        static const char *const figureLabels[figureCount] = {
            QT_TR_NOOP("Pupils reached"),
            QT_TR_NOOP("Teachers reached"),
            QT_TR_NOOP("Parents reached"),
            QT_TR_NOOP("Researchers reached"),
            QT_TR_NOOP("Teacher-training students reached"),
            QT_TR_NOOP("Others reached"),
        };
        for (Figure figure : EventVocabulary::figures()) {
            list.append({EventVocabulary::key(figure), figureLabels[int(figure)], KpiSource::Events,
                         [figure](const KpiValues &v) { return v.reached(figure); }});
        }
        list.append({QStringLiteral("events_held"), QT_TR_NOOP("Events held"), KpiSource::Events,
                     [](const KpiValues &v) { return v.eventsHeld(); }});
        return list;
    }();
    return catalogue;
}

const KpiDefinition *KpiCatalogue::find(const QString &key)
{
    for (const KpiDefinition &kpi : all()) {
        if (kpi.key == key)
            return &kpi;
    }
    return nullptr;
}

QStringList KpiCatalogue::keys()
{
    QStringList keys;
    for (const KpiDefinition &kpi : all())
        keys.append(kpi.key);
    return keys;
}

QString KpiCatalogue::scopeName(const KpiScope &scope)
{
    return scope.isAll() ? tr("All clusters") : scope.clusterName;
}

QString KpiCatalogue::periodText(const KpiScope &scope)
{
    const QLocale locale;
    // Day, month name and year in the language of the locale, without the weekday.
    const QString format = QStringLiteral("d MMMM yyyy");
    const QString dates =
        tr("%1 – %2").arg(locale.toString(scope.from, format), locale.toString(scope.to, format));
    if (scope.periodName.isEmpty())
        return dates;
    return tr("%1 (%2)").arg(scope.periodName, dates);
}

std::optional<double> kpiProgress(qint64 actual, std::optional<double> target)
{
    if (!target || *target <= 0)
        return std::nullopt;
    return double(actual) / *target;
}

std::optional<double> KpiSnapshot::target(const QString &key) const
{
    const auto it = targets.constFind(key);
    return it == targets.cend() ? std::nullopt : std::optional<double>(*it);
}

int KpiSnapshot::targetClusterCount(const QString &key) const
{
    if (!targets.contains(key))
        return 0;
    const auto it = partialTargets.constFind(key);
    return it == partialTargets.cend() ? clusterCount : it->clusters;
}

qint64 KpiSnapshot::actualForTarget(const KpiDefinition &kpi) const
{
    const auto it = partialTargets.constFind(kpi.key);
    return it == partialTargets.cend() ? kpi.value(values) : it->actual;
}

std::optional<double> KpiSnapshot::progress(const KpiDefinition &kpi) const
{
    return kpiProgress(actualForTarget(kpi), target(kpi.key));
}

QString KpiSnapshot::targetNote(const KpiDefinition &kpi, const QLocale &locale) const
{
    const std::optional<double> goal = target(kpi.key);
    if (!goal || !isPartialTarget(kpi.key))
        return {};
    return KpiCatalogue::tr("Target set by %n of %1 clusters; progress counts those clusters "
                            "only: %2 of the target of %3.",
                            nullptr, targetClusterCount(kpi.key))
        .arg(locale.toString(clusterCount), locale.toString(actualForTarget(kpi)),
             locale.toString(*goal, 'f', QLocale::FloatingPointShortest));
}
