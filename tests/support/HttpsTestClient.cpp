#include "tests/support/HttpsTestClient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace {

// Long enough for a loaded CI machine; a reply that takes longer is a failure, not a wait.
constexpr int replyTimeoutMs = 120000;

} // namespace

HttpsTestClient::HttpsTestClient(const QUrl &base, const QSslConfiguration &tls)
    : m_base(base)
    , m_tls(tls)
{
    m_manager.setTransferTimeout(replyTimeoutMs);
}

QUrl HttpsTestClient::url(const QString &path) const
{
    return m_base.resolved(QUrl(path));
}

HttpsReply HttpsTestClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpsReply HttpsTestClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpsReply HttpsTestClient::send(const QByteArray &method, const QString &path,
                                 const QByteArray &body, const QByteArray &contentType)
{
    return finish(start(method, path, body, contentType));
}

QNetworkReply *HttpsTestClient::start(const QByteArray &method, const QString &path,
                                      const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url(path));
    request.setSslConfiguration(m_tls);
    // lecdesk-server speaks HTTP/1.1 only.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!contentType.isEmpty() && !body.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (method == "GET")
        return m_manager.get(request);
    if (method == "DELETE")
        return m_manager.deleteResource(request);
    return m_manager.sendCustomRequest(request, method, body);
}

HttpsReply HttpsTestClient::finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(replyTimeoutMs))
            reply->abort();
    }
    HttpsReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->isOpen())
        result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}
