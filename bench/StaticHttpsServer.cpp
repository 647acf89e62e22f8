#include "bench/StaticHttpsServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace {

void answer(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status,
            const QByteArray &body)
{
    responder.writeStatusLine(status);
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace

StaticHttpsServer::StaticHttpsServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

bool StaticHttpsServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    using Method = QHttpServerRequest::Method;
    const auto found = m_replies.constFind(request.url().path());
    if (found == m_replies.constEnd() ||
        (request.method() != Method::Get && request.method() != Method::Put))
        return false;
    m_bytesReceived += request.body().size();
    QHttpServerResponder responder = makeResponder(request, socket);
    answer(responder, QHttpServerResponder::StatusCode::Ok, *found);
    return true;
}

void StaticHttpsServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    answer(responder, QHttpServerResponder::StatusCode::NotFound, QByteArrayLiteral("{}"));
}
