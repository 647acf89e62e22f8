#include "server/SyncStore.h"

#include "protocol/RecordCatalogue.h"
#include "protocol/SyncMessages.h"
#include "server/ServerDatabase.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <optional>

using namespace Protocol;

namespace {

// A records row: the state a pull shows, plus what merging needs.
struct StoredRecord
{
    QString clusterId;
    RecordState state;
    QJsonObject fieldMeta; // {field: [sequence, author]} of the write that last changed it
    QString createdAt;
};

const QString &recordColumns()
{
    static const QString columns = QStringLiteral(
        "id, cluster_id, type, sequence, deleted, data, field_meta, created_at, updated_at,"
        " updated_by, restored_at, restored_by, open_conflicts");
    return columns;
}

// Pulls and single-record reads never show field_meta: skipping it saves parsing about half the
// stored JSON (see bench/RESULTS.md).
enum class FieldMeta { Read, Skip };

StoredRecord readRecord(const QSqlQuery &query, FieldMeta fieldMeta)
{
    StoredRecord row;
    row.state.id = query.value(0).toString();
    row.clusterId = query.value(1).toString();
    row.state.type = query.value(2).toString();
    row.state.sequence = query.value(3).toLongLong();
    row.state.deleted = query.value(4).toInt() != 0;
    row.state.fields = jsonObjectFromText(query.value(5).toString());
    if (fieldMeta == FieldMeta::Read)
        row.fieldMeta = jsonObjectFromText(query.value(6).toString());
    row.createdAt = query.value(7).toString();
    row.state.updatedAt = query.value(8).toString();
    row.state.updatedBy = query.value(9).toString();
    row.state.restoredAt = query.value(10).toString();
    row.state.restoredBy = query.value(11).toString();
    row.state.openConflicts = query.value(12).toInt();
    return row;
}

const QString &conflictColumns()
{
    static const QString columns = QStringLiteral(
        "c.id, c.record_id, r.type, c.field, c.base_version, c.server_value, c.server_author,"
        " c.client_value, c.client_author, c.batch_id, c.created_at, c.resolved_at,"
        " c.resolved_by, c.resolution, c.resolved_value");
    return columns;
}

ConflictInfo readConflict(const QSqlQuery &query)
{
    ConflictInfo conflict;
    conflict.id = query.value(0).toString();
    conflict.recordId = query.value(1).toString();
    conflict.type = query.value(2).toString();
    conflict.field = query.value(3).toString();
    conflict.base = query.value(4).toLongLong();
    conflict.serverValue = jsonValueFromText(query.value(5).toString());
    conflict.serverAuthor = query.value(6).toString();
    conflict.clientValue = jsonValueFromText(query.value(7).toString());
    conflict.clientAuthor = query.value(8).toString();
    conflict.batchId = query.value(9).toString();
    conflict.createdAt = query.value(10).toString();
    conflict.resolvedAt = query.value(11).toString();
    conflict.resolvedBy = query.value(12).toString();
    conflict.resolution = query.value(13).toString();
    if (!query.value(14).isNull())
        conflict.resolvedValue = jsonValueFromText(query.value(14).toString());
    return conflict;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

qint64 fieldSequence(const QJsonObject &meta, const QString &field)
{
    return meta.value(field).toArray().at(0).toInteger();
}

QString fieldAuthor(const QJsonObject &meta, const QString &field)
{
    return meta.value(field).toArray().at(1).toString();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Problem invalidId(const QString &field)
{
    return Problem::badRequest(field, field + QStringLiteral(": expected a lower-case UUID"),
                               QStringLiteral("invalid_id"));
}

Problem databaseProblem(const QString &error)
{
    return Problem::internal(QStringLiteral("Database error: %1").arg(error));
}

// A statement prepared once and run with new values many times: a batch writes up to a thousand
// rows through the same few statements.
class Statement
{
public:
    Statement(const QSqlDatabase &db, QString text)
        : m_query(db)
        , m_text(std::move(text))
    {
    }

    Problem exec(const QVariantList &values)
    {
        if (!m_prepared) {
            if (!m_query.prepare(m_text))
                return failure();
            m_prepared = true;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        return m_query.exec() ? Problem() : failure();
    }
    QSqlQuery &query() { return m_query; }

private:
    Problem failure() const
    {
        return databaseProblem(
            QStringLiteral("%1…: %2").arg(m_text.left(40), m_query.lastError().text()));
    }

    QSqlQuery m_query;
    QString m_text;
    bool m_prepared = false;
};

// Runs a one-off statement; the query keeps the result for reading.
Problem runOnce(const ServerDatabase &database, QSqlQuery &query, const QString &statement,
                const QVariantList &values)
{
    QString error;
    return database.run(query, statement, values, &error) ? Problem() : databaseProblem(error);
}

// One write to a cluster: a transaction that starts by locking the cluster's row, so that writes
// to one cluster, from any connection or process, take their sequences one after another, and
// that writes the counter back when it commits. Rolls back unless committed.
class ClusterWrite
{
public:
    ClusterWrite(ServerDatabase &database, const QString &clusterId)
        : m_database(database)
        , m_clusterId(clusterId)
    {
    }

    // 404 when there is no such cluster.
    Problem begin()
    {
        m_transaction.emplace(m_database.db());
        if (!m_transaction->isActive())
            return databaseProblem(m_database.db().lastError().text());
        QSqlQuery query(m_database.db());
        // A write first: SQLite takes its write lock here (waiting on the busy timeout, with no
        // stale snapshot to fail on), PostgreSQL the row lock; reads come after it.
        if (Problem problem = runOnce(
                m_database, query,
                QStringLiteral("UPDATE clusters SET last_sequence = last_sequence WHERE id = ?"),
                {m_clusterId}))
            return problem;
        if (query.numRowsAffected() != 1)
            return Problem::notFound(QStringLiteral("No such cluster"));
        if (Problem problem = runOnce(
                m_database, query,
                QStringLiteral("SELECT last_sequence FROM clusters WHERE id = ?"), {m_clusterId}))
            return problem;
        if (!query.next())
            return Problem::notFound(QStringLiteral("No such cluster"));
        m_lastSequence = query.value(0).toLongLong();
        return {};
    }

    qint64 lastSequence() const { return m_lastSequence; }
    qint64 takeSequence() { return ++m_lastSequence; }

    Problem commit()
    {
        QSqlQuery query(m_database.db());
        if (Problem problem =
                runOnce(m_database, query,
                        QStringLiteral("UPDATE clusters SET last_sequence = ? WHERE id = ?"),
                        {m_lastSequence, m_clusterId}))
            return problem;
        QString error;
        return m_transaction->commit(&error) ? Problem() : databaseProblem(error);
    }

private:
    ServerDatabase &m_database;
    QString m_clusterId;
    std::optional<ServerTransaction> m_transaction;
    qint64 m_lastSequence = 0;
};

// Runs `statement`, whose %1 stands for a list of ? marks, for the ids in bounded chunks (well
// under every engine's parameter limit), after the leading values; calls onRow for each row.
Problem selectByIds(const ServerDatabase &database, const QString &statement,
                    const QVariantList &leading, const QList<QString> &ids,
                    const std::function<void(const QSqlQuery &)> &onRow)
{
    constexpr qsizetype chunkSize = 250;
    QSqlQuery query(database.db());
    for (qsizetype start = 0; start < ids.size(); start += chunkSize) {
        const QList<QString> chunk = ids.mid(start, chunkSize);
        QVariantList values = leading;
        for (const QString &id : chunk)
            values << id;
        const QStringList marks(chunk.size(), QStringLiteral("?"));
        if (Problem problem = runOnce(database, query, statement.arg(marks.join(u',')), values))
            return problem;
        while (query.next())
            onRow(query);
    }
    return {};
}

// The rows of these ids, of any cluster, by id.
Problem loadRecords(const ServerDatabase &database, const QList<QString> &ids,
                    QHash<QString, StoredRecord> *rows)
{
    return selectByIds(database,
                       QStringLiteral("SELECT %1 FROM records WHERE id IN (%2)")
                           .arg(recordColumns(), QStringLiteral("%1")),
                       {}, ids, [rows](const QSqlQuery &query) {
                           StoredRecord row = readRecord(query, FieldMeta::Read);
                           rows->insert(row.state.id, row);
                       });
}

// Which of these ids are records of another cluster: a reference must not name one (a record not
// yet on the server is fine).
Problem foreignIds(const ServerDatabase &database, const QString &clusterId,
                   const QList<QString> &ids, QSet<QString> *foreign)
{
    return selectByIds(
        database, QStringLiteral("SELECT id FROM records WHERE cluster_id <> ? AND id IN (%1)"),
        {clusterId}, ids,
        [foreign](const QSqlQuery &query) { foreign->insert(query.value(0).toString()); });
}

Problem notFoundAt(const QString &path)
{
    Problem notFound = Problem::notFound(path + QStringLiteral(": no such record"));
    notFound.field = path;
    return notFound;
}

// The values of the batch's reference fields.
QList<QString> referencedIds(const PushBatch &batch)
{
    QSet<QString> ids;
    for (const PushRecord &record : batch.records) {
        const RecordTypeSpec *spec = RecordCatalogue::find(record.type);
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
            if (spec->field(it.key())->kind == FieldKind::Reference && it.value().isString())
                ids.insert(it.value().toString());
        }
    }
    return ids.values();
}

// The checks against the server's state, record by record, before anything is written. Another
// cluster's record is checked first, so that its type and version never show.
Problem checkBatchAgainstServer(const PushBatch &batch, const QString &clusterId,
                                const QHash<QString, StoredRecord> &existing,
                                const QSet<QString> &foreign)
{
    for (qsizetype i = 0; i < batch.records.size(); ++i) {
        const PushRecord &record = batch.records.at(i);
        const QString path = QStringLiteral("records[%1]").arg(i);
        const auto row = existing.constFind(record.id);
        if (row != existing.constEnd() && row->clusterId != clusterId)
            return notFoundAt(path + QStringLiteral(".id"));
        if (row != existing.constEnd() && row->state.type != record.type)
            return {409, QStringLiteral("type_mismatch"),
                    QStringLiteral("%1.type: the record exists with the type %2")
                        .arg(path, row->state.type),
                    path + QStringLiteral(".type")};
        const qint64 serverSequence = row != existing.constEnd() ? row->state.sequence : 0;
        if (record.base > serverSequence)
            return {422, QStringLiteral("base_from_future"),
                    QStringLiteral("%1.base: the server's version of the record is %2")
                        .arg(path)
                        .arg(serverSequence),
                    path + QStringLiteral(".base")};
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
            if (it.value().isString() && foreign.contains(it.value().toString()) &&
                RecordCatalogue::find(record.type)->field(it.key())->kind == FieldKind::Reference)
                return notFoundAt(path + QStringLiteral(".fields.") + it.key());
        }
    }
    return {};
}

// Field-level merge of a pushed edit into a stored record: fields last changed at or before the
// base are applied, fields changed since to another value become conflicts, equal ones are left.
struct Merge
{
    QJsonObject applied;
    QList<ConflictInfo> conflicts;
};

Merge mergeFields(const StoredRecord &row, const PushRecord &record)
{
    Merge merge;
    for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
        const QJsonValue server = row.state.fields.value(it.key());
        if (server == it.value())
            continue;
        if (fieldSequence(row.fieldMeta, it.key()) <= record.base) {
            merge.applied.insert(it.key(), it.value());
            continue;
        }
        ConflictInfo conflict;
        conflict.field = it.key();
        conflict.serverValue = server.isUndefined() ? QJsonValue(QJsonValue::Null) : server;
        conflict.serverAuthor = fieldAuthor(row.fieldMeta, it.key());
        conflict.clientValue = it.value();
        merge.conflicts.append(conflict);
    }
    return merge;
}

// Writes a record row and the conflicts of one write, through statements reused for a batch.
class RecordWriter
{
public:
    explicit RecordWriter(const QSqlDatabase &db)
        : m_insert(db, QStringLiteral("INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                      " ?, ?, ?, ?)")
                           .arg(recordColumns()))
        , m_update(db, QStringLiteral("UPDATE records SET sequence = ?, deleted = ?, data = ?,"
                                      " field_meta = ?, updated_at = ?, updated_by = ?,"
                                      " restored_at = ?, restored_by = ?, open_conflicts = ?"
                                      " WHERE id = ?"))
        , m_conflict(db, QStringLiteral("INSERT INTO conflicts (id, cluster_id, record_id, field,"
                                        " base_version, server_value, server_author,"
                                        " client_value, client_author, batch_id, created_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    {
    }

    Problem insert(const StoredRecord &row)
    {
        const RecordState &state = row.state;
        return m_insert.exec({state.id, row.clusterId, state.type, state.sequence,
                              int(state.deleted), jsonObjectText(state.fields),
                              jsonObjectText(row.fieldMeta), row.createdAt, state.updatedAt,
                              state.updatedBy, textOrNull(state.restoredAt),
                              textOrNull(state.restoredBy), state.openConflicts});
    }

    Problem update(const StoredRecord &row)
    {
        const RecordState &state = row.state;
        return m_update.exec({state.sequence, int(state.deleted), jsonObjectText(state.fields),
                              jsonObjectText(row.fieldMeta), state.updatedAt, state.updatedBy,
                              textOrNull(state.restoredAt), textOrNull(state.restoredBy),
                              state.openConflicts, state.id});
    }

    Problem insert(const QString &clusterId, const ConflictInfo &conflict)
    {
        return m_conflict.exec({conflict.id, clusterId, conflict.recordId, conflict.field,
                                conflict.base, jsonValueText(conflict.serverValue),
                                conflict.serverAuthor, jsonValueText(conflict.clientValue),
                                conflict.clientAuthor, conflict.batchId, conflict.createdAt});
    }

private:
    Statement m_insert;
    Statement m_update;
    Statement m_conflict;
};

// Marks a row as written now by the author at a new sequence. Any write but a restore ends the
// "restored" flag of the previous one.
void stamp(StoredRecord *row, qint64 sequence, const QString &now, const QString &username,
           bool restoring)
{
    row->state.sequence = sequence;
    row->state.updatedAt = now;
    row->state.updatedBy = username;
    row->state.restoredAt = restoring ? now : QString();
    row->state.restoredBy = restoring ? username : QString();
}

void setField(StoredRecord *row, const QString &field, const QJsonValue &value, qint64 sequence,
              const QString &username)
{
    row->state.fields.insert(field, value);
    row->fieldMeta.insert(field, QJsonArray{sequence, username});
}

// Applies the entries of one push, in the write's transaction, per the merge table of
// docs/sync-protocol.md.
class BatchWriter
{
public:
    BatchWriter(const ServerDatabase &database, ClusterWrite &write, const QString &clusterId,
                const QString &batchId, const Author &author, const QString &now)
        : m_write(write)
        , m_rows(database.db())
        , m_clusterId(clusterId)
        , m_batchId(batchId)
        , m_author(author)
        , m_now(now)
    {
    }

