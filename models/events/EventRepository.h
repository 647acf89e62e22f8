#pragma once

#include "models/events/Event.h"
#include "models/storage/RecordChangeCommand.h"
#include "models/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

class PeriodLock;

using EventChange = RecordChange<Event>;

// Events with their organising and participating partners. Every write is one transaction and is
// announced through the connection's ChangeNotifier (RecordKind::Event); deleting leaves a
// tombstone (deleted = 1) so that sync can carry the delete. Reads say when they fail.
class EventRepository : public RecordStore<Event>
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(QSqlDatabase db);

    // The live events of a cluster with their partners, ordered by start.
    Result<QList<Event>> forCluster(const QString &clusterId) const;
    Result<std::optional<Event>> find(const QString &id) const;
    // The live events among ids with their partners, whatever their cluster.
    Result<QList<Event>> byIds(const QStringList &ids) const;
    // The live events that satisfy an SQL condition on the events table, with bound values,
    // ordered by start: for the KPI queries of this layer, which own their conditions.
    Result<QList<Event>> matching(const QString &where, const QVariantList &values) const;

    // Inserts or updates the event and makes its partner links exactly the ones listed. Fills an
    // empty id; trims the text fields in place. A tombstoned event saved again is restored.
    bool save(Event &event);
    // All or nothing: used by the CSV import.
    bool saveAll(QList<Event> &events);
    bool remove(const QStringList &ids);
    // Saves some events and tombstones others in one transaction: one undoable edit.
    bool apply(QList<Event> &toSave, const QStringList &toRemove);
    // The same as a list of changes: how undo commands write.
    bool apply(const QList<EventChange> &changes) override;

    QString errorMessage() const override { return m_errorMessage; }
    // The locked periods that every write here is checked against, so that an import can name
    // the rows they refuse before anything is written.
    Result<PeriodLock> periodLock() const;

    // How lists are kept in one text column ('|' separated); '|' inside an item becomes '/'.
    static QString joinList(const QStringList &items);
    static QStringList splitList(const QString &text);

private:
    bool write(Event &event, const QString &now);
    bool writeLinks(const Event &event, const QString &now);
    bool tombstone(const QString &id, const QString &now);
    bool fail(const QString &reason);
    // Refuses the edit when it would change a KPI of a locked reporting period.
    bool checkPeriodLocks(const QList<Event> &toSave, const QStringList &toRemove);
    // Fills the partners of events read with the same condition; the database's message when
    // they cannot be read.
    QString loadLinks(QList<Event> &events, const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
