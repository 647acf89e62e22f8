#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

// Push entries and batches as docs/sync-protocol.md writes them, for the server tests and the
// benchmark.
namespace SyncTestData {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// An entry that changes fields of a record edited from version `base` (0: a new record).
inline QJsonObject change(const QString &type, const QString &id, qint64 base,
                          const QJsonObject &fields)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("id"), id},
            {QStringLiteral("base"), base},
            {QStringLiteral("fields"), fields}};
}

inline QJsonObject deletion(const QString &type, const QString &id, qint64 base)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("id"), id},
            {QStringLiteral("base"), base},
            {QStringLiteral("deleted"), true}};
}

inline QJsonObject batchOf(const QJsonArray &records)
{
    return {{QStringLiteral("records"), records}};
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray batchBody(const QJsonArray &records)
{
    return compact(batchOf(records));
}

} // namespace SyncTestData