    // An id the server does not have.
    Problem create(const PushRecord &record, PushResult *result)
    {
        result->record.type = record.type;
        result->record.id = record.id;
        if (record.deleted) {
            // Deleting what the server never had: nothing to store.
            result->status = PushStatus::Unchanged;
            result->record.deleted = true;
            return {};
        }
        StoredRecord row;
        row.clusterId = m_clusterId;
        row.state = result->record;
        row.createdAt = m_now;
        const qint64 sequence = m_write.takeSequence();
        stamp(&row, sequence, m_now, m_author.username, false);
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it)
            setField(&row, it.key(), it.value(), sequence, m_author.username);
        result->status = PushStatus::Created;
        result->record = row.state;
        return m_rows.insert(row);
    }

    // A record of this cluster and type, at or after the entry's base.
    Problem change(StoredRecord row, const PushRecord &record, PushResult *result)
    {
        Merge merge;
        const bool restoring = row.state.deleted && !record.deleted;
        if (!record.deleted)
            merge = mergeFields(row, record);
        else if (!row.state.deleted && row.state.sequence > record.base)
            merge.conflicts.append(deleteConflict(row));

        if (restoring)
            result->status = PushStatus::Restored;
        else if (!merge.conflicts.isEmpty())
            result->status = PushStatus::Conflict;
        else if (record.deleted && !row.state.deleted)
            result->status = PushStatus::Deleted;
        else if (!merge.applied.isEmpty())
            result->status = PushStatus::Applied;
        else
            result->status = PushStatus::Unchanged;

        if (result->status != PushStatus::Unchanged) {
            const qint64 sequence = m_write.takeSequence();
            stamp(&row, sequence, m_now, m_author.username, restoring);
            for (auto it = merge.applied.begin(); it != merge.applied.end(); ++it)
                setField(&row, it.key(), it.value(), sequence, m_author.username);
            if (result->status == PushStatus::Deleted)
                row.state.deleted = true;
            if (restoring)
                row.state.deleted = false;
            row.state.openConflicts += int(merge.conflicts.size());
            if (Problem problem = m_rows.update(row))
                return problem;
            for (ConflictInfo &conflict : merge.conflicts) {
                conflict.id = newUuid();
                conflict.recordId = row.state.id;
                conflict.type = row.state.type;
                conflict.base = record.base;
                conflict.clientAuthor = m_author.username;
                conflict.batchId = m_batchId;
                conflict.createdAt = m_now;
                if (Problem problem = m_rows.insert(m_clusterId, conflict))
                    return problem;
            }
        }
        result->record = row.state;
        result->conflicts = merge.conflicts;
        return {};
    }

private:
    static ConflictInfo deleteConflict(const StoredRecord &row)
    {
        ConflictInfo conflict;
        conflict.field = deletedPseudoField();
        conflict.serverValue = false;
        conflict.serverAuthor = row.state.updatedBy;
        conflict.clientValue = true;
        return conflict;
    }

