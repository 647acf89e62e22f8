#include "models/periods/ReportingPeriodRepository.h"

#include "models/common/Ids.h"
#include "models/storage/AnnouncedWrite.h"
#include "models/storage/RecordRows.h"
#include "models/storage/SqlSupport.h"
#include "models/storage/SyncState.h"
#include "models/storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString periodColumns = QStringLiteral(
    "SELECT id, cluster_id, name, start_date, end_date, locked FROM reporting_periods");

ReportingPeriod periodFromQuery(const QSqlQuery &query)
{
    ReportingPeriod period;
    period.id = query.value(0).toString();
    period.clusterId = query.value(1).toString();
    period.name = query.value(2).toString();
    period.start = SqlSupport::dateFrom(query.value(3));
    period.end = SqlSupport::dateFrom(query.value(4));
    period.locked = query.value(5).toInt() != 0;
    return period;
}

} // namespace

ReportingPeriodRepository::ReportingPeriodRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ReportingPeriodRepository::fail(const QString &reason)
{
    m_errorMessage = tr("Cannot save the reporting period: %1").arg(reason);
    return false;
}

Result<QList<ReportingPeriod>> ReportingPeriodRepository::select(const QString &where,
                                                                 const QVariantList &values) const
{
    QList<ReportingPeriod> periods;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(periodColumns + QStringLiteral(" WHERE deleted = 0 AND ") + where +
                       QStringLiteral(" ORDER BY start_date, name, id")))
        return ReadError{query.lastError().text()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ReadError{query.lastError().text()};
    QHash<QString, qsizetype> indexById;
    while (query.next()) {
        periods.append(periodFromQuery(query));
        indexById.insert(periods.constLast().id, periods.size() - 1);
    }
    if (periods.isEmpty())
        return periods;

    QSqlQuery targets(m_db);
    targets.setForwardOnly(true);
    if (!targets.prepare(QStringLiteral("SELECT period_id, kpi, value FROM kpi_targets"
                                        " WHERE deleted = 0 AND period_id IN (SELECT id FROM"
                                        " reporting_periods WHERE deleted = 0 AND ") +
                         where + QStringLiteral(")")))
        return ReadError{targets.lastError().text()};
    for (const QVariant &value : values)
        targets.addBindValue(value);
    if (!targets.exec())
        return ReadError{targets.lastError().text()};
    while (targets.next()) {
        const auto it = indexById.constFind(targets.value(0).toString());
        if (it != indexById.cend())
            periods[*it].targets.insert(targets.value(1).toString(), targets.value(2).toDouble());
    }
    return periods;
}

Result<QList<ReportingPeriod>> ReportingPeriodRepository::forCluster(const QString &clusterId) const
{
    return select(QStringLiteral("cluster_id = ?"), {clusterId});
}

Result<std::optional<ReportingPeriod>> ReportingPeriodRepository::find(const QString &id) const
{
    return select(QStringLiteral("id = ?"), {id}).map([](const QList<ReportingPeriod> &found) {
        return found.isEmpty() ? std::optional<ReportingPeriod>()
                               : std::optional(found.constFirst());
    });
}

Result<QList<ReportingPeriod>> ReportingPeriodRepository::byIds(const QStringList &ids) const
{
    QList<ReportingPeriod> periods;
    QString error;
    const bool read = SqlSupport::forEachSlice(ids, [&](const QStringList &slice) {
        QVariantList values;
        for (const QString &id : slice)
            values.append(id);
        const Result<QList<ReportingPeriod>> found = select(
            QStringLiteral("id IN (") + SqlSupport::placeholders(slice.size()) + QLatin1Char(')'),
            values);
        if (!found) {
            error = found.error();
            return false;
        }
        periods += *found;
        return true;
    });
    if (!read)
        return ReadError{error};
    return periods;
}

Result<QList<ReportingPeriod>> ReportingPeriodRepository::named(const QString &name) const
{
    return select(QStringLiteral("name = ? COLLATE NOCASE"), {name.trimmed()});
}

Result<QList<ReportingPeriod>> ReportingPeriodRepository::locked() const
{
    return select(QStringLiteral("locked = 1"), {});
}

bool ReportingPeriodRepository::save(ReportingPeriod &period)
{
    QList<ReportingPeriod> one{period};
    if (!apply(one, {}))
        return false;
    period = one.constFirst();
    return true;
}

bool ReportingPeriodRepository::remove(const QStringList &ids)
{
    QList<ReportingPeriod> none;
    return apply(none, ids);
}

bool ReportingPeriodRepository::checkLock(const Result<std::optional<ReportingPeriod>> &stored,
                                          const std::optional<ReportingPeriod> &after)
{
    if (!stored)
        return fail(stored.error());
    const std::optional<ReportingPeriod> &before = *stored;
    if (!before || !before->locked)
        return true;
    if (after) {
        ReportingPeriod unlocked = *after;
        unlocked.locked = true;
        if (unlocked == *before)
            return true; // unlocking, or saving it unchanged
    }
    m_errorMessage = tr("The reporting period “%1” is locked because it has been reported. Unlock "
                        "it before changing its name, dates or targets, or deleting it.")
                         .arg(before->name);
    return false;
}

