#include "models/kpi/KpiCalculator.h"

#include "models/clusters/ClusterRepository.h"
#include "models/events/EventRepository.h"
#include "models/partners/PartnerRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/SqlSupport.h"
#include "models/storage/Transaction.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <numeric>

namespace {

const QString liveClusters =
    QStringLiteral("cluster_id IN (SELECT id FROM clusters WHERE deleted = 0)");

// The figure sums in the order of Figure; a figure not recorded (NULL) adds nothing.
const QString figureSums =
    QStringLiteral("TOTAL(pupils), TOTAL(teachers), TOTAL(parents), TOTAL(researchers),"
                   " TOTAL(teacher_trainees), TOTAL(others)");

} // namespace

KpiCalculator::KpiCalculator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void KpiCalculator::appendClusters(Condition &condition, const KpiScope &scope,
                                   const QStringList &clusterIds)
{
    if (!clusterIds.isEmpty()) {
        condition.sql +=
            QStringLiteral("cluster_id IN (") +
            QStringList(clusterIds.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
            QLatin1Char(')');
        for (const QString &id : clusterIds)
            condition.values.append(id);
    } else if (scope.isAll()) {
        condition.sql += liveClusters;
    } else {
        condition.sql += QStringLiteral("cluster_id = ?");
        condition.values.append(scope.clusterId);
    }
}

KpiCalculator::Condition KpiCalculator::institutionCondition(const KpiScope &scope,
                                                             const QStringList &clusterIds)
{
    // Membership overlaps the period: joined on or before its end, and not left before its
    // start. No joining date counts as a member from the start.
    Condition condition{QStringLiteral("(joined_on IS NULL OR joined_on <= ?)"
                                       " AND (left_on IS NULL OR left_on >= ?) AND "),
                        {SqlSupport::dateValue(scope.to), SqlSupport::dateValue(scope.from)}};
    appendClusters(condition, scope, clusterIds);
    return condition;
}

KpiCalculator::Condition KpiCalculator::heldEventCondition(const KpiScope &scope,
                                                           const QStringList &clusterIds)
{
    // Written to match the partial index events_held_kpi, which covers the KPI queries.
    Condition condition{QStringLiteral("status = 'held' AND start_date BETWEEN ? AND ? AND "),
                        {SqlSupport::dateValue(scope.from), SqlSupport::dateValue(scope.to)}};
    appendClusters(condition, scope, clusterIds);
    return condition;
}

void KpiCalculator::restrictToKey(Condition &condition, const QString &column, const QString &key,
                                  const QStringList &knownKeys)
{
    condition.sql += QStringLiteral(" AND (") + column + QStringLiteral(" = ?");
    condition.values.append(key);
    // compute() counts a key this version does not know (written by a newer one) under the
    // catch-all; its rows must be listed there too.
    if (!knownKeys.isEmpty()) {
        condition.sql += QStringLiteral(" OR ") + column + QStringLiteral(" NOT IN (") +
                         QStringList(knownKeys.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                         QLatin1Char(')');
        for (const QString &known : knownKeys)
            condition.values.append(known);
    }
    condition.sql += QLatin1Char(')');
}

std::optional<KpiScope> KpiCalculator::resolveScope(const QString &clusterName,
                                                    const QString &periodName, QDate from,
                                                    QDate to) const
{
    m_readFailed = false;
    KpiScope scope;
    if (!clusterName.isEmpty()) {
        const Result<std::optional<Cluster>> cluster =
            ClusterRepository(m_db).findByName(clusterName);
        if (!cluster) {
            failRead(cluster.error());
            return std::nullopt;
        }
        if (!*cluster) {
            m_errorMessage = tr("There is no cluster named \"%1\".").arg(clusterName);
            return std::nullopt;
        }
        scope.clusterId = (*cluster)->id;
        scope.clusterName = (*cluster)->name;
    }

    if (periodName.isEmpty()) {
        if (!from.isValid() || !to.isValid()) {
            m_errorMessage = tr("Give a reporting period, or the first and last day.");
            return std::nullopt;
        }
        if (to < from) {
            m_errorMessage = tr("The last day (%1) is before the first day (%2).")
                                 .arg(QLocale().toString(to, QLocale::ShortFormat),
                                      QLocale().toString(from, QLocale::ShortFormat));
            return std::nullopt;
        }
        scope.from = from;
        scope.to = to;
        return scope;
    }

    const Result<QList<ReportingPeriod>> named = ReportingPeriodRepository(m_db).named(periodName);
    if (!named) {
        failRead(named.error());
        return std::nullopt;
    }
    QList<ReportingPeriod> periods = *named;
    if (scope.isAll()) {
        // A deleted cluster's periods neither count nor disagree with the live ones.
        const Result<QList<Cluster>> clusters = ClusterRepository(m_db).all();
        if (!clusters) {
            failRead(clusters.error());
            return std::nullopt;
        }
        QSet<QString> live;
        for (const Cluster &cluster : *clusters)
            live.insert(cluster.id);
        periods.removeIf([&live](const ReportingPeriod &p) { return !live.contains(p.clusterId); });
    } else {
        periods.removeIf(
            [&scope](const ReportingPeriod &p) { return p.clusterId != scope.clusterId; });
    }
    if (periods.isEmpty()) {
        m_errorMessage = scope.isAll()
                             ? tr("No cluster has a reporting period named \"%1\".").arg(periodName)
                             : tr("The cluster \"%1\" has no reporting period named \"%2\".")
                                   .arg(scope.clusterName, periodName);
        return std::nullopt;
    }
    const ReportingPeriod &first = periods.constFirst();
    for (const ReportingPeriod &other : std::as_const(periods)) {
        if (other.start != first.start || other.end != first.end) {
            const QLocale locale;
            m_errorMessage =
                tr("The reporting period \"%1\" has different dates in different clusters (%2 to "
                   "%3, and %4 to %5). Give the first and last day instead.")
                    .arg(first.name, locale.toString(first.start, QLocale::ShortFormat),
                         locale.toString(first.end, QLocale::ShortFormat),
                         locale.toString(other.start, QLocale::ShortFormat),
                         locale.toString(other.end, QLocale::ShortFormat));
            return std::nullopt;
        }
    }
    scope.periodName = first.name;
    scope.from = first.start;
    scope.to = first.end;
    return scope;
}

QList<MonthlyReach> KpiCalculator::emptyMonths(const KpiScope &scope)
{
    QList<MonthlyReach> months;
    if (!scope.isValid())
        return months;
    for (QDate month(scope.from.year(), scope.from.month(), 1); month <= scope.to;
         month = month.addMonths(1))
        months.append({month, {}});
    return months;
}

QString KpiCalculator::computeInto(const KpiScope &scope, KpiValues *values,
                                   QList<MonthlyReach> *months, const QStringList &clusterIds) const
{
    QString error;
    const auto run = [&error](QSqlQuery &query, const QString &sql, const Condition &condition) {
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            error = tr("Cannot compute the KPIs: %1").arg(query.lastError().text());
            return false;
        }
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        if (!query.exec()) {
            error = tr("Cannot compute the KPIs: %1").arg(query.lastError().text());
            return false;
        }
        return true;
    };

    if (values) {
        const Condition members = institutionCondition(scope, clusterIds);
        QSqlQuery institutions(m_db);
        if (!run(institutions,
                 QStringLiteral("SELECT type, COUNT(*) FROM partners WHERE deleted = 0 AND ") +
                     members.sql + QStringLiteral(" GROUP BY type"),
                 members))
            return error;
        while (institutions.next()) {
            // A type this version does not know is counted as "other", never dropped.
            const PartnerType type =
                PartnerVocabulary::typeFromKey(institutions.value(0).toString())
                    .value_or(PartnerType::Other);
            values->institutionsByType[std::size_t(type)] += institutions.value(1).toLongLong();
        }
    }

    // One pass over the held events gives both the totals by kind and the months: the dashboard
    // and the report need both, and this is the costly query.
    const Condition held = heldEventCondition(scope, clusterIds);
    QSqlQuery events(m_db);
    if (!run(events,
             QStringLiteral("SELECT ") + (values ? QStringLiteral("kind") : QStringLiteral("''")) +
                 QStringLiteral(", ") +
                 (months ? QStringLiteral("substr(start_date, 1, 7)") : QStringLiteral("''")) +
                 QStringLiteral(", COUNT(*), ") + figureSums +
                 QStringLiteral(" FROM events WHERE deleted = 0 AND ") + held.sql +
                 QStringLiteral(" GROUP BY ") +
                 (!months   ? QStringLiteral("1")
                  : !values ? QStringLiteral("2")
                            : QStringLiteral("1, 2")),
             held))
        return error;
    const QDate first(scope.from.year(), scope.from.month(), 1);
    while (events.next()) {
        std::array<qint64, figureCount> reach{};
        for (int i = 0; i < figureCount; ++i)
            reach[std::size_t(i)] = qint64(events.value(3 + i).toDouble());
        if (values) {
            const EventKind kind =
                EventVocabulary::kindFromKey(events.value(0).toString()).value_or(EventKind::Event);
            values->eventsByKind[std::size_t(kind)] += events.value(2).toLongLong();
            for (std::size_t i = 0; i < reach.size(); ++i)
                values->reach[i] += reach[i];
        }
        if (months) {
            const QDate month =
                QDate::fromString(events.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
            const int index = (month.year() - first.year()) * 12 + month.month() - first.month();
            if (index < 0 || index >= months->size())
                continue;
            for (std::size_t i = 0; i < reach.size(); ++i)
                (*months)[index].reach[i] += reach[i];
        }
    }
    return {};
}

Result<KpiValues> KpiCalculator::compute(const KpiScope &scope) const
{
    KpiValues values;
    if (QString error = computeInto(scope, &values, nullptr); !error.isEmpty())
        return ReadError{error};
    return values;
}

Result<QList<MonthlyReach>> KpiCalculator::reachByMonth(const KpiScope &scope) const
{
    QList<MonthlyReach> months = emptyMonths(scope);
    if (months.isEmpty())
        return months;
    if (QString error = computeInto(scope, nullptr, &months); !error.isEmpty())
        return ReadError{error};
    return months;
}

Result<QMap<QString, QMap<QString, double>>>
KpiCalculator::targetsByCluster(const KpiScope &scope) const
{
    QMap<QString, QMap<QString, double>> targets;
    if (scope.periodName.isEmpty())
        return targets;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT t.kpi, p.cluster_id, t.value FROM kpi_targets t"
                       " JOIN reporting_periods p ON p.id = t.period_id"
                       " WHERE t.deleted = 0 AND p.deleted = 0 AND p.name = ? COLLATE NOCASE"
                       " AND p.start_date = ? AND p.end_date = ? AND p.");
    sql += scope.isAll() ? liveClusters : QStringLiteral("cluster_id = ?");
    if (!query.prepare(sql))
        return ReadError{tr("Cannot read the KPI targets: %1").arg(query.lastError().text())};
    query.addBindValue(scope.periodName);
    query.addBindValue(SqlSupport::dateValue(scope.from));
    query.addBindValue(SqlSupport::dateValue(scope.to));
    if (!scope.isAll())
        query.addBindValue(scope.clusterId);
    if (!query.exec())
        return ReadError{tr("Cannot read the KPI targets: %1").arg(query.lastError().text())};
    // A NULL value adds nothing, as TOTAL() would have it, but the cluster still sets the target.
    while (query.next())
        targets[query.value(0).toString()][query.value(1).toString()] += query.value(2).toDouble();
    return targets;
}

Result<QMap<QString, double>> KpiCalculator::targets(const KpiScope &scope) const
{
    const Result<QMap<QString, QMap<QString, double>>> byCluster = targetsByCluster(scope);
    if (!byCluster)
        return ReadError{byCluster.error()};
    QMap<QString, double> targets;
    for (auto it = byCluster->cbegin(); it != byCluster->cend(); ++it)
        targets.insert(it.key(), std::accumulate(it->cbegin(), it->cend(), 0.0));
    return targets;
}

Result<KpiSnapshot> KpiCalculator::snapshot(const KpiScope &scope) const
{
    // One read transaction: the values, the targets and the actuals of the clusters that set
    // them all come from one state of the database, whatever is written meanwhile. Nothing is
    // written, so it is never committed.
    const Transaction oneState(m_db);
    KpiSnapshot snapshot;
    snapshot.scope = scope;
    snapshot.months = emptyMonths(scope);
    if (QString error = computeInto(scope, &snapshot.values, &snapshot.months); !error.isEmpty())
        return ReadError{error};
    const Result<QMap<QString, QMap<QString, double>>> byCluster = targetsByCluster(scope);
    if (!byCluster)
        return ReadError{byCluster.error()};
    for (auto it = byCluster->cbegin(); it != byCluster->cend(); ++it)
        snapshot.targets.insert(it.key(), std::accumulate(it->cbegin(), it->cend(), 0.0));
    if (!scope.isAll())
        return snapshot;

    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM clusters WHERE deleted = 0")) ||
        !count.next())
        return ReadError{tr("Cannot compute the KPIs: %1").arg(count.lastError().text())};
    snapshot.clusterCount = count.value(0).toInt();

    // The KPIs whose target only some clusters set, grouped by those clusters: each group's
    // actual is computed once, over its clusters alone.
    QMap<QStringList, QStringList> keysByClusters;
    for (auto it = byCluster->cbegin(); it != byCluster->cend(); ++it) {
        if (it->size() < snapshot.clusterCount && KpiCatalogue::find(it.key()))
            keysByClusters[it->keys()].append(it.key());
    }
    for (auto it = keysByClusters.cbegin(); it != keysByClusters.cend(); ++it) {
        KpiValues covered;
        if (QString error = computeInto(scope, &covered, nullptr, it.key()); !error.isEmpty())
            return ReadError{error};
        for (const QString &key : it.value())
            snapshot.partialTargets.insert(
                key, {int(it.key().size()), KpiCatalogue::find(key)->value(covered)});
    }
    return snapshot;
}