    ClusterWrite &m_write;
    RecordWriter m_rows;
    QString m_clusterId;
    QString m_batchId;
    Author m_author;
    QString m_now;
};

// A merged value must fit the conflict's field, a boolean for "deleted"; a reference must not name
// another cluster's record.
Problem checkMergedValue(const ServerDatabase &database, const QString &clusterId,
                         const ConflictInfo &conflict, const QJsonValue &value)
{
    const QString valuePath = QStringLiteral("value");
    FieldSpec spec{conflict.field, FieldKind::Boolean, false, {}};
    if (conflict.field != deletedPseudoField()) {
        const RecordTypeSpec *type = RecordCatalogue::find(conflict.type);
        const FieldSpec *field = type ? type->field(conflict.field) : nullptr;
        if (!field)
            return Problem::internal(QStringLiteral("The conflict's field is unknown"));
        spec = *field;
    }
    const QString problem = valueProblem(spec, value);
    if (!problem.isEmpty())
        return Problem::badRequest(valuePath, valuePath + QStringLiteral(": ") + problem);
    if (spec.kind != FieldKind::Reference || !value.isString())
        return {};
    QSet<QString> foreign;
    if (Problem failure = foreignIds(database, clusterId, {value.toString()}, &foreign))
        return failure;
    return foreign.isEmpty() ? Problem() : notFoundAt(valuePath);
}

QString bodyHash(const PushBatch &batch)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(batch.canonicalText(), QCryptographicHash::Sha256).toHex());
}

