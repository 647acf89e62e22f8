#pragma once

#include "models/events/Event.h"
#include "models/partners/Partner.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

#include <array>
#include <functional>
#include <optional>

inline constexpr int partnerTypeCount = int(PartnerType::Other) + 1;
inline constexpr int eventKindCount = int(EventKind::Training) + 1;

// What a KPI is computed over: one cluster or all of them (the project roll-up), and a period,
// named or any date range, both days included.
struct KpiScope
{
    QString clusterId;   // empty: every cluster
    QString clusterName; // for titles; empty for every cluster
    QString periodName;  // empty for a free date range
    QDate from;
    QDate to;

    bool isAll() const { return clusterId.isEmpty(); }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    friend bool operator==(const KpiScope &, const KpiScope &) = default;
};

// The figures of ARCHITECTURE.md, "KPI definitions", for one scope.
struct KpiValues
{
    std::array<qint64, partnerTypeCount> institutionsByType{};
    std::array<qint64, figureCount> reach{}; // summed figures of held events, by Figure
    std::array<qint64, eventKindCount> eventsByKind{};

    qint64 institutions() const;
    qint64 institutions(PartnerType type) const { return institutionsByType[std::size_t(type)]; }
    qint64 reached(Figure figure) const { return reach[std::size_t(figure)]; }
    qint64 eventsHeld() const;
    qint64 eventsHeld(EventKind kind) const { return eventsByKind[std::size_t(kind)]; }
    // Nothing counts: no member institution and no held event.
    bool isEmpty() const { return institutions() == 0 && eventsHeld() == 0; }

    friend bool operator==(const KpiValues &, const KpiValues &) = default;
};

// The reach of the held events that start in one month (not accumulated).
struct MonthlyReach
{
    QDate month; // the first day of the month
    std::array<qint64, figureCount> reach{};
};

// Where a KPI's rows come from, for the drill-down.
enum class KpiSource { Partners, Events };

// One headline KPI as the tiles, the report table, the table exports and the targets know it.
// Adding a KPI means adding one entry to KpiCatalogue::all() (and its value to KpiValues).
struct KpiDefinition
{
    QString key; // the target key and the key of the KPI JSON: "institutions", "pupils", ...
    const char *labelSource;
    KpiSource source;
    std::function<qint64(const KpiValues &)> value;

    QString label() const; // translated
};

class KpiCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(KpiCatalogue)

public:
    // In the order of the tiles and the report table.
    static const QList<KpiDefinition> &all();
    static const KpiDefinition *find(const QString &key);
    static QStringList keys();

    // How a scope is named on charts, reports and exports, in the current language:
    // "Trieste LEC" or "All clusters"; "Period 2 (1 Jan 2021 – 30 Sep 2022)" or the dates alone.
    static QString scopeName(const KpiScope &scope);
    static QString periodText(const KpiScope &scope);
};

// Progress against a target: actual ÷ target; nullopt without a target (or a target of 0).
std::optional<double> kpiProgress(qint64 actual, std::optional<double> target);

// A roll-up's target that only some of its clusters set: how many set it, and what those
// clusters reached together (the actual that progress compares with the target).
struct KpiTargetCoverage
{
    int clusters = 0;
    qint64 actual = 0;

    friend bool operator==(const KpiTargetCoverage &, const KpiTargetCoverage &) = default;
};

// Everything one dashboard, report or export shows for a scope.
//
// Targets compare like with like. With every cluster, a KPI's target is the sum of the targets of
// the clusters whose period sets it, and its progress is the actual of those clusters alone
// divided by that sum: a cluster without the period, or without that target, adds to the actual
// but not to the target, so it must not add to the progress either.
struct KpiSnapshot
{
    KpiScope scope;
    KpiValues values;
    QMap<QString, double> targets; // by KPI key, summed over the clusters that set them
    QList<MonthlyReach> months;    // every month of the scope, in order, empty months included
    // How many clusters the values sum over: 1 for one cluster, every live cluster for the roll-up.
    int clusterCount = 1;
    // By KPI key, the targets that only some of those clusters set. A target every cluster sets
    // has no entry.
    QMap<QString, KpiTargetCoverage> partialTargets;

    std::optional<double> target(const QString &key) const;
    // How many clusters set the target: 0 without one.
    int targetClusterCount(const QString &key) const;
    // The target is set by some of the clusters but not all.
    bool isPartialTarget(const QString &key) const { return partialTargets.contains(key); }
    // The actual that progress compares with the target: that of the clusters that set it.
    qint64 actualForTarget(const KpiDefinition &kpi) const;
    // actualForTarget() ÷ target; nullopt without a target (or a target of 0).
    std::optional<double> progress(const KpiDefinition &kpi) const;
    // For a target only some clusters set, the sentence that says so, with the numbers progress
    // compares ("Target set by 1 of 3 clusters; …"); empty otherwise. In the current language.
    QString targetNote(const KpiDefinition &kpi, const QLocale &locale = QLocale()) const;
};
