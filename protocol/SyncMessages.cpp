#include "protocol/SyncMessages.h"

#include "protocol/RecordCatalogue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Protocol {

namespace {

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

Problem invalid(const QString &path, const QString &message)
{
    return Problem::badRequest(path, path + QStringLiteral(": ") + message);
}

Problem missing(const QString &path, const QString &message = QStringLiteral("required"))
{
    return Problem::badRequest(path, path + QStringLiteral(": ") + message,
                               QStringLiteral("missing_field"));
}

Problem readObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Problem::badRequest({},
                                   QStringLiteral("The body is not JSON: %1 at offset %2")
                                       .arg(error.errorString())
                                       .arg(error.offset),
                                   QStringLiteral("malformed_json"));
    if (!document.isObject())
        return Problem::badRequest({}, QStringLiteral("The body is not a JSON object"),
                                   QStringLiteral("malformed_json"));
    *object = document.object();
    return {};
}

Problem checkKeys(const QJsonObject &object, const QStringList &known, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            const QString field = childPath(path, it.key());
            return Problem::badRequest(field, field + QStringLiteral(": unknown field"),
                                       QStringLiteral("unknown_field"));
        }
    }
    return {};
}

Problem parseRecord(const QJsonValue &value, const QString &path, PushRecord *record)
{
    if (!value.isObject())
        return invalid(path, QStringLiteral("expected an object"));
    const QJsonObject entry = value.toObject();
    if (Problem problem =
            checkKeys(entry,
                      {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("base"),
                       QStringLiteral("fields"), QStringLiteral("deleted")},
                      path))
        return problem;

    const QString typePath = childPath(path, QStringLiteral("type"));
    const QJsonValue type = entry.value(QStringLiteral("type"));
    if (type.isUndefined())
        return missing(typePath);
    const RecordTypeSpec *spec = type.isString() ? RecordCatalogue::find(type.toString()) : nullptr;
    if (!spec)
        return invalid(typePath, QStringLiteral("expected one of the record types: %1")
                                     .arg(RecordCatalogue::typeNames().join(QStringLiteral(", "))));
    record->type = spec->name;

    const QString idPath = childPath(path, QStringLiteral("id"));
    const QJsonValue id = entry.value(QStringLiteral("id"));
    if (id.isUndefined())
        return missing(idPath);
    if (!id.isString() || !isCanonicalUuid(id.toString()))
        return Problem::badRequest(idPath, idPath + QStringLiteral(": expected a lower-case UUID"),
                                   QStringLiteral("invalid_id"));
    record->id = id.toString();

    const QString basePath = childPath(path, QStringLiteral("base"));
    const QJsonValue base = entry.value(QStringLiteral("base"));
    if (base.isUndefined())
        return missing(basePath);
    const FieldSpec wholeNumber{QStringLiteral("base"), FieldKind::Integer, false, {}};
    if (!valueProblem(wholeNumber, base).isEmpty() || base.toDouble() < 0)
        return invalid(basePath, QStringLiteral("expected a whole number >= 0"));
    record->base = base.toInteger();

    const QString deletedPath = childPath(path, QStringLiteral("deleted"));
    const QJsonValue deleted = entry.value(QStringLiteral("deleted"));
    if (!deleted.isUndefined() && !deleted.isBool())
        return invalid(deletedPath, QStringLiteral("expected true or false"));
    record->deleted = deleted.toBool(false);

    const QString fieldsPath = childPath(path, QStringLiteral("fields"));
    const QJsonValue fields = entry.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isObject())
        return invalid(fieldsPath, QStringLiteral("expected an object"));
    record->fields = fields.toObject();
    for (auto it = record->fields.begin(); it != record->fields.end(); ++it) {
        const QString fieldPath = childPath(fieldsPath, it.key());
        const FieldSpec *field = spec->field(it.key());
        if (!field)
            return Problem::badRequest(
                fieldPath, fieldPath + QStringLiteral(": not a field of %1").arg(spec->name),
                QStringLiteral("unknown_field"));
        const QString problem = valueProblem(*field, it.value());
        if (!problem.isEmpty())
            return invalid(fieldPath, problem);
    }

    // One entry, one intent: changing fields, or deleting.
    if (record->deleted && !record->fields.isEmpty())
        return invalid(deletedPath, QStringLiteral("a deletion carries no fields"));
    if (!record->deleted && record->fields.isEmpty()) {
        if (fields.isUndefined())
            return missing(fieldsPath, QStringLiteral("expected fields or \"deleted\": true"));
        return invalid(fieldsPath, QStringLiteral("expected at least one field"));
    }
    return {};
}

} // namespace

