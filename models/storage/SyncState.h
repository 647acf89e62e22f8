#pragma once

#include <QString>

// Values of the sync_state column that every synced table carries from the first migration on.
namespace SyncState {
inline QString dirty()
{
    return QStringLiteral("dirty");
}
inline QString uploading()
{
    return QStringLiteral("uploading");
}
inline QString synced()
{
    return QStringLiteral("synced");
}
inline QString conflict()
{
    return QStringLiteral("conflict");
}
} // namespace SyncState
