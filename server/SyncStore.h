#pragma once

#include "protocol/Problem.h"
#include "server/Accounts.h"
#include "server/Clock.h"

#include <QByteArray>
#include <QJsonObject>

class ServerDatabase;

struct SyncLimits
{
    int maxBatchRecords = 1000;
    int defaultPageSize = 500;
    int maxPageSize = 1000;
};

// Who is writing: the author stored with every field and conflict.
struct Author
{
    QString accountId;
    QString username;
};

// The sync protocol over the generic records table (docs/sync-protocol.md is the contract):
// paged pull by sequence, batch push with replay and field-level merging, conflicts and their
// resolution, and one record. The caller has already checked that the account may use the
// cluster; this class checks that every id named belongs to it (404 otherwise, nothing changed).
// Every write is one transaction that first locks the cluster's row, so concurrent pushes to one
// cluster, from one process or many on PostgreSQL, apply one after another.
class SyncStore
{
public:
    SyncStore(ServerDatabase &database, const Clock &clock, const SyncLimits &limits = {});

    // The HTTP layer passes limits().defaultPageSize to pull() when a request gives no limit.
    const SyncLimits &limits() const { return m_limits; }

    // GET /v1/clusters/{c}/changes?since=&limit=
    Protocol::Problem pull(const QString &clusterId, qint64 since, int limit, QJsonObject *reply);
    // PUT /v1/clusters/{c}/batches/{batchId} with the JSON body. *replayed is true when the batch
    // was already applied and the stored reply is returned again.
    Protocol::Problem push(const QString &clusterId, const QString &batchId, const QByteArray &body,
                           const Author &author, QJsonObject *reply, bool *replayed);
    // GET /v1/clusters/{c}/batches/{batchId}: the stored reply of an applied batch.
    Protocol::Problem batch(const QString &clusterId, const QString &batchId, QJsonObject *reply);
    // GET /v1/clusters/{c}/conflicts?record=&state=open|resolved|all
    Protocol::Problem conflicts(const QString &clusterId, const QString &recordId,
                                const QString &state, QJsonObject *reply);
    // POST /v1/clusters/{c}/conflicts/{id}/resolution with the JSON body.
    Protocol::Problem resolve(const QString &clusterId, const QString &conflictId,
                              const QByteArray &body, const Author &author, QJsonObject *reply);
    // GET /v1/clusters/{c}/records/{type}/{id}
    Protocol::Problem record(const QString &clusterId, const QString &type, const QString &id,
                             QJsonObject *reply);

private:
    ServerDatabase &m_database;
    const Clock &m_clock;
    SyncLimits m_limits;
};