QString KpiCalculator::cannotListMessage(const QString &reason)
{
    return tr("Cannot list the rows behind the KPIs: %1").arg(reason);
}

void KpiCalculator::failRead(const QString &reason) const
{
    m_errorMessage = tr("The database cannot be read: %1").arg(reason);
    m_readFailed = true;
}

Result<QList<Partner>> KpiCalculator::institutions(const KpiScope &scope,
                                                   std::optional<PartnerType> type) const
{
    Condition condition = institutionCondition(scope);
    if (type) {
        QStringList keys;
        for (PartnerType known : PartnerVocabulary::types())
            keys.append(PartnerVocabulary::key(known));
        restrictToKey(condition, QStringLiteral("type"), PartnerVocabulary::key(*type),
                      *type == PartnerType::Other ? keys : QStringList());
    }
    const Result<QList<Partner>> partners =
        PartnerRepository(m_db).matching(condition.sql, condition.values);
    if (!partners)
        return ReadError{cannotListMessage(partners.error())};
    return partners;
}

Result<QList<Event>> KpiCalculator::eventsHeld(const KpiScope &scope,
                                               std::optional<EventKind> kind) const
{
    Condition condition = heldEventCondition(scope);
    if (kind) {
        QStringList keys;
        for (EventKind known : EventVocabulary::kinds())
            keys.append(EventVocabulary::key(known));
        restrictToKey(condition, QStringLiteral("kind"), EventVocabulary::key(*kind),
                      *kind == EventKind::Event ? keys : QStringList());
    }
    const Result<QList<Event>> events =
        EventRepository(m_db).matching(condition.sql, condition.values);
    if (!events)
        return ReadError{cannotListMessage(events.error())};
    return events;
}
