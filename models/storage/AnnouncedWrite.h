#pragma once

#include "models/storage/ChangeNotifier.h"
#include "models/storage/RecordChanges.h"
#include "models/storage/SqlSupport.h"
#include "models/storage/Transaction.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace AnnouncedWrite {

// How every repository writes one edit: in one transaction, the edit checked first (check: locked
// periods), each record saved (save) or tombstoned (remove), and what it did announced per
// cluster — delivered when the outermost transaction commits. table is the record type's table,
// read first to tell new records from changed ones. All or nothing: on failure toSave stays as it
// was, and save, remove, check or fail (given the database's words) have said why.
template<typename Record, typename Check, typename Save, typename Remove, typename Fail>
bool apply(QSqlDatabase db, RecordKind kind, const QString &table, QList<Record> &toSave,
           const QStringList &toRemove, Check check, Save save, Remove remove, Fail fail)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(db.lastError().text());
    if (!check(toSave, toRemove))
        return false;
    QStringList touched = toRemove;
    for (const Record &record : toSave)
        touched.append(record.id);
    const Result<QHash<QString, QString>> before = SqlSupport::liveClusters(db, table, touched);
    if (!before)
        return fail(before.error());

    QList<Record> written = toSave;
    ChangeCollector changes(kind, *before);
    for (Record &record : written) {
        if (!save(record))
            return false;
        changes.saved(record.id, record.clusterId);
    }
    for (const QString &id : toRemove) {
        if (!remove(id))
            return false;
        changes.removed(id);
    }
    ChangeNotifier::of(db)->announce(changes.changes());
    if (!transaction.commit())
        return fail(db.lastError().text());
    toSave = written;
    return true;
}

} // namespace AnnouncedWrite
