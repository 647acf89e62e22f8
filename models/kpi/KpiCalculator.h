#pragma once

#include "models/events/Event.h"
#include "models/kpi/Kpi.h"
#include "models/partners/Partner.h"
#include "models/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

// Computes the KPIs of ARCHITECTURE.md in SQL, for one cluster or all of them, and lists the rows
// behind each number with exactly the same conditions (the drill-down).
//
// Counting rules worth knowing: "all clusters" means every live cluster, the demo one included;
// a deleted partner no longer counts as an institution, but the figures of a held event count
// whoever organised it; a figure not recorded counts as 0.
class KpiCalculator
{
    Q_DECLARE_TR_FUNCTIONS(KpiCalculator)

public:
    explicit KpiCalculator(QSqlDatabase db);

    // Finds the scope a user names: a cluster by name (or every cluster when clusterName is
    // empty) and a reporting period by name, or else the dates from and to. For every cluster a
    // period name must mean the same dates in each cluster that has it. On failure (no such
    // cluster or period, or the database cannot be read) returns nullopt and errorMessage() says
    // why.
    std::optional<KpiScope> resolveScope(const QString &clusterName, const QString &periodName,
                                         QDate from, QDate to) const;

    Result<KpiValues> compute(const KpiScope &scope) const;
    // Every month the scope touches, in order, with the reach of the held events starting in it.
    Result<QList<MonthlyReach>> reachByMonth(const KpiScope &scope) const;
    // The targets of the scope's named period; for every cluster, the sum of the clusters'
    // targets for their period of that name. Empty for a free date range.
    Result<QMap<QString, double>> targets(const KpiScope &scope) const;
    // Values, targets and months together, read in one transaction. For every cluster, also how
    // many clusters there are and, for each target that only some of them set, what those
    // clusters reached (KpiSnapshot::partialTargets): progress compares like with like.
    Result<KpiSnapshot> snapshot(const KpiScope &scope) const;

    // The rows behind a number.
    Result<QList<Partner>> institutions(const KpiScope &scope,
                                        std::optional<PartnerType> type = std::nullopt) const;
    Result<QList<Event>> eventsHeld(const KpiScope &scope,
                                    std::optional<EventKind> kind = std::nullopt) const;

    // Why resolveScope() failed, and whether it was because the database could not be read
    // (rather than a cluster or period that does not exist).
    QString errorMessage() const { return m_errorMessage; }
    bool readFailed() const { return m_readFailed; }

private:
    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    // clusterIds, when not empty, narrows an every-cluster scope to those clusters.
    static Condition institutionCondition(const KpiScope &scope,
                                          const QStringList &clusterIds = {});
    static Condition heldEventCondition(const KpiScope &scope, const QStringList &clusterIds = {});
    static void appendClusters(Condition &condition, const KpiScope &scope,
                               const QStringList &clusterIds);
    // By KPI key, the target each cluster's period of the scope's name sets.
    Result<QMap<QString, QMap<QString, double>>> targetsByCluster(const KpiScope &scope) const;
    // Every month the scope touches, each with no reach yet.
    static QList<MonthlyReach> emptyMonths(const KpiScope &scope);
    // Adds the scope's KPIs (of the clusters of clusterIds alone, when given) to *values and the
    // reach of each month to *months (either may be null), in one pass over the held events. The
    // reason when a query failed, else empty.
    QString computeInto(const KpiScope &scope, KpiValues *values, QList<MonthlyReach> *months,
                        const QStringList &clusterIds = {}) const;
    void failRead(const QString &reason) const;
    static QString cannotListMessage(const QString &reason);
    // Narrows a drill-down to one type or kind key; knownKeys non-empty: the key is the
    // catch-all, which also holds every key not among knownKeys.
    static void restrictToKey(Condition &condition, const QString &column, const QString &key,
                              const QStringList &knownKeys);

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
    mutable bool m_readFailed = false;
};
