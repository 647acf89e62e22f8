#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The kinds of record whose writes are announced. A partner includes its contact persons, an event
// its partner links, a reporting period its targets: a change to a part is a change of the whole.
enum class RecordKind {
    Cluster,
    Partner,
    Event,
    ReportingPeriod,
};

// What one write did to the records of one kind in one cluster, announced after it was committed.
// A write from outside this connection (another process, another connection to the same file) is
// announced with everything unknown: listeners read the cluster again and compare.
struct RecordChanges
{
    RecordKind kind = RecordKind::Partner;
    QString clusterId;    // for RecordKind::Cluster: the cluster itself; empty when unknown
    QStringList inserted; // new, or restored from a tombstone
    QStringList changed;
    QStringList removed;  // tombstoned
    bool unknown = false; // written outside: any record of any cluster may have changed

    bool isEmpty() const
    {
        return !unknown && inserted.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
    // Whether a listener showing clusterId must look.
    bool concerns(RecordKind listenerKind, const QString &listenerClusterId) const
    {
        return kind == listenerKind && (unknown || clusterId == listenerClusterId);
    }
    // Every id the change touched, in the order inserted, changed, removed.
    QStringList touchedIds() const { return inserted + changed + removed; }

    static RecordChanges outside(RecordKind kind)
    {
        RecordChanges changes;
        changes.kind = kind;
        changes.unknown = true;
        return changes;
    }
};

Q_DECLARE_METATYPE(RecordChanges)
