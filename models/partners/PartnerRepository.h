#pragma once

#include "models/partners/Partner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

class PeriodLock;

// Partners and their contact persons. Every write is one transaction; deleting leaves a tombstone
// (deleted = 1) so that sync can carry the delete to the server later.
class PartnerRepository
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)

public:
    explicit PartnerRepository(QSqlDatabase db);

    // The live partners of a cluster with their contacts, in no particular order.
    QList<Partner> forCluster(const QString &clusterId) const;
    std::optional<Partner> find(const QString &id) const;
    // The live partners that satisfy an SQL condition on the partners table, with bound values,
    // by name, without their contacts: for the KPI queries of this layer.
    QList<Partner> matching(const QString &where, const QVariantList &values) const;
    // The names of the cluster's live partners by id, without loading the partners.
    QHash<QString, QString> namesById(const QString &clusterId) const;

    // Inserts or updates the partner and makes its contacts exactly partner.contacts: contacts no
    // longer listed become tombstones. Fills empty ids. A tombstoned partner saved again is
    // restored.
    bool save(Partner &partner);
    // All or nothing: used by the CSV import.
    bool saveAll(QList<Partner> &partners);
    // Tombstones the partners (and their contacts).
    bool remove(const QStringList &ids);
    // Saves some partners and tombstones others in one transaction: one undoable edit.
    bool apply(QList<Partner> &toSave, const QStringList &toRemove);

    QString errorMessage() const { return m_errorMessage; }
    // The locked periods that every write here is checked against, so that an import can name
    // the rows they refuse before anything is written.
    PeriodLock periodLock() const;

private:
    bool write(Partner &partner);
    bool tombstone(const QString &id);
    bool fail(const QString &reason);
    // Refuses the edit when it would change a KPI of a locked reporting period.
    bool checkPeriodLocks(const QList<Partner> &toSave, const QStringList &toRemove);

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
