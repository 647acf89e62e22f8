#include "models/storage/ChangeNotifier.h"

#include <map>
#include <memory>

namespace {

// Connections are per thread, and so are their notifiers.
std::map<QString, std::unique_ptr<ChangeNotifier>> &notifiers()
{
    static thread_local std::map<QString, std::unique_ptr<ChangeNotifier>> byConnection;
    return byConnection;
}

} // namespace

ChangeNotifier *ChangeNotifier::of(const QSqlDatabase &db)
{
    std::unique_ptr<ChangeNotifier> &notifier = notifiers()[db.connectionName()];
    if (!notifier)
        notifier.reset(new ChangeNotifier);
    return notifier.get();
}

void ChangeNotifier::release(const QString &connectionName)
{
    notifiers().erase(connectionName);
}

void ChangeNotifier::announce(const RecordChanges &changes)
{
    announce(QList<RecordChanges>{changes});
}

void ChangeNotifier::announce(const QList<RecordChanges> &changes)
{
    if (m_pending.isEmpty())
        deliver(changes);
    else
        m_pending.last().append(changes);
}

void ChangeNotifier::announceOutsideWrite()
{
    announce({RecordChanges::outside(RecordKind::Cluster),
              RecordChanges::outside(RecordKind::Partner),
              RecordChanges::outside(RecordKind::Event),
              RecordChanges::outside(RecordKind::ReportingPeriod)});
}

void ChangeNotifier::transactionOpened()
{
    m_pending.append(QList<RecordChanges>());
}

void ChangeNotifier::transactionClosed(bool committed)
{
    if (m_pending.isEmpty())
        return;
    const QList<RecordChanges> closed = m_pending.takeLast();
    if (!committed)
        return;
    // A savepoint's changes become the outer transaction's; the outermost commit delivers.
    announce(closed);
}

void ChangeNotifier::deliver(const QList<RecordChanges> &changes)
{
    for (const RecordChanges &change : changes) {
        if (!change.isEmpty())
            Q_EMIT recordsChanged(change);
    }
}

ChangeCollector::ChangeCollector(RecordKind kind, QHash<QString, QString> liveClusterBefore)
    : m_kind(kind)
    , m_liveClusterBefore(std::move(liveClusterBefore))
{
}

RecordChanges &ChangeCollector::forCluster(const QString &clusterId)
{
    for (RecordChanges &changes : m_changes) {
        if (changes.clusterId == clusterId)
            return changes;
    }
    RecordChanges changes;
    changes.kind = m_kind;
    changes.clusterId = clusterId;
    m_changes.append(changes);
    return m_changes.last();
}

void ChangeCollector::saved(const QString &id, const QString &clusterId)
{
    const auto before = m_liveClusterBefore.constFind(id);
    if (before == m_liveClusterBefore.cend()) {
        forCluster(clusterId).inserted.append(id);
    } else if (*before == clusterId) {
        forCluster(clusterId).changed.append(id);
    } else {
        // Moved to another cluster: gone from one list, new in the other.
        forCluster(*before).removed.append(id);
        forCluster(clusterId).inserted.append(id);
    }
    m_liveClusterBefore.insert(id, clusterId);
}

void ChangeCollector::removed(const QString &id)
{
    const auto before = m_liveClusterBefore.constFind(id);
    if (before == m_liveClusterBefore.cend())
        return; // already a tombstone, or never there
    forCluster(*before).removed.append(id);
    m_liveClusterBefore.erase(before);
}