bool ReportingPeriodRepository::write(ReportingPeriod &period, const QString &now)
{
    period.assignMissingIds();
    period.name = period.name.trimmed();
    if (!checkLock(find(period.id), period))
        return false;

    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO reporting_periods (id, cluster_id, name, start_date, end_date, locked,"
            " created_at, updated_at, sync_state, deleted)"
            " VALUES (:id, :cluster, :name, :start, :end, :locked, :now, :now, :state, 0)"
            " ON CONFLICT (id) DO UPDATE SET cluster_id = excluded.cluster_id,"
            " name = excluded.name, start_date = excluded.start_date, end_date = excluded.end_date,"
            " locked = excluded.locked, updated_at = excluded.updated_at,"
            " sync_state = excluded.sync_state, deleted = 0")))
        return fail(query.lastError().text());
    query.bindValue(QStringLiteral(":id"), period.id);
    query.bindValue(QStringLiteral(":cluster"), period.clusterId);
    query.bindValue(QStringLiteral(":name"), period.name);
    query.bindValue(QStringLiteral(":start"), SqlSupport::dateValue(period.start));
    query.bindValue(QStringLiteral(":end"), SqlSupport::dateValue(period.end));
    query.bindValue(QStringLiteral(":locked"), period.locked ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":state"), SyncState::dirty());
    if (!query.exec())
        return fail(query.lastError().text());

    // Targets no longer listed become tombstones; listed ones are inserted, updated or revived.
    QString error;
    if (!SqlSupport::tombstoneUnlisted(m_db, QStringLiteral("kpi_targets"),
                                       QStringLiteral("period_id"), period.id,
                                       QStringLiteral("kpi"), period.targets.keys(), now, &error))
        return fail(error);
    QSqlQuery upsert(m_db);
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO kpi_targets (id, period_id, kpi, value, created_at, updated_at, "
            "sync_state,"
            " deleted) VALUES (:id, :period, :kpi, :value, :now, :now, :state, 0)"
            " ON CONFLICT (period_id, kpi) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at, sync_state = excluded.sync_state, deleted = 0"
            " WHERE value <> excluded.value OR deleted <> 0")))
        return fail(upsert.lastError().text());
    for (auto it = period.targets.cbegin(); it != period.targets.cend(); ++it) {
        upsert.bindValue(QStringLiteral(":id"), Ids::newId());
        upsert.bindValue(QStringLiteral(":period"), period.id);
        upsert.bindValue(QStringLiteral(":kpi"), it.key());
        upsert.bindValue(QStringLiteral(":value"), it.value());
        upsert.bindValue(QStringLiteral(":now"), now);
        upsert.bindValue(QStringLiteral(":state"), SyncState::dirty());
        if (!upsert.exec())
            return fail(upsert.lastError().text());
    }
    return true;
}

bool ReportingPeriodRepository::tombstone(const QString &id, const QString &now)
{
    if (!checkLock(find(id), std::nullopt))
        return false;
    QSqlQuery periodQuery(m_db);
    if (!periodQuery.prepare(QStringLiteral("UPDATE reporting_periods SET deleted = 1, updated_at "
                                            "= ?, sync_state = ? WHERE id = ?"))) {
        m_errorMessage =
            tr("Cannot delete the reporting period: %1").arg(periodQuery.lastError().text());
        return false;
    }
    QSqlQuery targetQuery(m_db);
    if (!targetQuery.prepare(
            QStringLiteral("UPDATE kpi_targets SET deleted = 1, updated_at = ?,"
                           " sync_state = ? WHERE period_id = ? AND deleted = 0"))) {
        m_errorMessage =
            tr("Cannot delete the reporting period: %1").arg(targetQuery.lastError().text());
        return false;
    }
    for (QSqlQuery *query : {&periodQuery, &targetQuery}) {
        query->addBindValue(now);
        query->addBindValue(SyncState::dirty());
        query->addBindValue(id);
        if (!query->exec()) {
            m_errorMessage =
                tr("Cannot delete the reporting period: %1").arg(query->lastError().text());
            return false;
        }
    }
    return true;
}

bool ReportingPeriodRepository::apply(QList<ReportingPeriod> &toSave, const QStringList &toRemove)
{
    // The locks of periods are checked record by record, in write() and tombstone().
    const QString now = SqlSupport::nowText();
    return AnnouncedWrite::apply(
        m_db, RecordKind::ReportingPeriod, QStringLiteral("reporting_periods"), toSave, toRemove,
        [](const QList<ReportingPeriod> &, const QStringList &) { return true; },
        [this, &now](ReportingPeriod &period) { return write(period, now); },
        [this, &now](const QString &id) { return tombstone(id, now); },
        [this](const QString &reason) { return fail(reason); });
}

bool ReportingPeriodRepository::apply(const QList<ReportingPeriodChange> &changes)
{
    auto [toSave, toRemove] = RecordRows::split(changes);
    return apply(toSave, toRemove);
}
