#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

// What came back from one request. status is 0 when no HTTP answer arrived (TLS refused,
// connection closed); error then says why.
struct HttpsReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The `error` code of an error body.
    QString errorCode() const { return json.value(QStringLiteral("error")).toString(); }
    QString errorField() const { return json.value(QStringLiteral("field")).toString(); }
};

// An HTTPS client of lecdesk-server for tests and benchmarks: QNetworkAccessManager with the
// given TLS configuration (see TestCertificate::clientConfiguration), a bearer token once set,
// JSON bodies. The blocking calls wait on the reply's own signal, never on a fixed sleep.
class HttpsTestClient
{
public:
    HttpsTestClient(const QUrl &base, const QSslConfiguration &tls);

    // Sends "Authorization: Bearer TOKEN" from now on ("" sends no Authorization header).
    void setToken(const QString &token)
    {
        m_authorization = token.isEmpty() ? QByteArray() : QByteArray("Bearer " + token.toLatin1());
    }
    // Sends this Authorization header as it is, to test malformed ones.
    void setAuthorization(const QByteArray &header) { m_authorization = header; }

    HttpsReply get(const QString &path) { return send("GET", path); }
    HttpsReply del(const QString &path) { return send("DELETE", path); }
    HttpsReply put(const QString &path, const QJsonObject &body);
    HttpsReply post(const QString &path, const QJsonObject &body);
    // Any method, with a raw body sent as `contentType` ("" sends none).
    HttpsReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &contentType = "application/json");

    // The same, without waiting: for requests that must be in flight together. The reply belongs
    // to the caller; finish() waits for it and reads it.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QByteArray &contentType = "application/json");
    static HttpsReply finish(QNetworkReply *reply);

    QNetworkAccessManager &manager() { return m_manager; }
    QUrl url(const QString &path) const;

private:
    QUrl m_base;
    QSslConfiguration m_tls;
    QByteArray m_authorization;
    QNetworkAccessManager m_manager;
};
