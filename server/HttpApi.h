#pragma once

#include "server/Clock.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>

class Accounts;
class AccessLog;
class ServerDatabase;
class SyncStore;

struct HttpLimits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    // A connection that sends nothing and reads nothing for this long is closed, and a TLS
    // handshake must finish within it: slow or idle clients cannot hold connections forever.
    int idleTimeoutSeconds = 60;
};

// The HTTPS front of lecdesk-server: routes every /v1 request of docs/sync-protocol.md, checks the
// bearer token and the caller's role in the cluster of the URL (404 when it is not theirs), the
// body size and type, turns every Protocol::Problem into its JSON error body, and writes one
// access-log line per request (never a token or a password).
class HttpApi : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpApi(ServerDatabase &database, Accounts &accounts, SyncStore &sync, const Clock &clock,
            const HttpLimits &limits, AccessLog *log, QObject *parent = nullptr);
    ~HttpApi() override;

    // QAbstractHttpServer::listen(), plus a guard on every TLS connection: QtHttpServer 6.4 reads
    // a request's whole body into memory before handleRequest() sees it, so a body declared or
    // sent over HttpLimits::maxBodyBytes is answered 413 and drained by the guard instead. Call
    // this one (not the base class's) after sslSetup(); returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);

    // The TLS set-up for a PEM certificate (chain) and key: TLS 1.2 or newer only. Returns a null
    // configuration and sets *error (naming the file) when they cannot be read or do not match.
    static QSslConfiguration tlsConfiguration(const QString &certificateFile,
                                              const QString &keyFile, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