Problem clusterExists(const ServerDatabase &database, const QString &clusterId,
                      qint64 *lastSequence = nullptr)
{
    QSqlQuery query(database.db());
    if (Problem problem =
            runOnce(database, query,
                    QStringLiteral("SELECT last_sequence FROM clusters WHERE id = ?"), {clusterId}))
        return problem;
    if (!query.next())
        return Problem::notFound(QStringLiteral("No such cluster"));
    if (lastSequence)
        *lastSequence = query.value(0).toLongLong();
    return {};
}

} // namespace

SyncStore::SyncStore(ServerDatabase &database, const Clock &clock, const SyncLimits &limits)
    : m_database(database)
    , m_clock(clock)
    , m_limits(limits)
{
}

Problem SyncStore::pull(const QString &clusterId, qint64 since, int limit, QJsonObject *reply)
{
    if (since < 0)
        return Problem::badRequest(QStringLiteral("since"),
                                   QStringLiteral("since: expected a whole number >= 0"));
    if (limit < 1 || limit > m_limits.maxPageSize)
        return Problem::badRequest(QStringLiteral("limit"),
                                   QStringLiteral("limit: expected a whole number from 1 to %1")
                                       .arg(m_limits.maxPageSize));
    PullPage page;
    page.cluster = clusterId;
    page.since = since;
    if (Problem problem = clusterExists(m_database, clusterId, &page.lastSequence))
        return problem;
    // A cursor the server has never handed out means the server went back in time (a restored
    // backup): sequences will be reused, so the client must pull everything again.
    if (since > page.lastSequence)
        return {409, QStringLiteral("cursor_ahead"),
                QStringLiteral("since: %1 is ahead of this cluster's last sequence %2; the server"
                               " was restored from a backup: pull again from 0")
                    .arg(since)
                    .arg(page.lastSequence),
                QStringLiteral("since")};
    // Up to the counter read first: every write up to it has committed with it, so a page never
    // shows a later write while missing an earlier one.
    QSqlQuery query(m_database.db());
    if (Problem problem =
            runOnce(m_database, query,
                    QStringLiteral("SELECT %1 FROM records WHERE cluster_id = ? AND sequence > ?"
                                   " AND sequence <= ? ORDER BY sequence LIMIT ?")
                        .arg(recordColumns()),
                    {clusterId, since, page.lastSequence, limit + 1}))
        return problem;
    while (query.next()) {
        if (page.records.size() == limit) {
            page.more = true;
            break;
        }
        page.records.append(readRecord(query, FieldMeta::Skip).state);
    }
    page.next = page.records.isEmpty() ? since : page.records.constLast().sequence;
    *reply = page.toJson();
    return {};
}

