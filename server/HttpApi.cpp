#include "server/HttpApi.h"

#include "protocol/RecordCatalogue.h"
#include "protocol/SyncMessages.h"
#include "server/AccessLog.h"
#include "server/Accounts.h"
#include "server/ServerDatabase.h"
#include "server/SyncStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <climits>

using Protocol::Problem;
using Protocol::textOrNull;
using Method = QHttpServerRequest::Method;

namespace {

// Room for the request line and headers on top of the body limit.
constexpr qint64 headerAllowance = 64 * 1024;
// How much of a refused body is read and thrown away, so that the client gets to read the 413,
// before the connection is closed on it.
constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;
const QString guardName = QStringLiteral("lecdesk-body-guard");
constexpr char guardedProperty[] = "lecdesk-guarded";

// What a route needs from the caller before its handler runs.
enum class Access {
    Anyone,        // health, login
    Account,       // a valid token
    ClusterReader, // a valid token and a role in the cluster of the URL
    ClusterWriter, // ... coordinator or admin
};

struct Reply
{
    int status = 200;
    QJsonObject body;
    bool hasBody = true;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool replayed = false;

    static Reply json(const QJsonObject &body, int status = 200)
    {
        Reply reply;
        reply.status = status;
        reply.body = body;
        return reply;
    }
    static Reply noContent()
    {
        Reply reply;
        reply.status = 204;
        reply.hasBody = false;
        return reply;
    }
    static Reply problem(const Problem &problem)
    {
        if (problem.status >= 500) {
            // The details (a statement, a driver's message) are for the server's log only.
            qWarning("lecdesk-server: %s", qUtf8Printable(problem.message));
            return json(Problem::internal(QStringLiteral("The server failed; nothing was changed"))
                            .toJson(),
                        problem.status);
        }
        Reply reply = json(problem.toJson(), problem.status);
        if (problem.status == 401)
            reply.headers.append(
                {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return reply;
    }
};

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

Problem payloadTooLarge(qint64 limit)
{
    return {
        413,
        QStringLiteral("payload_too_large"),
        QStringLiteral("The request body is larger than the server's limit of %1 bytes").arg(limit),
        {}};
}

QJsonObject accountJson(const Account &account)
{
    return {{QStringLiteral("id"), account.id},
            {QStringLiteral("username"), account.username},
            {QStringLiteral("display_name"), account.displayName}};
}

QJsonObject tokenJson(const DeviceToken &token)
{
    return {{QStringLiteral("id"), token.id},
            {QStringLiteral("device"), token.device},
            {QStringLiteral("created_at"), token.createdAt},
            {QStringLiteral("expires_at"), token.expiresAt},
            {QStringLiteral("last_used_at"), textOrNull(token.lastUsedAt)}};
}

// The media type of a Content-Type header, without parameters, in lower case.
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

// A request body that must be a JSON object with exactly the string members `required`.
Problem readStrings(const QByteArray &body, const QStringList &required, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Problem::badRequest({}, QStringLiteral("The body is not a JSON object"),
                                   QStringLiteral("malformed_json"));
    *object = document.object();
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (!required.contains(it.key()))
            return Problem::badRequest(it.key(), QStringLiteral("%1: unknown field").arg(it.key()),
                                       QStringLiteral("unknown_field"));
    }
    for (const QString &name : required) {
        if (!object->contains(name))
            return Problem::badRequest(name, QStringLiteral("%1: required").arg(name),
                                       QStringLiteral("missing_field"));
        if (!object->value(name).isString())
            return Problem::badRequest(name, QStringLiteral("%1: expected a string").arg(name));
    }
    return {};
}

// A whole number in the query (since, limit), or `fallback` when absent. Its range is the
// store's to judge.
Problem queryInteger(const QUrlQuery &query, const QString &key, qint64 fallback, qint64 *value)
{
    *value = fallback;
    if (!query.hasQueryItem(key))
        return {};
    bool ok = false;
    *value = query.queryItemValue(key, QUrl::FullyDecoded).toLongLong(&ok);
    if (!ok)
        return Problem::badRequest(key, QStringLiteral("%1: expected a whole number").arg(key));
    return {};
}

// The tags of the DER items read below.
constexpr char derBitString = 0x03;
constexpr char derSequence = 0x30;
constexpr char derContext1 = char(0xa1);

struct DerItem
{
    char tag = 0;
    QByteArray content;
};

// The items of DER-encoded data, one level deep; empty when it is not well-formed DER.
QList<DerItem> derItems(const QByteArray &data)
{
    QList<DerItem> items;
    qsizetype at = 0;
    while (at < data.size()) {
        if (data.size() - at < 2)
            return {};
        const char tag = data.at(at);
        const quint8 first = quint8(data.at(at + 1));
        at += 2;
        qsizetype length = first;
        if (first & 0x80) {
            const int count = first & 0x7f;
            if (count == 0 || count > 4 || data.size() - at < count)
                return {};
            length = 0;
            for (int i = 0; i < count; ++i)
                length = (length << 8) | quint8(data.at(at++));
        }
        if (length < 0 || data.size() - at < length)
            return {};
        items.append({tag, data.mid(at, length)});
        at += length;
    }
    return items;
}

// The members of the one SEQUENCE that makes up `data`.
QList<DerItem> derSequenceMembers(const QByteArray &data)
{
    const QList<DerItem> items = derItems(data);
    if (items.size() != 1 || items.first().tag != derSequence)
        return {};
    return derItems(items.first().content);
}

// The public numbers of a key: RSA's modulus and exponent, EC's point. A certificate's public key
// is a SubjectPublicKeyInfo; a private key, as Qt writes it, PKCS#1 (RSA) or SEC1 (EC) with the
// public point. Equal numbers mean the key belongs to the certificate.
QList<QByteArray> publicNumbers(const QSslKey &key)
{
    const QList<DerItem> members = derSequenceMembers(key.toDer());
    if (key.type() == QSsl::PublicKey) {
        if (members.size() != 2 || members.at(1).tag != derBitString ||
            members.at(1).content.isEmpty())
            return {};
        const QByteArray bits = members.at(1).content.mid(1); // after the unused-bits count
        if (key.algorithm() == QSsl::Ec)
            return {bits};
        const QList<DerItem> rsa = derSequenceMembers(bits);
        if (rsa.size() != 2)
            return {};
        return {rsa.at(0).content, rsa.at(1).content};
    }
    if (key.algorithm() == QSsl::Rsa) {
        if (members.size() < 3)
            return {};
        return {members.at(1).content, members.at(2).content};
    }
    for (const DerItem &member : members) {
        if (member.tag != derContext1)
            continue;
        const QList<DerItem> point = derItems(member.content);
        if (point.size() == 1 && point.first().tag == derBitString &&
            !point.first().content.isEmpty())
            return {point.first().content.mid(1)};
    }
    return {};
}

bool readFile(const QString &path, const QString &what, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the %1 %2: %3").arg(what, path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

// QtHttpServer 6.4 reads the whole body of a request into memory before handleRequest() sees
// it, with no limit of its own. This guard sees each chunk of a TLS connection first: a request
// that declares a Content-Length over the limit, or sends more than the limit plus room for
// headers, is answered 413 here, and its bytes are drained instead of buffered. Only peeks until
// then, so QtHttpServer parses everything it lets through.
class BodyGuard : public QObject
{
public:
    BodyGuard(QSslSocket *socket, HttpApi *server, const HttpLimits &limits, const Clock &clock,
              AccessLog *log)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
        , m_limits(limits)
        , m_clock(clock)
        , m_log(log)
    {
        setObjectName(guardName);
        m_timer.start();
        connect(socket, &QIODevice::readyRead, this, &BodyGuard::onReadyRead);
        // Replies go out in several writes (headers, body): without this, Nagle's algorithm holds
        // the last piece until the client's delayed ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Any traffic either way keeps the connection; silence closes it.
        m_idle.setSingleShot(true);
        m_idle.setInterval(std::chrono::seconds(limits.idleTimeoutSeconds));
        connect(&m_idle, &QTimer::timeout, socket, &QAbstractSocket::abort);
        connect(socket, &QIODevice::readyRead, &m_idle, qOverload<>(&QTimer::start));
        connect(socket, &QIODevice::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
        m_idle.start();
    }

    // A complete request went to handleRequest(): the next chunk starts a new one.
    void requestHandled()
    {
        m_received = 0;
        m_method.clear();
        m_path.clear();
    }

private:
    void onReadyRead()
    {
        if (m_refused) {
            drain();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return;
        if (m_received == 0) {
            m_timer.restart();
            const qint64 declaredTotal =
                inspectHead(m_socket->peek(qMin(available, headerAllowance)));
            if (declaredTotal > 0) {
                refuse(declaredTotal);
                return;
            }
        }
        m_received += available;
        if (m_received > m_limits.maxBodyBytes + headerAllowance)
            refuse(m_limits.maxBodyBytes); // the length is unknown: another limit's worth
    }

    // Reads the request line for the log; returns the size of the whole request when its headers
    // declare a body over the limit, else 0.
    qint64 inspectHead(const QByteArray &head)
    {
        const qsizetype headEnd = head.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = head.left(headEnd < 0 ? head.size() : headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/"))
            return 0; // not the start of a request: leave it to QtHttpServer
        m_method = QString::fromLatin1(requestLine.at(0));
        m_path = AccessLog::loggablePath(QUrl(QString::fromLatin1(requestLine.at(1))));
        if (headEnd < 0)
            return 0;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
                continue;
            bool ok = false;
            const qint64 declared = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (ok && declared > m_limits.maxBodyBytes)
                return headEnd + 4 + qMin(declared, maxDrainBytes);
        }
        return 0;
    }

    // Answers 413, then reads and drops up to `drainBytes` more of the connection (what is
    // buffered now included) before closing it.
    void refuse(qint64 drainBytes)
    {
        // QtHttpServer no longer reads this connection, and drops what its transaction kept.
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_server, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_refused = true;
        m_drainLeft = qMin(drainBytes, maxDrainBytes);

        const QByteArray body = QJsonDocument(payloadTooLarge(m_limits.maxBodyBytes).toJson())
                                    .toJson(QJsonDocument::Compact);
        if (m_log) {
            AccessLogEntry entry;
            entry.time = m_clock.nowText();
            entry.remoteAddress = m_socket->peerAddress().toString();
            entry.method = m_method;
            entry.path = m_path;
            entry.status = 413;
            entry.responseBytes = body.size();
            entry.durationMs = m_timer.elapsed();
            m_log->write(entry);
        }
        const QByteArray response = "HTTP/1.1 413 Payload Too Large\r\n"
                                    "Content-Type: application/json\r\n"
                                    "Content-Length: " +
                                    QByteArray::number(body.size()) +
                                    "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" +
                                    body;
        m_socket->write(response);
        drain();
    }

    void drain()
    {
        m_drainLeft -= m_socket->skip(m_socket->bytesAvailable());
        if (m_drainLeft <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
    }

    QSslSocket *m_socket;
    HttpApi *m_server;
    const HttpLimits &m_limits;
    const Clock &m_clock;
    AccessLog *m_log;
    QElapsedTimer m_timer;
    QTimer m_idle;
    qint64 m_received = 0; // bytes of the current request seen so far
    bool m_refused = false;
    qint64 m_drainLeft = 0;
    QString m_method;
    QString m_path;
};

} // namespace

struct HttpApi::Private
{
    // One request on its way through the route table.
    struct Call
    {
        const QHttpServerRequest &request;
        QHash<QString, QString> parameters; // {cluster}, {batch_id}, ... of the path
        Session session;                    // when the route needs an account
        QString username;                   // for the access log, once known
        Author author() const { return {session.account.id, session.account.username}; }
        QString cluster() const { return parameters.value(QStringLiteral("cluster")); }
    };
    using Handler = Reply (Private::*)(Call &);

    struct Route
    {
        Method method;
        QStringList segments; // "{name}" matches any one segment
        Access access;
        Handler handler;
    };

    ServerDatabase &database;
    Accounts &accounts;
    SyncStore &sync;
    const Clock &clock;
    HttpLimits limits;
    AccessLog *log;

    static const QList<Route> &routes();
    static bool matches(const Route &route, const QStringList &segments,
                        QHash<QString, QString> *parameters);

    Reply dispatch(Call &call);
    Problem checkBody(const QHttpServerRequest &request) const;
    Problem authenticate(const QHttpServerRequest &request, Session *session);
    void send(QHttpServerResponder &responder, const Reply &reply, AccessLogEntry &entry,
              const QElapsedTimer &timer);

    Reply health(Call &call);
    Reply login(Call &call);
    Reply logout(Call &call);
    Reply me(Call &call);
    Reply myTokens(Call &call);
    Reply revokeMyToken(Call &call);
    Reply changes(Call &call);
    Reply pushBatch(Call &call);
    Reply batch(Call &call);
    Reply conflicts(Call &call);
    Reply resolveConflict(Call &call);
    Reply record(Call &call);
};

const QList<HttpApi::Private::Route> &HttpApi::Private::routes()
{
    const auto path = [](const char *text) { return QString::fromLatin1(text).split(u'/'); };
    static const QList<Route> table = {
        {Method::Get, path("/v1/health"), Access::Anyone, &Private::health},
        {Method::Post, path("/v1/login"), Access::Anyone, &Private::login},
        {Method::Post, path("/v1/logout"), Access::Account, &Private::logout},
        {Method::Get, path("/v1/me"), Access::Account, &Private::me},
        {Method::Get, path("/v1/me/tokens"), Access::Account, &Private::myTokens},
        {Method::Delete, path("/v1/me/tokens/{token_id}"), Access::Account,
         &Private::revokeMyToken},
        {Method::Get, path("/v1/clusters/{cluster}/changes"), Access::ClusterReader,
         &Private::changes},
        {Method::Put, path("/v1/clusters/{cluster}/batches/{batch_id}"), Access::ClusterWriter,
         &Private::pushBatch},
        {Method::Get, path("/v1/clusters/{cluster}/batches/{batch_id}"), Access::ClusterReader,
         &Private::batch},
        {Method::Get, path("/v1/clusters/{cluster}/conflicts"), Access::ClusterReader,
         &Private::conflicts},
        {Method::Post, path("/v1/clusters/{cluster}/conflicts/{conflict_id}/resolution"),
         Access::ClusterWriter, &Private::resolveConflict},
        {Method::Get, path("/v1/clusters/{cluster}/records/{type}/{id}"), Access::ClusterReader,
         &Private::record},
    };
    return table;
}

bool HttpApi::Private::matches(const Route &route, const QStringList &segments,
                               QHash<QString, QString> *parameters)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &pattern = route.segments.at(i);
        if (pattern.startsWith(u'{')) {
            if (segments.at(i).isEmpty())
                return false;
            found.insert(pattern.mid(1, pattern.size() - 2), segments.at(i));
        } else if (pattern != segments.at(i)) {
            return false;
        }
    }
    *parameters = found;
    return true;
}

Reply HttpApi::Private::dispatch(Call &call)
{
    const QHttpServerRequest &request = call.request;
    const QStringList segments = request.url().path().split(u'/');
    const Route *route = nullptr;
    QList<QByteArray> allowed;
    for (const Route &candidate : routes()) {
        QHash<QString, QString> parameters;
        if (!matches(candidate, segments, &parameters))
            continue;
        if (candidate.method == request.method()) {
            route = &candidate;
            call.parameters = parameters;
            break;
        }
        allowed.append(methodName(candidate.method).toLatin1());
    }
    if (!route && allowed.isEmpty())
        return Reply::problem(Problem::notFound(QStringLiteral("No such path")));
    if (!route) {
        Reply reply = Reply::problem({405,
                                      QStringLiteral("method_not_allowed"),
                                      QStringLiteral("This path accepts %1 only")
                                          .arg(QString::fromLatin1(allowed.join(", "))),
                                      {}});
        reply.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return reply;
    }

    if (const Problem problem = checkBody(request))
        return Reply::problem(problem);
    if (route->access != Access::Anyone) {
        if (const Problem problem = authenticate(request, &call.session))
            return Reply::problem(problem);
        call.username = call.session.account.username;
    }
    // Every id in the path is a canonical UUID; the record type is the store's to judge.
    for (const QString &name :
         {QStringLiteral("cluster"), QStringLiteral("batch_id"), QStringLiteral("conflict_id"),
          QStringLiteral("token_id"), QStringLiteral("id")}) {
        const auto value = call.parameters.constFind(name);
        if (value != call.parameters.constEnd() && !Protocol::isCanonicalUuid(*value))
            return Reply::problem(
                Problem::badRequest(name, QStringLiteral("%1: expected a canonical UUID").arg(name),
                                    QStringLiteral("invalid_id")));
    }
    if (route->access == Access::ClusterReader || route->access == Access::ClusterWriter) {
        // A cluster that does not exist and one that is not the caller's look the same.
        const std::optional<Role> role = accounts.roleIn(call.session.account.id, call.cluster());
        if (!role)
            return Reply::problem(Problem::notFound(QStringLiteral("No such cluster")));
        if (route->access == Access::ClusterWriter && *role == Role::Viewer)
            return Reply::problem({403,
                                   QStringLiteral("read_only"),
                                   QStringLiteral("A viewer of this cluster cannot change it"),
                                   {}});
    }
    return (this->*route->handler)(call);
}

Problem HttpApi::Private::checkBody(const QHttpServerRequest &request) const
{
    bool declared = false;
    const qint64 declaredLength =
        request.value(QByteArrayLiteral("content-length")).toLongLong(&declared);
    if ((declared && declaredLength > limits.maxBodyBytes) ||
        request.body().size() > limits.maxBodyBytes)
        return payloadTooLarge(limits.maxBodyBytes);
    if (!request.body().isEmpty() &&
        mediaType(request.value(QByteArrayLiteral("content-type"))) != "application/json")
        return {415,
                QStringLiteral("unsupported_media_type"),
                QStringLiteral("A request body must be sent as application/json"),
                {}};
    return {};
}

Problem HttpApi::Private::authenticate(const QHttpServerRequest &request, Session *session)
{
    const QByteArray header = request.value(QByteArrayLiteral("authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = (space < 0 ? header : header.left(space)).toLower();
    if (!header.isEmpty() && scheme != "bearer")
        return {401,
                QStringLiteral("invalid_token"),
                QStringLiteral("The Authorization header must be: Bearer TOKEN"),
                {}};
    return accounts.authenticate(QString::fromLatin1(header.mid(scheme.size()).trimmed()), session);
}

void HttpApi::Private::send(QHttpServerResponder &responder, const Reply &reply,
                            AccessLogEntry &entry, const QElapsedTimer &timer)
{
    const QByteArray body =
        reply.hasBody ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact) : QByteArray();
    entry.status = reply.status;
    entry.responseBytes = body.size();
    entry.replayed = reply.replayed;
    entry.durationMs = timer.elapsed();
    // Logged before the reply leaves, so that a client that has its reply finds the line.
    if (log)
        log->write(entry);

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    // Replies may carry a token (login) and always describe one account's data.
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (reply.hasBody) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"),
                              QByteArrayLiteral("application/json"));
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    }
    responder.writeBody(body);
}

Reply HttpApi::Private::health(Call &)
{
    const int schema = database.schemaVersion();
    if (schema == 0)
        return Reply::json(
            {{QStringLiteral("error"), QStringLiteral("unavailable")},
             {QStringLiteral("message"), QStringLiteral("The database does not answer")}},
            503);
    return Reply::json(
        {{QStringLiteral("status"), QStringLiteral("ok")},
         {QStringLiteral("version"), QStringLiteral(LECDESK_VERSION)},
         {QStringLiteral("schema"), schema},
         {QStringLiteral("database"), database.backend() == DatabaseLocation::Backend::Sqlite
                                          ? QStringLiteral("sqlite")
                                          : QStringLiteral("postgresql")}});
}

Reply HttpApi::Private::login(Call &call)
{
    const QString username = QStringLiteral("username");
    const QString password = QStringLiteral("password");
    const QString device = QStringLiteral("device");
    QJsonObject body;
    if (const Problem problem =
            readStrings(call.request.body(), {username, password, device}, &body))
        return Reply::problem(problem);

    const LoginResult result =
        accounts.login(body.value(username).toString(), body.value(password).toString(),
                       body.value(device).toString(), call.request.remoteAddress().toString());
    if (result.problem) {
        Reply reply = Reply::problem(result.problem);
        if (result.problem.status == 429)
            reply.headers.append({QByteArrayLiteral("Retry-After"),
                                  QByteArray::number(qMax(1, result.retryAfterSeconds))});
        return reply;
    }
    call.username = result.account.username;
    return Reply::json({{QStringLiteral("token"), result.token},
                        {QStringLiteral("token_id"), result.device.id},
                        {QStringLiteral("expires_at"), result.device.expiresAt},
                        {QStringLiteral("account"), accountJson(result.account)}});
}

Reply HttpApi::Private::logout(Call &call)
{
    if (const Problem problem =
            accounts.revokeToken(call.session.token.id, call.session.account.id))
        return Reply::problem(problem);
    return Reply::noContent();
}

Reply HttpApi::Private::me(Call &call)
{
    QJsonArray clusters;
    for (const Membership &membership : accounts.memberships(call.session.account.id)) {
        clusters.append(
            QJsonObject{{QStringLiteral("id"), membership.cluster.id},
                        {QStringLiteral("name"), membership.cluster.name},
                        {QStringLiteral("role"), roleName(membership.role)},
                        {QStringLiteral("last_sequence"), membership.cluster.lastSequence}});
    }
    return Reply::json({{QStringLiteral("account"), accountJson(call.session.account)},
                        {QStringLiteral("token"), tokenJson(call.session.token)},
                        {QStringLiteral("clusters"), clusters}});
}

Reply HttpApi::Private::myTokens(Call &call)
{
    QJsonArray tokens;
    for (const DeviceToken &token : accounts.tokens(call.session.account.username)) {
        QJsonObject entry = tokenJson(token);
        entry.insert(QStringLiteral("revoked_at"), textOrNull(token.revokedAt));
        entry.insert(QStringLiteral("current"), token.id == call.session.token.id);
        tokens.append(entry);
    }
    return Reply::json({{QStringLiteral("tokens"), tokens}});
}

Reply HttpApi::Private::revokeMyToken(Call &call)
{
    if (const Problem problem = accounts.revokeToken(
            call.parameters.value(QStringLiteral("token_id")), call.session.account.id))
        return Reply::problem(problem);
    return Reply::noContent();
}

Reply HttpApi::Private::changes(Call &call)
{
    const QUrlQuery query = call.request.query();
    qint64 since = 0;
    qint64 limit = 0;
    if (const Problem problem = queryInteger(query, QStringLiteral("since"), 0, &since))
        return Reply::problem(problem);
    if (const Problem problem =
            queryInteger(query, QStringLiteral("limit"), sync.limits().defaultPageSize, &limit))
        return Reply::problem(problem);
    QJsonObject reply;
    if (const Problem problem =
            sync.pull(call.cluster(), since, int(std::clamp<qint64>(limit, 0, INT_MAX)), &reply))
        return Reply::problem(problem);
    return Reply::json(reply);
}

Reply HttpApi::Private::pushBatch(Call &call)
{
    QJsonObject body;
    bool replayed = false;
    if (const Problem problem =
            sync.push(call.cluster(), call.parameters.value(QStringLiteral("batch_id")),
                      call.request.body(), call.author(), &body, &replayed))
        return Reply::problem(problem);
    Reply reply = Reply::json(body);
    if (replayed) {
        reply.replayed = true;
        reply.headers.append({QByteArrayLiteral("Lecdesk-Replayed"), QByteArrayLiteral("true")});
    }
    return reply;
}

Reply HttpApi::Private::batch(Call &call)
{
    QJsonObject reply;
    if (const Problem problem =
            sync.batch(call.cluster(), call.parameters.value(QStringLiteral("batch_id")), &reply))
        return Reply::problem(problem);
    return Reply::json(reply);
}

Reply HttpApi::Private::conflicts(Call &call)
{
    const QUrlQuery query = call.request.query();
    const QString state = query.hasQueryItem(QStringLiteral("state"))
                              ? query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)
                              : QStringLiteral("open");
    const QString record = query.queryItemValue(QStringLiteral("record"), QUrl::FullyDecoded);
    QJsonObject reply;
    if (const Problem problem = sync.conflicts(call.cluster(), record, state, &reply))
        return Reply::problem(problem);
    return Reply::json(reply);
}

Reply HttpApi::Private::resolveConflict(Call &call)
{
    QJsonObject reply;
    if (const Problem problem =
            sync.resolve(call.cluster(), call.parameters.value(QStringLiteral("conflict_id")),
                         call.request.body(), call.author(), &reply))
        return Reply::problem(problem);
    return Reply::json(reply);
}

Reply HttpApi::Private::record(Call &call)
{
    QJsonObject reply;
    if (const Problem problem =
            sync.record(call.cluster(), call.parameters.value(QStringLiteral("type")),
                        call.parameters.value(QStringLiteral("id")), &reply))
        return Reply::problem(problem);
    return Reply::json(reply);
}

HttpApi::HttpApi(ServerDatabase &database, Accounts &accounts, SyncStore &sync, const Clock &clock,
                 const HttpLimits &limits, AccessLog *log, QObject *parent)
    : QAbstractHttpServer(parent)
    , d(new Private{database, accounts, sync, clock, limits, log})
{
}

HttpApi::~HttpApi() = default;

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    const quint16 listening = QAbstractHttpServer::listen(address, port);
    for (QTcpServer *server : servers()) {
        auto *tls = qobject_cast<QSslServer *>(server);
        if (!tls || tls->property(guardedProperty).toBool())
            continue;
        tls->setProperty(guardedProperty, true);
        tls->setHandshakeTimeout(d->limits.idleTimeoutSeconds * 1000);
        connect(tls, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            new BodyGuard(socket, this, d->limits, d->clock, d->log);
        });
    }
    return listening;
}

