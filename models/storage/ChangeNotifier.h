#pragma once

#include "models/storage/RecordChanges.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

// The one change flow of a database connection: every repository announces here what each write
// did (inserted, changed, removed ids of a cluster), and every view of the data (table models,
// the dashboard, open drill-downs, later the sync engine) follows these announcements, whoever
// wrote: an edit, an undo, an import, a sync pull. Announcements made inside a transaction are
// held back until the outermost transaction commits, and dropped if it rolls back, so nobody
// reads a state that was never committed.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    // The notifier of the connection; made on first use, deleted by release().
    static ChangeNotifier *of(const QSqlDatabase &db);
    // Called when the connection closes (Database::close()).
    static void release(const QString &connectionName);

    void announce(const RecordChanges &changes);
    void announce(const QList<RecordChanges> &changes);
    // Something outside this connection wrote to the file: every kind, every cluster.
    void announceOutsideWrite();

    // Transaction's hooks: a transaction or savepoint opened, committed or rolled back.
    void transactionOpened();
    void transactionClosed(bool committed);

Q_SIGNALS:
    void recordsChanged(const RecordChanges &changes);

private:
    ChangeNotifier() = default;
    void deliver(const QList<RecordChanges> &changes);

    QList<QList<RecordChanges>> m_pending; // one list per open transaction level
};

// Sorts the records one write touched into inserted, changed and removed, per cluster, from the
// cluster each record lived in before the write (absent or tombstoned: not live).
class ChangeCollector
{
public:
    ChangeCollector(RecordKind kind, QHash<QString, QString> liveClusterBefore);

    void saved(const QString &id, const QString &clusterId);
    void removed(const QString &id);
    QList<RecordChanges> changes() const { return m_changes; }

private:
    RecordChanges &forCluster(const QString &clusterId);

    RecordKind m_kind;
    QHash<QString, QString> m_liveClusterBefore;
    QList<RecordChanges> m_changes;
};