QJsonObject PushRecord::toJson() const
{
    QJsonObject entry{
        {QStringLiteral("type"), type}, {QStringLiteral("id"), id}, {QStringLiteral("base"), base}};
    if (!fields.isEmpty())
        entry.insert(QStringLiteral("fields"), fields);
    if (deleted)
        entry.insert(QStringLiteral("deleted"), true);
    return entry;
}

QJsonObject PushBatch::toJson() const
{
    QJsonArray entries;
    for (const PushRecord &record : records)
        entries.append(record.toJson());
    return {{QStringLiteral("records"), entries}};
}

QByteArray PushBatch::canonicalText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Problem PushBatch::parse(const QByteArray &body, int maxRecords, PushBatch *batch)
{
    QJsonObject root;
    if (Problem problem = readObject(body, &root))
        return problem;
    if (Problem problem = checkKeys(root, {QStringLiteral("records")}, {}))
        return problem;
    const QString recordsPath = QStringLiteral("records");
    const QJsonValue records = root.value(recordsPath);
    if (records.isUndefined())
        return missing(recordsPath);
    if (!records.isArray())
        return invalid(recordsPath, QStringLiteral("expected an array"));
    const QJsonArray entries = records.toArray();
    if (entries.isEmpty())
        return invalid(recordsPath, QStringLiteral("expected at least one record"));
    if (entries.size() > maxRecords)
        return {413, QStringLiteral("payload_too_large"),
                QStringLiteral("records: at most %1 records in a batch").arg(maxRecords),
                recordsPath};

    batch->records.clear();
    batch->records.reserve(entries.size());
    QHash<QString, qsizetype> indexOfId;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("records[%1]").arg(i);
        PushRecord record;
        if (Problem problem = parseRecord(entries.at(i), path, &record))
            return problem;
        const auto earlier = indexOfId.constFind(record.id);
        if (earlier != indexOfId.constEnd())
            return invalid(childPath(path, QStringLiteral("id")),
                           QStringLiteral("the same id as records[%1]").arg(*earlier));
        indexOfId.insert(record.id, i);
        batch->records.append(std::move(record));
    }
    return {};
}

QJsonObject RecordState::toJson() const
{
    QJsonValue restored(QJsonValue::Null);
    if (!restoredAt.isEmpty())
        restored =
            QJsonObject{{QStringLiteral("at"), restoredAt}, {QStringLiteral("by"), restoredBy}};
    return {{QStringLiteral("type"), type},
            {QStringLiteral("id"), id},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("open_conflicts"), openConflicts},
            {QStringLiteral("restored"), restored}};
}

QJsonObject ConflictInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("record_id"), recordId},
            {QStringLiteral("type"), type},
            {QStringLiteral("field"), field},
            {QStringLiteral("base"), base},
            {QStringLiteral("server_value"), serverValue},
            {QStringLiteral("server_author"), serverAuthor},
            {QStringLiteral("client_value"), clientValue},
            {QStringLiteral("client_author"), clientAuthor},
            {QStringLiteral("batch_id"), batchId},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("resolved_at"), textOrNull(resolvedAt)},
            {QStringLiteral("resolved_by"), textOrNull(resolvedBy)},
            {QStringLiteral("resolution"), textOrNull(resolution)},
            {QStringLiteral("resolved_value"),
             isResolved() ? resolvedValue : QJsonValue(QJsonValue::Null)}};
}

QJsonObject ConflictInfo::toPushJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("field"), field},
            {QStringLiteral("server_value"), serverValue},
            {QStringLiteral("client_value"), clientValue}};
}

