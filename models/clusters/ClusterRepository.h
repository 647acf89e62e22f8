#pragma once

#include "models/clusters/Cluster.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Clusters held in the local database.
class ClusterRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRepository)

public:
    explicit ClusterRepository(QSqlDatabase db);

    QList<Cluster> all() const; // sorted by name
    std::optional<Cluster> find(const QString &id) const;
    std::optional<Cluster> findByName(const QString &name) const; // case-insensitive
    int partnerCount(const QString &clusterId) const;

    // Inserts a new cluster; fills cluster.id when empty. Refuses an empty or taken name.
    bool add(Cluster &cluster);

    QString errorMessage() const { return m_errorMessage; }

private:
    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