Problem SyncStore::push(const QString &clusterId, const QString &batchId, const QByteArray &body,
                        const Author &author, QJsonObject *reply, bool *replayed)
{
    *replayed = false;
    if (!isCanonicalUuid(batchId))
        return invalidId(QStringLiteral("batch_id"));
    PushBatch batch;
    if (Problem problem = PushBatch::parse(body, m_limits.maxBatchRecords, &batch))
        return problem;
    const QString hash = bodyHash(batch);

    ClusterWrite write(m_database, clusterId);
    if (Problem problem = write.begin())
        return problem;

    QSqlQuery query(m_database.db());
    if (Problem problem = runOnce(
            m_database, query,
            QStringLiteral("SELECT cluster_id, body_hash, response FROM batches WHERE id = ?"),
            {batchId}))
        return problem;
    if (query.next()) {
        if (query.value(0).toString() != clusterId || query.value(1).toString() != hash)
            return {409, QStringLiteral("batch_id_reused"),
                    QStringLiteral("batch_id: already used for a different batch"),
                    QStringLiteral("batch_id")};
        *reply = jsonObjectFromText(query.value(2).toString());
        *replayed = true;
        return {};
    }

    QList<QString> ids;
    for (const PushRecord &record : batch.records)
        ids << record.id;
    QHash<QString, StoredRecord> existing;
    if (Problem problem = loadRecords(m_database, ids, &existing))
        return problem;
    QSet<QString> foreign;
    if (Problem problem = foreignIds(m_database, clusterId, referencedIds(batch), &foreign))
        return problem;
    if (Problem problem = checkBatchAgainstServer(batch, clusterId, existing, foreign))
        return problem;

    const QString now = m_clock.nowText();
    BatchWriter writer(m_database, write, clusterId, batchId, author, now);
    PushReply out;
    out.batchId = batchId;
    for (const PushRecord &record : batch.records) {
        PushResult result;
        const auto found = existing.constFind(record.id);
        if (Problem problem = found == existing.constEnd() ? writer.create(record, &result)
                                                           : writer.change(*found, record, &result))
            return problem;
        out.results.append(result);
    }
    out.lastSequence = write.lastSequence();
    const QJsonObject stored = out.toJson();
    if (Problem problem =
            runOnce(m_database, query,
                    QStringLiteral("INSERT INTO batches (id, cluster_id, account_id,"
                                   " body_hash, response, created_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"),
                    {batchId, clusterId, author.accountId, hash, jsonObjectText(stored), now}))
        return problem;
    if (Problem problem = write.commit())
        return problem;
    *reply = stored;
    return {};
}