QString pushStatusName(PushStatus status)
{
    switch (status) {
    case PushStatus::Created:
        return QStringLiteral("created");
    case PushStatus::Applied:
        return QStringLiteral("applied");
    case PushStatus::Conflict:
        return QStringLiteral("conflict");
    case PushStatus::Unchanged:
        return QStringLiteral("unchanged");
    case PushStatus::Deleted:
        return QStringLiteral("deleted");
    case PushStatus::Restored:
        return QStringLiteral("restored");
    }
    return {};
}

QJsonObject PushResult::toJson() const
{
    QJsonArray conflictList;
    for (const ConflictInfo &conflict : conflicts)
        conflictList.append(conflict.toPushJson());
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("type"), record.type},
            {QStringLiteral("status"), pushStatusName(status)},
            {QStringLiteral("sequence"), record.sequence},
            {QStringLiteral("fields"), record.fields},
            {QStringLiteral("deleted"), record.deleted},
            {QStringLiteral("conflicts"), conflictList}};
}

QJsonObject PushReply::toJson() const
{
    QJsonArray resultList;
    for (const PushResult &result : results)
        resultList.append(result.toJson());
    return {{QStringLiteral("batch_id"), batchId},
            {QStringLiteral("last_sequence"), lastSequence},
            {QStringLiteral("results"), resultList}};
}

QJsonObject PullPage::toJson() const
{
    QJsonArray recordList;
    for (const RecordState &record : records)
        recordList.append(record.toJson());
    return {{QStringLiteral("cluster"), cluster},
            {QStringLiteral("since"), since},
            {QStringLiteral("next"), next},
            {QStringLiteral("more"), more},
            {QStringLiteral("last_sequence"), lastSequence},
            {QStringLiteral("records"), recordList}};
}

QString keepName(Resolution::Keep keep)
{
    switch (keep) {
    case Resolution::Keep::Server:
        return QStringLiteral("server");
    case Resolution::Keep::Client:
        return QStringLiteral("client");
    case Resolution::Keep::Value:
        return QStringLiteral("value");
    }
    return {};
}

QJsonObject Resolution::toJson() const
{
    QJsonObject body{{QStringLiteral("keep"), keepName(keep)}};
    if (keep == Keep::Value)
        body.insert(QStringLiteral("value"), value);
    return body;
}

Problem Resolution::parse(const QByteArray &body, Resolution *resolution)
{
    QJsonObject root;
    if (Problem problem = readObject(body, &root))
        return problem;
    const QString keepPath = QStringLiteral("keep");
    const QString valuePath = QStringLiteral("value");
    if (Problem problem = checkKeys(root, {keepPath, valuePath}, {}))
        return problem;
    const QJsonValue keep = root.value(keepPath);
    if (keep.isUndefined())
        return missing(keepPath);
    const QString keepText = keep.toString();
    std::optional<Keep> choice;
    for (Keep candidate : {Keep::Server, Keep::Client, Keep::Value}) {
        if (keep.isString() && keepText == keepName(candidate))
            choice = candidate;
    }
    if (!choice)
        return invalid(keepPath, QStringLiteral("expected \"server\", \"client\" or \"value\""));
    const QJsonValue value = root.value(valuePath);
    if (*choice == Keep::Value && value.isUndefined())
        return missing(valuePath, QStringLiteral("required with \"keep\": \"value\""));
    if (*choice != Keep::Value && !value.isUndefined())
        return invalid(valuePath, QStringLiteral("only with \"keep\": \"value\""));
    resolution->keep = *choice;
    resolution->value = value;
    return {};
}

QString jsonValueText(const QJsonValue &value)
{
    const QJsonValue stored = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    const QByteArray list = QJsonDocument(QJsonArray{stored}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(list.mid(1, list.size() - 2));
}

QJsonValue jsonValueFromText(const QString &text)
{
    QByteArray list = text.toUtf8();
    list.prepend('[').append(']');
    const QJsonArray values = QJsonDocument::fromJson(list).array();
    return values.isEmpty() ? QJsonValue(QJsonValue::Null) : values.first();
}

QString jsonObjectText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObjectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace Protocol
