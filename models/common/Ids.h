#pragma once

#include <QString>
#include <QUuid>

// Record ids: made on the client, before a record is first saved, so that every copy of the
// record (undo history, sync batches, the server) names the same row. Lower-case UUIDs without
// braces, as the sync protocol expects.
namespace Ids {
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace Ids