Problem SyncStore::batch(const QString &clusterId, const QString &batchId, QJsonObject *reply)
{
    if (!isCanonicalUuid(batchId))
        return invalidId(QStringLiteral("batch_id"));
    QSqlQuery query(m_database.db());
    if (Problem problem =
            runOnce(m_database, query,
                    QStringLiteral("SELECT response FROM batches WHERE id = ? AND cluster_id = ?"),
                    {batchId, clusterId}))
        return problem;
    if (!query.next())
        return Problem::notFound(QStringLiteral("No such batch"));
    *reply = jsonObjectFromText(query.value(0).toString());
    return {};
}

Problem SyncStore::conflicts(const QString &clusterId, const QString &recordId,
                             const QString &state, QJsonObject *reply)
{
    QString stateCondition;
    if (state.isEmpty() || state == QLatin1String("open"))
        stateCondition = QStringLiteral(" AND c.resolved_at IS NULL");
    else if (state == QLatin1String("resolved"))
        stateCondition = QStringLiteral(" AND c.resolved_at IS NOT NULL");
    else if (state != QLatin1String("all"))
        return Problem::badRequest(QStringLiteral("state"),
                                   QStringLiteral("state: expected open, resolved or all"));
    if (!recordId.isEmpty() && !isCanonicalUuid(recordId))
        return invalidId(QStringLiteral("record"));
    if (Problem problem = clusterExists(m_database, clusterId))
        return problem;

    QSqlQuery query(m_database.db());
    QVariantList values{clusterId};
    QString recordCondition;
    if (!recordId.isEmpty()) {
        if (Problem problem =
                runOnce(m_database, query,
                        QStringLiteral("SELECT 1 FROM records WHERE id = ? AND cluster_id = ?"),
                        {recordId, clusterId}))
            return problem;
        if (!query.next())
            return Problem::notFound(QStringLiteral("No such record"));
        recordCondition = QStringLiteral(" AND c.record_id = ?");
        values << recordId;
    }
    if (Problem problem =
            runOnce(m_database, query,
                    QStringLiteral("SELECT %1 FROM conflicts c JOIN records r ON r.id = c.record_id"
                                   " WHERE c.cluster_id = ?%2%3"
                                   " ORDER BY c.created_at, c.record_id, c.field, c.id")
                        .arg(conflictColumns(), stateCondition, recordCondition),
                    values))
        return problem;
    QJsonArray list;
    while (query.next())
        list.append(readConflict(query).toJson());
    *reply = {{QStringLiteral("conflicts"), list}};
    return {};
}

