#pragma once

#include "models/events/Event.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

class PeriodLock;

// Events with their organising and participating partners. Every write is one transaction;
// deleting leaves a tombstone (deleted = 1) so that sync can carry the delete later.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(QSqlDatabase db);

    // The live events of a cluster with their partners, ordered by start.
    QList<Event> forCluster(const QString &clusterId) const;
    std::optional<Event> find(const QString &id) const;
    // The live events that satisfy an SQL condition on the events table, with bound values,
    // ordered by start: for the KPI queries of this layer, which own their conditions.
    QList<Event> matching(const QString &where, const QVariantList &values) const;

    // Inserts or updates the event and makes its partner links exactly the ones listed. Fills an
    // empty id; trims the text fields in place. A tombstoned event saved again is restored.
    bool save(Event &event);
    // All or nothing: used by the CSV import.
    bool saveAll(QList<Event> &events);
    bool remove(const QStringList &ids);
    // Saves some events and tombstones others in one transaction: one undoable edit.
    bool apply(QList<Event> &toSave, const QStringList &toRemove);

    QString errorMessage() const { return m_errorMessage; }
    // The locked periods that every write here is checked against, so that an import can name
    // the rows they refuse before anything is written.
    PeriodLock periodLock() const;

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
    bool loadLinks(QList<Event> &events, const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
