#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QString>

// The transport baseline of bench_server: a QtHttpServer with nothing behind it, to run over the
// same TLS configuration in the same thread as lecdesk-server's HttpApi. A GET of a known path
// answers its stored bytes; a PUT of a known path has its body read by QtHttpServer, as HttpApi's
// is, drops it and answers the stored bytes; anything else is 404. Replies are written with the
// same responder calls as HttpApi's, so the two differ only in what happens between request and
// reply. Set the replies before clients connect, in the server's thread.
class StaticHttpsServer : public QAbstractHttpServer
{
public:
    explicit StaticHttpsServer(QObject *parent = nullptr);

    void setReply(const QString &path, const QByteArray &body) { m_replies.insert(path, body); }
    // The bytes of request bodies received and dropped: proof that the uploads arrived.
    qint64 bytesReceived() const { return m_bytesReceived; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QHash<QString, QByteArray> m_replies;
    qint64 m_bytesReceived = 0;
};