Problem SyncStore::resolve(const QString &clusterId, const QString &conflictId,
                           const QByteArray &body, const Author &author, QJsonObject *reply)
{
    if (!isCanonicalUuid(conflictId))
        return invalidId(QStringLiteral("conflict_id"));
    Resolution resolution;
    if (Problem problem = Resolution::parse(body, &resolution))
        return problem;

    ClusterWrite write(m_database, clusterId);
    if (Problem problem = write.begin())
        return problem;
    QSqlQuery query(m_database.db());
    if (Problem problem =
            runOnce(m_database, query,
                    QStringLiteral("SELECT %1 FROM conflicts c JOIN records r ON r.id = c.record_id"
                                   " WHERE c.id = ? AND c.cluster_id = ?")
                        .arg(conflictColumns()),
                    {conflictId, clusterId}))
        return problem;
    if (!query.next())
        return Problem::notFound(QStringLiteral("No such conflict"));
    ConflictInfo conflict = readConflict(query);
    if (conflict.isResolved())
        return {409,
                QStringLiteral("already_resolved"),
                QStringLiteral("The conflict was resolved by %1 at %2")
                    .arg(conflict.resolvedBy, conflict.resolvedAt),
                {}};

    QHash<QString, StoredRecord> rows;
    if (Problem problem = loadRecords(m_database, {conflict.recordId}, &rows))
        return problem;
    if (!rows.contains(conflict.recordId))
        return Problem::internal(QStringLiteral("The conflict's record is missing"));
    StoredRecord row = rows.value(conflict.recordId);

    const bool onDeleted = conflict.field == deletedPseudoField();
    const QJsonValue current =
        onDeleted ? QJsonValue(row.state.deleted) : row.state.fields.value(conflict.field);
    QJsonValue chosen = current.isUndefined() ? QJsonValue(QJsonValue::Null) : current;
    if (resolution.keep == Resolution::Keep::Client)
        chosen = conflict.clientValue;
    if (resolution.keep == Resolution::Keep::Value) {
        if (Problem problem = checkMergedValue(m_database, clusterId, conflict, resolution.value))
            return problem;
        chosen = resolution.value;
    }

    const QString now = m_clock.nowText();
    const qint64 sequence = write.takeSequence();
    bool restoring = false;
    if (resolution.keep != Resolution::Keep::Server) {
        if (onDeleted) {
            restoring = row.state.deleted && !chosen.toBool();
            row.state.deleted = chosen.toBool();
        } else {
            setField(&row, conflict.field, chosen, sequence, author.username);
        }
    }
    stamp(&row, sequence, now, author.username, restoring);
    row.state.openConflicts = qMax(0, row.state.openConflicts - 1);
    RecordWriter writer(m_database.db());
    if (Problem problem = writer.update(row))
        return problem;

    conflict.resolvedAt = now;
    conflict.resolvedBy = author.username;
    conflict.resolution = keepName(resolution.keep);
    conflict.resolvedValue = chosen;
    if (Problem problem = runOnce(
            m_database, query,
            QStringLiteral("UPDATE conflicts SET resolved_at = ?,"
                           " resolved_by = ?, resolution = ?,"
                           " resolved_value = ? WHERE id = ?"),
            {now, author.username, conflict.resolution, jsonValueText(chosen), conflict.id}))
        return problem;
    if (Problem problem = write.commit())
        return problem;
    *reply = conflict.toJson();
    reply->insert(QStringLiteral("sequence"), sequence);
    return {};
}

Problem SyncStore::record(const QString &clusterId, const QString &type, const QString &id,
                          QJsonObject *reply)
{
    if (!RecordCatalogue::find(type))
        return Problem::notFound(QStringLiteral("No such record type"));
    if (!isCanonicalUuid(id))
        return invalidId(QStringLiteral("id"));
    QSqlQuery query(m_database.db());
    if (Problem problem = runOnce(m_database, query,
                                  QStringLiteral("SELECT %1 FROM records WHERE id = ?"
                                                 " AND cluster_id = ? AND type = ?")
                                      .arg(recordColumns()),
                                  {id, clusterId, type}))
        return problem;
    if (!query.next())
        return Problem::notFound(QStringLiteral("No such record"));
    *reply = readRecord(query, FieldMeta::Skip).state.toJson();
    return {};
}
