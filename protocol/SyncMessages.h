#pragma once

#include "protocol/Problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The JSON messages of sync (docs/sync-protocol.md): what a client pushes, what pulls, pushes and
// conflict listings answer. The server parses pushes and writes replies with these; the desktop
// does the reverse with the same structs, so both read the wire the same way.
namespace Protocol {

// One entry of a push: a record's changed fields, or its deletion, against the version the
// client edited (base 0 for a record never pushed).
struct PushRecord
{
    QString type;
    QString id;
    qint64 base = 0;
    QJsonObject fields;
    bool deleted = false;

    QJsonObject toJson() const;
};

// The body of PUT /v1/clusters/{c}/batches/{id}.
struct PushBatch
{
    QList<PushRecord> records;

    QJsonObject toJson() const;
    // The same batch always gives the same text, however the client spelled it (spaces, key
    // order, an explicit "deleted": false): what a replayed batch is compared by.
    QByteArray canonicalText() const;

    // Checks a push body completely: JSON shape, known types and fields, value kinds, canonical
    // ids, each id once. Problems name the JSON path ("records[3].fields.pupils"); more than
    // maxRecords entries is 413 payload_too_large.
    static Problem parse(const QByteArray &body, int maxRecords, PushBatch *batch);
};

// A record as pulls, pushes and GET .../records show it.
struct RecordState
{
    QString type;
    QString id;
    qint64 sequence = 0;
    bool deleted = false;
    QJsonObject fields;
    QString updatedAt;
    QString updatedBy;
    int openConflicts = 0;
    QString restoredAt; // "" unless the last write brought the record back from a delete
    QString restoredBy;

    QJsonObject toJson() const;
};

// A field changed on both sides, as GET .../conflicts lists it.
struct ConflictInfo
{
    QString id;
    QString recordId;
    QString type;
    QString field; // a field of the type, or the pseudo-field "deleted"
    qint64 base = 0;
    QJsonValue serverValue;
    QString serverAuthor;
    QJsonValue clientValue;
    QString clientAuthor;
    QString batchId;
    QString createdAt;
    QString resolvedAt; // "" while open
    QString resolvedBy;
    QString resolution; // "server", "client" or "value" once resolved
    QJsonValue resolvedValue;

    bool isResolved() const { return !resolvedAt.isEmpty(); }
    QJsonObject toJson() const;
    // The short form inside a push result: id, field, server_value, client_value.
    QJsonObject toPushJson() const;
};

// The pseudo-field of a conflict between a delete and a newer edit.
inline QString deletedPseudoField()
{
    return QStringLiteral("deleted");
}

enum class PushStatus { Created, Applied, Conflict, Unchanged, Deleted, Restored };
QString pushStatusName(PushStatus status);

// What became of one pushed record: its status and the server's state of it now.
struct PushResult
{
    PushStatus status = PushStatus::Unchanged;
    RecordState record;
    QList<ConflictInfo> conflicts;

    QJsonObject toJson() const;
};

struct PushReply
{
    QString batchId;
    qint64 lastSequence = 0;
    QList<PushResult> results;

    QJsonObject toJson() const;
};

struct PullPage
{
    QString cluster;
    qint64 since = 0;
    qint64 next = 0;
    bool more = false;
    qint64 lastSequence = 0;
    QList<RecordState> records;

    QJsonObject toJson() const;
};

// The body of POST .../conflicts/{id}/resolution. Whether the value fits the conflict's field is
// for the server to check: only it knows the field.
struct Resolution
{
    enum class Keep { Server, Client, Value };
    Keep keep = Keep::Server;
    QJsonValue value; // with Keep::Value

    QJsonObject toJson() const;
    static Problem parse(const QByteArray &body, Resolution *resolution);
};
QString keepName(Resolution::Keep keep);

// A single JSON value as text and back, for values stored in a text column ("Torino", 42, null).
// Optional text on the wire: "" is written as null.
QJsonValue textOrNull(const QString &text);
QString jsonValueText(const QJsonValue &value);
QJsonValue jsonValueFromText(const QString &text);
QString jsonObjectText(const QJsonObject &object);
QJsonObject jsonObjectFromText(const QString &text);

} // namespace Protocol
