#pragma once

#include "models/clusters/Cluster.h"
#include "models/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Clusters held in the local database. A new cluster is announced through the connection's
// ChangeNotifier (RecordKind::Cluster); reads say when they fail.
class ClusterRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRepository)

public:
    explicit ClusterRepository(QSqlDatabase db);

    Result<QList<Cluster>> all() const; // sorted by name
    Result<std::optional<Cluster>> find(const QString &id) const;
    Result<std::optional<Cluster>> findByName(const QString &name) const; // case-insensitive
    // The live partners of the cluster.
    Result<int> partnerCount(const QString &clusterId) const;

    // Inserts a new cluster; fills cluster.id when empty. Refuses an empty or taken name.
    bool add(Cluster &cluster);

    QString errorMessage() const { return m_errorMessage; }

private:
    // The live cluster that satisfies condition with one bound value.
    Result<std::optional<Cluster>> selectOne(const QString &condition, const QString &value) const;

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
