#pragma once

#include "models/partners/Partner.h"
#include "models/storage/RecordChangeCommand.h"
#include "models/storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

class PeriodLock;

using PartnerChange = RecordChange<Partner>;

// Partners and their contact persons. Every write is one transaction and is announced through the
// connection's ChangeNotifier (RecordKind::Partner) once committed; deleting leaves a tombstone
// (deleted = 1) so that sync can carry the delete to the server. Reads say when they fail.
class PartnerRepository : public RecordStore<Partner>
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)

public:
    explicit PartnerRepository(QSqlDatabase db);

    // The live partners of a cluster with their contacts, in no particular order.
    Result<QList<Partner>> forCluster(const QString &clusterId) const;
    // The live partner with its contacts; nullopt when there is none (or only a tombstone).
    Result<std::optional<Partner>> find(const QString &id) const;
    // The live partners among ids, with their contacts, whatever their cluster.
    Result<QList<Partner>> byIds(const QStringList &ids) const;
    // The live partners that satisfy an SQL condition on the partners table, with bound values,
    // by name, without their contacts: for the KPI queries of this layer.
    Result<QList<Partner>> matching(const QString &where, const QVariantList &values) const;
    // The names of the cluster's live partners by id, without loading the partners.
    Result<QHash<QString, QString>> namesById(const QString &clusterId) const;

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
    // The same as a list of changes: how undo commands write.
    bool apply(const QList<PartnerChange> &changes) override;

    QString errorMessage() const override { return m_errorMessage; }
    // The locked periods that every write here is checked against, so that an import can name
    // the rows they refuse before anything is written.
    Result<PeriodLock> periodLock() const;

private:
    // The live partners that satisfy where, a condition on the partners table, with bound values.
    // withContacts: their contacts too, read with the same condition in one JOIN of contacts and
    // partners, so where must name the columns as partners.<column> (partners.cluster_id = ?).
    // orderBy: an ORDER BY clause of the caller's, or none for the table's own order.
    Result<QList<Partner>> select(const QString &where, const QVariantList &values,
                                  bool withContacts, const QString &orderBy = {}) const;
    bool write(Partner &partner);
    bool tombstone(const QString &id);
    bool fail(const QString &reason);
    // Refuses the edit when it would change a KPI of a locked reporting period.
    bool checkPeriodLocks(const QList<Partner> &toSave, const QStringList &toRemove);

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
