#include "models/clusters/ClusterRepository.h"

#include "models/common/Ids.h"
#include "models/storage/ChangeNotifier.h"
#include "models/storage/SqlSupport.h"
#include "models/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString selectColumns = QStringLiteral("SELECT id, name, region, country, coordinator, "
                                             "is_demo FROM clusters WHERE deleted = 0");

Cluster clusterFromQuery(const QSqlQuery &query)
{
    Cluster cluster;
    cluster.id = query.value(0).toString();
    cluster.name = query.value(1).toString();
    cluster.region = query.value(2).toString();
    cluster.country = query.value(3).toString();
    cluster.coordinator = query.value(4).toString();
    cluster.isDemo = query.value(5).toBool();
    return cluster;
}

} // namespace

ClusterRepository::ClusterRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Cluster>> ClusterRepository::all() const
{
    QList<Cluster> clusters;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY name COLLATE NOCASE")))
        return ReadError{query.lastError().text()};
    while (query.next())
        clusters.append(clusterFromQuery(query));
    return clusters;
}

Result<std::optional<Cluster>> ClusterRepository::selectOne(const QString &condition,
                                                            const QString &value) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(selectColumns + QStringLiteral(" AND ") + condition))
        return ReadError{query.lastError().text()};
    query.addBindValue(value);
    if (!query.exec())
        return ReadError{query.lastError().text()};
    if (!query.next())
        return std::optional<Cluster>();
    return std::optional(clusterFromQuery(query));
}

Result<std::optional<Cluster>> ClusterRepository::find(const QString &id) const
{
    return selectOne(QStringLiteral("id = ?"), id);
}

Result<std::optional<Cluster>> ClusterRepository::findByName(const QString &name) const
{
    return selectOne(QStringLiteral("name = ? COLLATE NOCASE"), name.trimmed());
}

Result<int> ClusterRepository::partnerCount(const QString &clusterId) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("SELECT count(*) FROM partners WHERE cluster_id = ? AND deleted = 0")))
        return ReadError{query.lastError().text()};
    query.addBindValue(clusterId);
    if (!query.exec() || !query.next())
        return ReadError{query.lastError().text()};
    return query.value(0).toInt();
}

bool ClusterRepository::add(Cluster &cluster)
{
    cluster.name = cluster.name.trimmed();
    if (cluster.name.isEmpty()) {
        m_errorMessage = tr("The cluster name is required.");
        return false;
    }
    const Result<std::optional<Cluster>> existing = findByName(cluster.name);
    if (!existing) {
        m_errorMessage = tr("Cannot save the cluster: %1").arg(existing.error());
        return false;
    }
    if (*existing) {
        m_errorMessage = tr("A cluster called “%1” already exists.").arg(cluster.name);
        return false;
    }
    if (cluster.id.isEmpty())
        cluster.id = Ids::newId();

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_errorMessage = tr("Cannot save the cluster: %1").arg(m_db.lastError().text());
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO clusters (id, name, region, country, coordinator, is_demo, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        m_errorMessage = tr("Cannot save the cluster: %1").arg(query.lastError().text());
        return false;
    }
    const QString now = SqlSupport::nowText();
    for (const QVariant &value : {QVariant(cluster.id), QVariant(cluster.name),
                                  QVariant(SqlSupport::text(cluster.region.trimmed())),
                                  QVariant(SqlSupport::text(cluster.country.trimmed())),
                                  QVariant(SqlSupport::text(cluster.coordinator.trimmed())),
                                  QVariant(cluster.isDemo ? 1 : 0), QVariant(now), QVariant(now)})
        query.addBindValue(value);
    if (!query.exec()) {
        m_errorMessage = tr("Cannot save the cluster: %1").arg(query.lastError().text());
        return false;
    }
    RecordChanges changes;
    changes.kind = RecordKind::Cluster;
    changes.clusterId = cluster.id;
    changes.inserted = {cluster.id};
    ChangeNotifier::of(m_db)->announce(changes);
    if (!transaction.commit()) {
        m_errorMessage = tr("Cannot save the cluster: %1").arg(m_db.lastError().text());
        return false;
    }
    return true;
}