QSslConfiguration HttpApi::tlsConfiguration(const QString &certificateFile, const QString &keyFile,
                                            QString *error)
{
    QByteArray certificateData;
    QByteArray keyData;
    if (!readFile(certificateFile, QStringLiteral("certificate"), &certificateData, error) ||
        !readFile(keyFile, QStringLiteral("key"), &keyData, error))
        return {};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("The certificate %1 holds no PEM certificate").arg(certificateFile);
        return {};
    }
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        *error = QStringLiteral("The key %1 holds no unencrypted PEM RSA or EC private key")
                     .arg(keyFile);
        return {};
    }
    const QSslKey certificateKey = chain.first().publicKey();
    const QList<QByteArray> expected = publicNumbers(certificateKey);
    if (certificateKey.algorithm() != key.algorithm() || expected.isEmpty() ||
        publicNumbers(key) != expected) {
        *error = QStringLiteral("The key %1 does not belong to the certificate %2")
                     .arg(keyFile, certificateFile);
        return {};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return configuration;
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    if (auto *guard = socket->findChild<QObject *>(guardName, Qt::FindDirectChildrenOnly))
        static_cast<BodyGuard *>(guard)->requestHandled();

    AccessLogEntry entry;
    entry.time = d->clock.nowText();
    entry.remoteAddress = request.remoteAddress().toString();
    entry.method = methodName(request.method());
    entry.path = AccessLog::loggablePath(request.url());
    Private::Call call{request, {}, {}, {}};
    const Reply reply = d->dispatch(call);
    entry.username = call.username;
    QHttpServerResponder responder = makeResponder(request, socket);
    d->send(responder, reply, entry, timer);
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is only the base class's fallback.
    QElapsedTimer timer;
    timer.start();
    AccessLogEntry entry;
    entry.time = d->clock.nowText();
    entry.method = methodName(request.method());
    entry.path = AccessLog::loggablePath(request.url());
    QHttpServerResponder responder = makeResponder(request, socket);
    d->send(responder, Reply::problem(Problem::notFound(QStringLiteral("No such path"))), entry,
            timer);
}
