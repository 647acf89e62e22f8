// The HTTPS front end to end: the real server in its own thread on 127.0.0.1, TLS with a
// certificate made at test time, QNetworkAccessManager clients that verify it, on SQLite and on
// PostgreSQL. docs/sync-protocol.md is what is checked.

#include "protocol/RecordCatalogue.h"
#include "server/AccessLog.h"
#include "server/ServerDatabase.h"
#include "tests/support/HttpsTestClient.h"
#include "tests/support/ServerBackends.h"
#include "tests/support/SyncTestData.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestServerThread.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace SyncTestData;

namespace {

const QString annaPassword = QStringLiteral("anna-Pa55word-7c1e");
const QString carlaPassword = QStringLiteral("carla-Pa55word-91b0");
const QString veraPassword = QStringLiteral("vera-Pa55word-40d2");
const QString brunoPassword = QStringLiteral("bruno-Pa55word-e6a3");

QString clusterPath(const QString &cluster, const QString &rest)
{
    return QStringLiteral("/v1/clusters/") + cluster + rest;
}

QString batchPath(const QString &cluster, const QString &batchId)
{
    return clusterPath(cluster, QStringLiteral("/batches/") + batchId);
}

QJsonObject firstResult(const HttpsReply &reply)
{
    return reply.json.value(QStringLiteral("results")).toArray().first().toObject();
}

// A person of the fixture: their account and the token of their first login.
struct Person
{
    QString username;
    QString password;
    QString token;
    QString tokenId;
};

// One HTTP/1.1 exchange over a TLS connection of its own, written byte for byte: for requests
// QNetworkAccessManager does not make (chunked bodies) and for replies that get lost.
class RawTlsConnection
{
public:
    RawTlsConnection(quint16 port, const QSslConfiguration &tls)
    {
        m_socket.setSslConfiguration(tls);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        m_encrypted = m_socket.waitForEncrypted(60000);
    }

    bool isEncrypted() const { return m_encrypted; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(60000)) {
        }
    }
    void abort() { m_socket.abort(); }
    // Whether the server closed the connection within `ms` (a safety net, not a measurement).
    bool waitUntilClosed(int ms)
    {
        return m_socket.state() == QAbstractSocket::UnconnectedState ||
               m_socket.waitForDisconnected(ms);
    }

    // The status of the reply, reading until its body is complete; 0 if none came. *headers gets
    // the status line and headers, in lower case.
    int readStatus(QByteArray *body, QByteArray *headers = nullptr)
    {
        QByteArray received;
        while (m_socket.waitForReadyRead(60000) || m_socket.bytesAvailable() > 0) {
            received += m_socket.readAll();
            const qsizetype headEnd = received.indexOf("\r\n\r\n");
            if (headEnd < 0)
                continue;
            const QByteArray head = received.left(headEnd).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            const qint64 length =
                lengthAt < 0 ? 0
                             : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                                   .trimmed()
                                   .toLongLong();
            if (received.size() - headEnd - 4 >= length) {
                *body = received.mid(headEnd + 4, length);
                if (headers)
                    *headers = head;
                return received.mid(9, 3).toInt(); // "HTTP/1.1 413 ..."
            }
        }
        return 0;
    }

private:
    QSslSocket m_socket;
    bool m_encrypted = false;
};

} // namespace

class TestHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void tlsConfigurationChecksFiles();
    void accessLogFormat();

    void routingAndHealth_data() { ServerBackends::addRows(); }
    void routingAndHealth();
    void tlsRefusesOldProtocolsAndUntrustingClients_data() { ServerBackends::addRows(); }
    void tlsRefusesOldProtocolsAndUntrustingClients();
    void loginLogoutMeAndTokens_data() { ServerBackends::addRows(); }
    void loginLogoutMeAndTokens();
    void refusedTokens_data() { ServerBackends::addRows(); }
    void refusedTokens();
    void failedLoginsAreThrottled_data() { ServerBackends::addRows(); }
    void failedLoginsAreThrottled();
    void otherClustersAnswerNotFound_data() { ServerBackends::addRows(); }
    void otherClustersAnswerNotFound();
    void viewersCannotWrite_data() { ServerBackends::addRows(); }
    void viewersCannotWrite();
    void refusedBodiesLeaveTheServerServing_data() { ServerBackends::addRows(); }
    void refusedBodiesLeaveTheServerServing();
    void pushPullRecordsAndConflicts_data() { ServerBackends::addRows(); }
    void pushPullRecordsAndConflicts();
    void batchWhoseReplyWasLostIsReplayed_data() { ServerBackends::addRows(); }
    void batchWhoseReplyWasLostIsReplayed();
    void fourConcurrentPushesOfOneField_data() { ServerBackends::addRows(); }
    void fourConcurrentPushesOfOneField();
    void interruptedPullResumesWithoutGapOrDuplicate_data() { ServerBackends::addRows(); }
    void interruptedPullResumesWithoutGapOrDuplicate();
    void accessLogHasOneLinePerRequestAndNoSecret_data() { ServerBackends::addRows(); }
    void accessLogHasOneLinePerRequestAndNoSecret();
    void silentConnectionsAreClosed_data() { ServerBackends::addRows(); }
    void silentConnectionsAreClosed();

private:
    // A fresh database and server for the current backend row: clusters Turin (A) and Milan (B);
    // anna and carla coordinate Turin, vera views it, bruno coordinates Milan; each logged in.
    void startServer(const TestServerOptions &options = {});
    std::unique_ptr<HttpsTestClient> client(const Person &person = {}) const;
    Person login(const QString &username, const QString &password, const QString &device);
    qint64 lastSequence(const QString &cluster);
    int rowCount(const QString &table);
    void expectHealthy();

    ServerBackends m_backends;
    std::unique_ptr<TestCertificate> m_certificate;
    std::unique_ptr<TestClock> m_clock;
    QString m_database;
    std::unique_ptr<TestServerThread> m_server;
    QString m_turin;
    QString m_milan;
    Person m_anna;
    Person m_carla;
    Person m_vera;
    Person m_bruno;
};

// Leaves the test function when the fixture could not be set up.
#define START_SERVER(...)                                                                          \
    do {                                                                                           \
        startServer(__VA_ARGS__);                                                                  \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

void TestHttp::initTestCase()
{
    m_certificate = std::make_unique<TestCertificate>();
    QVERIFY2(m_certificate->isValid(), qPrintable(m_certificate->errorMessage()));
}

void TestHttp::cleanup()
{
    m_server.reset();
    m_clock.reset();
}

void TestHttp::startServer(const TestServerOptions &options)
{
    QFETCH(QString, backend);
    m_database = m_backends.freshDatabase(backend);
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_backends.errorMessage()));
    m_clock = std::make_unique<TestClock>();
    m_server = std::make_unique<TestServerThread>(m_database, *m_certificate, *m_clock, options);
    QVERIFY2(m_server->isListening(), qPrintable(m_server->errorMessage()));

    QString problems;
    m_server->inServer([&](TestServerParts &server) {
        ClusterInfo turin;
        ClusterInfo milan;
        const QList<Protocol::Problem> results = {
            server.accounts.addCluster(QStringLiteral("Turin"), &turin),
            server.accounts.addCluster(QStringLiteral("Milan"), &milan),
            server.accounts.addUser(QStringLiteral("anna"), annaPassword,
                                    QStringLiteral("Anna Rossi")),
            server.accounts.addUser(QStringLiteral("carla"), carlaPassword,
                                    QStringLiteral("Carla Bianchi")),
            server.accounts.addUser(QStringLiteral("vera"), veraPassword,
                                    QStringLiteral("Vera Neri")),
            server.accounts.addUser(QStringLiteral("bruno"), brunoPassword,
                                    QStringLiteral("Bruno Verdi")),
            server.accounts.grant(QStringLiteral("anna"), QStringLiteral("Turin"),
                                  Role::Coordinator),
            server.accounts.grant(QStringLiteral("carla"), QStringLiteral("Turin"), Role::Admin),
            server.accounts.grant(QStringLiteral("vera"), QStringLiteral("Turin"), Role::Viewer),
            server.accounts.grant(QStringLiteral("bruno"), QStringLiteral("Milan"),
                                  Role::Coordinator),
        };
        for (const Protocol::Problem &problem : results) {
            if (problem)
                problems += problem.message + u'\n';
        }
        m_turin = turin.id;
        m_milan = milan.id;
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    m_anna = login(QStringLiteral("anna"), annaPassword, QStringLiteral("Anna's laptop"));
    m_carla = login(QStringLiteral("carla"), carlaPassword, QStringLiteral("Carla's laptop"));
    m_vera = login(QStringLiteral("vera"), veraPassword, QStringLiteral("Vera's laptop"));
    m_bruno = login(QStringLiteral("bruno"), brunoPassword, QStringLiteral("Bruno's laptop"));
}

std::unique_ptr<HttpsTestClient> TestHttp::client(const Person &person) const
{
    auto made =
        std::make_unique<HttpsTestClient>(m_server->url(), m_certificate->clientConfiguration());
    made->setToken(person.token);
    return made;
}

Person TestHttp::login(const QString &username, const QString &password, const QString &device)
{
    const HttpsReply reply =
        client()->post(QStringLiteral("/v1/login"), {{QStringLiteral("username"), username},
                                                     {QStringLiteral("password"), password},
                                                     {QStringLiteral("device"), device}});
    if (reply.status != 200) {
        QTest::qFail(qPrintable(QStringLiteral("login of %1: %2 %3")
                                    .arg(username)
                                    .arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body))),
                     __FILE__, __LINE__);
        return {};
    }
    return {username, password, reply.json.value(QStringLiteral("token")).toString(),
            reply.json.value(QStringLiteral("token_id")).toString()};
}

qint64 TestHttp::lastSequence(const QString &cluster)
{
    qint64 sequence = -1;
    m_server->inServer([&](TestServerParts &server) {
        QSqlQuery query(server.database.db());
        QString error;
        if (server.database.run(query,
                                QStringLiteral("SELECT last_sequence FROM clusters WHERE id = ?"),
                                {cluster}, &error) &&
            query.next())
            sequence = query.value(0).toLongLong();
    });
    return sequence;
}

int TestHttp::rowCount(const QString &table)
{
    int count = -1;
    m_server->inServer([&](TestServerParts &server) {
        QSqlQuery query(server.database.db());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
            count = query.value(0).toInt();
    });
    return count;
}

void TestHttp::expectHealthy()
{
    const HttpsReply health = client()->get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestHttp::tlsConfigurationChecksFiles()
{
    const TestCertificate rsa(TestCertificate::KeyType::Rsa);
    const TestCertificate otherEc;
    QVERIFY2(rsa.isValid() && otherEc.isValid(), qPrintable(rsa.errorMessage()));
    QString error;

    const QSslConfiguration ec = HttpApi::tlsConfiguration(m_certificate->certificatePath(),
                                                           m_certificate->keyPath(), &error);
    QVERIFY2(!ec.isNull(), qPrintable(error));
    QCOMPARE(ec.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(ec.localCertificate(), m_certificate->certificate());
    QCOMPARE(ec.privateKey().algorithm(), QSsl::Ec);

    const QSslConfiguration rsaConfiguration =
        HttpApi::tlsConfiguration(rsa.certificatePath(), rsa.keyPath(), &error);
    QVERIFY2(!rsaConfiguration.isNull(), qPrintable(error));
    QCOMPARE(rsaConfiguration.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(rsaConfiguration.privateKey().algorithm(), QSsl::Rsa);

    // A key of another kind, and a key of the same kind but another certificate.
    for (const QString &wrongKey : {rsa.keyPath(), otherEc.keyPath()}) {
        error.clear();
        QVERIFY(
            HttpApi::tlsConfiguration(m_certificate->certificatePath(), wrongKey, &error).isNull());
        QCOMPARE(error, QStringLiteral("The key %1 does not belong to the certificate %2")
                            .arg(wrongKey, m_certificate->certificatePath()));
    }
    QVERIFY(HttpApi::tlsConfiguration(rsa.certificatePath(), m_certificate->keyPath(), &error)
                .isNull());
    QVERIFY(error.contains(rsa.certificatePath()));

    const QString missing = QStringLiteral("/nonexistent/lecdesk/cert.pem");
    QVERIFY(HttpApi::tlsConfiguration(missing, m_certificate->keyPath(), &error).isNull());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read the certificate ") + missing),
             qPrintable(error));
    QVERIFY(HttpApi::tlsConfiguration(m_certificate->certificatePath(), missing, &error).isNull());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read the key ") + missing), qPrintable(error));

    // The files swapped: neither holds what it should.
    QVERIFY(HttpApi::tlsConfiguration(m_certificate->keyPath(), m_certificate->keyPath(), &error)
                .isNull());
    QCOMPARE(error, QStringLiteral("The certificate %1 holds no PEM certificate")
                        .arg(m_certificate->keyPath()));
    QVERIFY(HttpApi::tlsConfiguration(m_certificate->certificatePath(),
                                      m_certificate->certificatePath(), &error)
                .isNull());
    QCOMPARE(error, QStringLiteral("The key %1 holds no unencrypted PEM RSA or EC private key")
                        .arg(m_certificate->certificatePath()));
}

void TestHttp::accessLogFormat()
{
    AccessLogEntry entry;
    entry.time = QStringLiteral("2026-03-02T09:00:00.000Z");
    entry.remoteAddress = QStringLiteral("127.0.0.1");
    entry.method = QStringLiteral("GET");
    entry.path = AccessLog::loggablePath(QUrl(QStringLiteral(
        "https://h:8443/v1/clusters/c/changes?since=5&access_token=s3cr3t&limit=7")));
    entry.status = 200;
    entry.responseBytes = 321;
    entry.durationMs = 12;
    entry.username = QStringLiteral("anna");
    entry.replayed = true;
    QCOMPARE(
        AccessLog::format(entry),
        QByteArray(
            R"({"duration_ms":12,"method":"GET","path":"/v1/clusters/c/changes?since=5&limit=7",)"
            R"("remote_address":"127.0.0.1","replayed":true,"response_bytes":321,)"
            R"("status":200,"time":"2026-03-02T09:00:00.000Z","username":"anna"})"));

    QCOMPARE(AccessLog::loggablePath(QUrl(QStringLiteral("https://h/v1/me?password=x"))),
             QStringLiteral("/v1/me"));
    QCOMPARE(AccessLog::loggablePath(
                 QUrl(QStringLiteral("https://h/v1/clusters/c/conflicts?state=all&record=r"))),
             QStringLiteral("/v1/clusters/c/conflicts?state=all&record=r"));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AccessLog log(&buffer);
    log.write(entry);
    entry.username.clear();
    entry.replayed = false;
    log.write(entry);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
    QVERIFY(lines.at(2).isEmpty());
    QVERIFY(lines.at(1).contains(R"("username":null)"));
    QVERIFY(lines.at(1).contains(R"("replayed":false)"));
}

void TestHttp::routingAndHealth()
{
    QFETCH(QString, backend);
    START_SERVER();
    auto anna = client(m_anna);

    const HttpsReply health = client()->get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.header("content-type"), QByteArray("application/json"));
    QCOMPARE(health.json, QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("version"), QStringLiteral(LECDESK_VERSION)},
                                       {QStringLiteral("schema"), ServerDatabase::latestVersion()},
                                       {QStringLiteral("database"), backend}}));

    for (const QString &path :
         {QStringLiteral("/v1/nothing"), QStringLiteral("/v1/health/"),
          QStringLiteral("/v2/health"), QStringLiteral("/"), QStringLiteral("/v1/me/tokens/a/b"),
          clusterPath(m_turin, QStringLiteral("/records/partners"))}) {
        const HttpsReply reply = anna->get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        QVERIFY(!reply.json.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!reply.json.contains(QStringLiteral("field")));
    }

    struct WrongMethod
    {
        QByteArray method;
        QString path;
        QByteArray allow;
    };
    const QList<WrongMethod> wrongMethods = {
        {"DELETE", QStringLiteral("/v1/health"), "GET"},
        {"GET", QStringLiteral("/v1/login"), "POST"},
        {"GET", QStringLiteral("/v1/logout"), "POST"},
        {"POST", QStringLiteral("/v1/me"), "GET"},
        {"GET", QStringLiteral("/v1/me/tokens/") + m_anna.tokenId, "DELETE"},
        {"POST", clusterPath(m_turin, QStringLiteral("/changes")), "GET"},
        {"DELETE", batchPath(m_turin, newId()), "PUT, GET"},
        {"GET",
         clusterPath(m_turin,
                     QStringLiteral("/conflicts/") + newId() + QStringLiteral("/resolution")),
         "POST"},
        {"PUT", clusterPath(m_turin, QStringLiteral("/records/partners/") + newId()), "GET"},
    };
    for (const WrongMethod &wrong : wrongMethods) {
        const HttpsReply reply = client()->send(wrong.method, wrong.path);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(reply.header("allow"), wrong.allow);
    }

    // The database stops answering: health says so, and every other request fails cleanly.
    m_server->inServer([](TestServerParts &server) { server.database.db().close(); });
    const HttpsReply unavailable = client()->get(QStringLiteral("/v1/health"));
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.errorCode(), QStringLiteral("unavailable"));
    const HttpsReply failed = anna->get(QStringLiteral("/v1/me"));
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json,
             QJsonObject({{QStringLiteral("error"), QStringLiteral("internal_error")},
                          {QStringLiteral("message"),
                           QStringLiteral("The server failed; nothing was changed")}}));
    m_server->inServer([](TestServerParts &server) { server.database.db().open(); });
    expectHealthy();
    QCOMPARE(anna->get(QStringLiteral("/v1/me")).status, 200);
}

void TestHttp::tlsRefusesOldProtocolsAndUntrustingClients()
{
    START_SERVER();
    const qsizetype linesBefore = m_server->accessLogLines().size();

    // A client that offers TLS 1.1 at most gets no answer.
    QSslConfiguration tls11 = m_certificate->clientConfiguration();
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    tls11.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    HttpsTestClient oldClient(m_server->url(), tls11);
    const HttpsReply old = oldClient.get(QStringLiteral("/v1/health"));
    QCOMPARE(old.status, 0);
    QVERIFY(old.error != QNetworkReply::NoError);

    // The same from OpenSSL's own client, with its security level lowered so that it really
    // offers TLS 1.0/1.1: the server refuses the handshake. TLS 1.2 goes through.
    const auto handshake = [this](const QString &protocolOption) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_client"), protocolOption, QStringLiteral("-cipher"),
                       QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-connect"),
                       QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                       QStringLiteral("-CAfile"), m_certificate->certificatePath(),
                       QStringLiteral("-verify_return_error")});
        openssl.closeWriteChannel();
        openssl.waitForFinished(60000);
        return openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
    };
    QVERIFY(!handshake(QStringLiteral("-tls1")));
    QVERIFY(!handshake(QStringLiteral("-tls1_1")));
    QVERIFY(handshake(QStringLiteral("-tls1_2")));

    // A client that does not trust the certificate (the system's CAs only) refuses the server.
    HttpsTestClient untrusting(m_server->url(), QSslConfiguration::defaultConfiguration());
    const HttpsReply refused = untrusting.get(QStringLiteral("/v1/health"));
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

    expectHealthy();
    // Only the one request that got through the handshake was logged.
    QCOMPARE(m_server->accessLogLines().size(), linesBefore + 1);
}

void TestHttp::loginLogoutMeAndTokens()
{
    START_SERVER();
    const Person laptop = m_anna; // logged in at 09:00:00 by the fixture
    m_clock->advance(60);
    const HttpsReply phoneLogin =
        client()->post(QStringLiteral("/v1/login"),
                       {{QStringLiteral("username"), QStringLiteral("Anna")}, // any case
                        {QStringLiteral("password"), annaPassword},
                        {QStringLiteral("device"), QStringLiteral("Anna's phone")}});
    QCOMPARE(phoneLogin.status, 200);
    QCOMPARE(phoneLogin.header("cache-control"), QByteArray("no-store"));
    const QString phoneToken = phoneLogin.json.value(QStringLiteral("token")).toString();
    const QString phoneId = phoneLogin.json.value(QStringLiteral("token_id")).toString();
    QVERIFY(phoneToken.startsWith(QStringLiteral("lec_")));
    QVERIFY(Protocol::isCanonicalUuid(phoneId));
    // 90 days after 2026-03-02T09:01:00Z.
    QCOMPARE(phoneLogin.json.value(QStringLiteral("expires_at")).toString(),
             QStringLiteral("2026-05-31T09:01:00.000Z"));
    const QJsonObject annaAccount = phoneLogin.json.value(QStringLiteral("account")).toObject();
    QCOMPARE(annaAccount.value(QStringLiteral("username")).toString(), QStringLiteral("anna"));
    QCOMPARE(annaAccount.value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Anna Rossi"));
    QVERIFY(Protocol::isCanonicalUuid(annaAccount.value(QStringLiteral("id")).toString()));

    m_clock->advance(60);
    auto anna = client(laptop);
    const HttpsReply me = anna->get(QStringLiteral("/v1/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("account")).toObject(), annaAccount);
    QCOMPARE(me.json.value(QStringLiteral("token")).toObject(),
             QJsonObject(
                 {{QStringLiteral("id"), laptop.tokenId},
                  {QStringLiteral("device"), QStringLiteral("Anna's laptop")},
                  {QStringLiteral("created_at"), QStringLiteral("2026-03-02T09:00:00.000Z")},
                  {QStringLiteral("expires_at"), QStringLiteral("2026-05-31T09:00:00.000Z")},
                  {QStringLiteral("last_used_at"), QStringLiteral("2026-03-02T09:02:00.000Z")}}));
    QCOMPARE(me.json.value(QStringLiteral("clusters")).toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("id"), m_turin},
                                     {QStringLiteral("name"), QStringLiteral("Turin")},
                                     {QStringLiteral("role"), QStringLiteral("coordinator")},
                                     {QStringLiteral("last_sequence"), 0}}}));
    const HttpsReply carlaMe = client(m_carla)->get(QStringLiteral("/v1/me"));
    QCOMPARE(
        carlaMe.json.value(QStringLiteral("clusters")).toArray().first()[QStringLiteral("role")],
        QStringLiteral("admin"));

    // Newest first; the calling device is the current one.
    const HttpsReply tokens = anna->get(QStringLiteral("/v1/me/tokens"));
    QCOMPARE(tokens.status, 200);
    const QJsonArray list = tokens.json.value(QStringLiteral("tokens")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(
        list.at(0).toObject(),
        QJsonObject({{QStringLiteral("id"), phoneId},
                     {QStringLiteral("device"), QStringLiteral("Anna's phone")},
                     {QStringLiteral("created_at"), QStringLiteral("2026-03-02T09:01:00.000Z")},
                     {QStringLiteral("expires_at"), QStringLiteral("2026-05-31T09:01:00.000Z")},
                     {QStringLiteral("last_used_at"), QJsonValue::Null},
                     {QStringLiteral("revoked_at"), QJsonValue::Null},
                     {QStringLiteral("current"), false}}));
    QCOMPARE(list.at(1)[QStringLiteral("id")], laptop.tokenId);
    QCOMPARE(list.at(1)[QStringLiteral("current")], true);

    // Revoking one's own other device; someone else's or an unknown token is not found.
    const HttpsReply revoked = anna->del(QStringLiteral("/v1/me/tokens/") + phoneId);
    QCOMPARE(revoked.status, 204);
    QVERIFY(revoked.body.isEmpty());
    QCOMPARE(revoked.header("content-length"), QByteArray());
    auto phone = client(laptop);
    phone->setToken(phoneToken);
    QCOMPARE(phone->get(QStringLiteral("/v1/me")).errorCode(), QStringLiteral("token_revoked"));
    QCOMPARE(anna->get(QStringLiteral("/v1/me/tokens"))
                 .json[QStringLiteral("tokens")][0][QStringLiteral("revoked_at")],
             QStringLiteral("2026-03-02T09:02:00.000Z"));
    for (const QString &other : {m_bruno.tokenId, newId()}) {
        const HttpsReply notFound = anna->del(QStringLiteral("/v1/me/tokens/") + other);
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.errorCode(), QStringLiteral("not_found"));
    }
    QCOMPARE(client(m_bruno)->get(QStringLiteral("/v1/me")).status, 200);
    const HttpsReply badId = anna->del(QStringLiteral("/v1/me/tokens/PHONE"));
    QCOMPARE(badId.status, 400);
    QCOMPARE(badId.errorCode(), QStringLiteral("invalid_id"));
    QCOMPARE(badId.errorField(), QStringLiteral("token_id"));

    // Login bodies the server refuses, each naming the field.
    struct BadLogin
    {
        QByteArray body;
        int status;
        QString code;
        QString field;
    };
    const QList<BadLogin> badLogins = {
        {"", 400, QStringLiteral("malformed_json"), {}},
        {"{\"username\": \"anna\"", 400, QStringLiteral("malformed_json"), {}},
        {"[\"anna\"]", 400, QStringLiteral("malformed_json"), {}},
        {R"({"username":"anna","device":"d"})", 400, QStringLiteral("missing_field"),
         QStringLiteral("password")},
        {R"({"username":"anna","password":"x","device":"d","remember":true})", 400,
         QStringLiteral("unknown_field"), QStringLiteral("remember")},
        {R"({"username":"anna","password":42,"device":"d"})", 400, QStringLiteral("invalid_field"),
         QStringLiteral("password")},
        {R"({"username":"anna","password":"x","device":""})", 400, QStringLiteral("invalid_field"),
         QStringLiteral("device")},
        {QByteArray(R"({"username":"anna","password":"x","device":")") + QByteArray(101, 'd') +
             "\"}",
         400, QStringLiteral("invalid_field"), QStringLiteral("device")},
        {R"({"username":"anna","password":"wrong","device":"d"})",
         401,
         QStringLiteral("invalid_credentials"),
         {}},
        {R"({"username":"nobody","password":"wrong","device":"d"})",
         401,
         QStringLiteral("invalid_credentials"),
         {}},
    };
    for (const BadLogin &bad : badLogins) {
        const HttpsReply reply = client()->send("POST", QStringLiteral("/v1/login"), bad.body);
        QVERIFY2(reply.status == bad.status, bad.body.constData());
        QCOMPARE(reply.errorCode(), bad.code);
        QCOMPARE(reply.errorField(), bad.field);
    }

    // Logging out revokes the calling token only.
    const HttpsReply logout = anna->send("POST", QStringLiteral("/v1/logout"));
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.body.isEmpty());
    const HttpsReply afterLogout = anna->get(QStringLiteral("/v1/me"));
    QCOMPARE(afterLogout.status, 401);
    QCOMPARE(afterLogout.errorCode(), QStringLiteral("token_revoked"));
    QCOMPARE(client(m_carla)->get(QStringLiteral("/v1/me")).status, 200);
}

void TestHttp::refusedTokens()
{
    START_SERVER();
    auto caller = client();
    const auto expect401 = [&caller](const QString &code) {
        const HttpsReply reply = caller->get(QStringLiteral("/v1/me"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.header("www-authenticate"), QByteArray("Bearer"));
    };

    expect401(QStringLiteral("missing_token"));
    caller->setToken(QStringLiteral("lec_") + QString(43, u'A'));
    expect401(QStringLiteral("invalid_token"));
    caller->setToken(m_anna.token.left(m_anna.token.size() - 1));
    expect401(QStringLiteral("invalid_token"));
    caller->setAuthorization("Basic YW5uYTpzZWNyZXQ=");
    expect401(QStringLiteral("invalid_token"));
    caller->setAuthorization("Bearer");
    expect401(QStringLiteral("missing_token"));
    caller->setAuthorization("bearer " + m_anna.token.toLatin1()); // the scheme in any case
    const HttpsReply lowerCase = caller->get(QStringLiteral("/v1/me"));
    QVERIFY2(lowerCase.status == 200, qPrintable(lowerCase.errorString));
    // A missing token is refused before the cluster is looked at.
    caller->setToken({});
    QCOMPARE(caller->get(clusterPath(m_turin, QStringLiteral("/changes"))).errorCode(),
             QStringLiteral("missing_token"));

    // Revoked by the administrator.
    m_server->inServer(
        [this](TestServerParts &server) { QVERIFY(!server.accounts.revokeToken(m_vera.tokenId)); });
    caller->setToken(m_vera.token);
    expect401(QStringLiteral("token_revoked"));

    // A disabled account.
    m_server->inServer([](TestServerParts &server) {
        QVERIFY(!server.accounts.setDisabled(QStringLiteral("carla"), true));
    });
    caller->setToken(m_carla.token);
    expect401(QStringLiteral("account_disabled"));

    // Expired: valid for 90 days to the millisecond.
    caller->setToken(m_anna.token);
    m_clock->advance(90 * 24 * 3600 - 1);
    QCOMPARE(caller->get(QStringLiteral("/v1/me")).status, 200);
    m_clock->advance(1);
    expect401(QStringLiteral("token_expired"));
    QCOMPARE(caller->get(clusterPath(m_turin, QStringLiteral("/changes"))).errorCode(),
             QStringLiteral("token_expired"));
    expectHealthy();
}

void TestHttp::failedLoginsAreThrottled()
{
    START_SERVER();
    const auto attempt = [this](const QString &username, const QString &password) {
        return client()->post(QStringLiteral("/v1/login"),
                              {{QStringLiteral("username"), username},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("device"), QStringLiteral("test")}});
    };

    // Five wrong passwords for one account; the sixth attempt is refused, right password or not.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(QStringLiteral("anna"), QStringLiteral("guess-%1").arg(i)).status, 401);
    const HttpsReply sixth = attempt(QStringLiteral("anna"), annaPassword);
    QCOMPARE(sixth.status, 429);
    QCOMPARE(sixth.errorCode(), QStringLiteral("too_many_attempts"));
    QCOMPARE(sixth.header("retry-after"), QByteArray("900")); // all five failed at 09:00:00
    QCOMPARE(attempt(QStringLiteral("anna"), QStringLiteral("guess")).status, 429);
    // Tokens already given go on working, and other accounts can log in.
    QCOMPARE(client(m_anna)->get(QStringLiteral("/v1/me")).status, 200);
    QCOMPARE(attempt(QStringLiteral("carla"), carlaPassword).status, 200);

    m_clock->advance(899);
    QCOMPARE(attempt(QStringLiteral("anna"), annaPassword).header("retry-after"), QByteArray("1"));
    m_clock->advance(1);
    QCOMPARE(attempt(QStringLiteral("anna"), annaPassword).status, 200);

    // Twenty failures from one address, whatever the names: that address is throttled.
    m_clock->advance(3600);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(attempt(QStringLiteral("someone-%1").arg(i), QStringLiteral("x")).status, 401);
    const HttpsReply throttled = attempt(QStringLiteral("bruno"), brunoPassword);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("retry-after"), QByteArray("900"));
    expectHealthy();
}

void TestHttp::otherClustersAnswerNotFound()
{
    START_SERVER();
    auto anna = client(m_anna);
    auto bruno = client(m_bruno);

    // Milan's data: a partner, a batch, and a conflict on the partner.
    const QString milanPartner = newId();
    const QString milanBatch = newId();
    QCOMPARE(bruno
                 ->put(batchPath(m_milan, milanBatch),
                       batchOf({change(QStringLiteral("partners"), milanPartner, 0,
                                       {{QStringLiteral("name"), QStringLiteral("Politecnico")},
                                        {QStringLiteral("city"), QStringLiteral("Milano")}})}))
                 .status,
             200);
    QCOMPARE(bruno
                 ->put(batchPath(m_milan, newId()),
                       batchOf({change(QStringLiteral("partners"), milanPartner, 1,
                                       {{QStringLiteral("city"), QStringLiteral("Milan")}})}))
                 .status,
             200);
    const HttpsReply conflicted =
        bruno->put(batchPath(m_milan, newId()),
                   batchOf({change(QStringLiteral("partners"), milanPartner, 1,
                                   {{QStringLiteral("city"), QStringLiteral("MI")}})}));
    QCOMPARE(firstResult(conflicted)[QStringLiteral("status")], QStringLiteral("conflict"));
    const QString milanConflict =
        firstResult(conflicted)[QStringLiteral("conflicts")][0][QStringLiteral("id")].toString();
    const qint64 milanSequence = lastSequence(m_milan);
    QCOMPARE(milanSequence, 3);
    const int batchesBefore = rowCount(QStringLiteral("batches"));
    const int conflictsBefore = rowCount(QStringLiteral("conflicts"));

    // Milan's URLs, with Anna's token: all 404, exactly as for a cluster that does not exist.
    const QJsonObject validBatch = batchOf({change(
        QStringLiteral("partners"), newId(), 0, {{QStringLiteral("name"), QStringLiteral("X")}})});
    const auto requests = [&](const QString &cluster) {
        return QList<HttpsReply>{
            anna->get(clusterPath(cluster, QStringLiteral("/changes"))),
            anna->put(batchPath(cluster, newId()), validBatch),
            anna->get(batchPath(cluster, milanBatch)),
            anna->get(clusterPath(cluster, QStringLiteral("/conflicts"))),
            anna->post(clusterPath(cluster, QStringLiteral("/conflicts/") + milanConflict +
                                                QStringLiteral("/resolution")),
                       {{QStringLiteral("keep"), QStringLiteral("client")}}),
            anna->get(clusterPath(cluster, QStringLiteral("/records/partners/") + milanPartner)),
        };
    };
    const QList<HttpsReply> onMilan = requests(m_milan);
    const QList<HttpsReply> onNowhere = requests(newId());
    for (qsizetype i = 0; i < onMilan.size(); ++i) {
        QCOMPARE(onMilan.at(i).status, 404);
        QCOMPARE(onMilan.at(i).errorCode(), QStringLiteral("not_found"));
        QCOMPARE(onMilan.at(i).json, onNowhere.at(i).json);
    }

    // Milan's ids under Turin's URLs: not found either.
    QCOMPARE(anna->get(batchPath(m_turin, milanBatch)).status, 404);
    QCOMPARE(
        anna->get(clusterPath(m_turin, QStringLiteral("/records/partners/") + milanPartner)).status,
        404);
    const HttpsReply resolveMilan =
        anna->post(clusterPath(m_turin, QStringLiteral("/conflicts/") + milanConflict +
                                            QStringLiteral("/resolution")),
                   {{QStringLiteral("keep"), QStringLiteral("client")}});
    QCOMPARE(resolveMilan.status, 404);
    const HttpsReply listMilan = anna->get(
        clusterPath(m_turin, QStringLiteral("/conflicts?state=all&record=") + milanPartner));
    QCOMPARE(listMilan.status, 404);
    const HttpsReply editMilan =
        anna->put(batchPath(m_turin, newId()),
                  batchOf({change(QStringLiteral("partners"), milanPartner, 3,
                                  {{QStringLiteral("city"), QStringLiteral("Torino")}})}));
    QCOMPARE(editMilan.status, 404);
    QCOMPARE(editMilan.errorField(), QStringLiteral("records[0].id"));
    const HttpsReply referMilan =
        anna->put(batchPath(m_turin, newId()),
                  batchOf({change(QStringLiteral("contacts"), newId(), 0,
                                  {{QStringLiteral("partner_id"), milanPartner},
                                   {QStringLiteral("name"), QStringLiteral("Spy")}})}));
    QCOMPARE(referMilan.status, 404);
    QCOMPARE(referMilan.errorField(), QStringLiteral("records[0].fields.partner_id"));

    // Nothing was written anywhere.
    QCOMPARE(lastSequence(m_milan), milanSequence);
    QCOMPARE(lastSequence(m_turin), 0);
    QCOMPARE(rowCount(QStringLiteral("batches")), batchesBefore);
    QCOMPARE(rowCount(QStringLiteral("conflicts")), conflictsBefore);
    const HttpsReply record =
        bruno->get(clusterPath(m_milan, QStringLiteral("/records/partners/") + milanPartner));
    QCOMPARE(record.json[QStringLiteral("fields")][QStringLiteral("city")],
             QStringLiteral("Milan"));
    QCOMPARE(record.json[QStringLiteral("open_conflicts")], 1);

    // A cluster id that is not a canonical UUID names the field.
    const HttpsReply badCluster =
        anna->get(clusterPath(m_turin.toUpper(), QStringLiteral("/changes")));
    QCOMPARE(badCluster.status, 400);
    QCOMPARE(badCluster.errorCode(), QStringLiteral("invalid_id"));
    QCOMPARE(badCluster.errorField(), QStringLiteral("cluster"));
}

void TestHttp::viewersCannotWrite()
{
    START_SERVER();
    auto vera = client(m_vera);
    QCOMPARE(vera->get(QStringLiteral("/v1/me"))
                 .json[QStringLiteral("clusters")][0][QStringLiteral("role")],
             QStringLiteral("viewer"));
    QCOMPARE(vera->get(clusterPath(m_turin, QStringLiteral("/changes"))).status, 200);
    QCOMPARE(vera->get(clusterPath(m_turin, QStringLiteral("/conflicts"))).status, 200);

    const HttpsReply push =
        vera->put(batchPath(m_turin, newId()),
                  batchOf({change(QStringLiteral("partners"), newId(), 0,
                                  {{QStringLiteral("name"), QStringLiteral("Liceo")}})}));
    QCOMPARE(push.status, 403);
    QCOMPARE(push.errorCode(), QStringLiteral("read_only"));
    const HttpsReply resolve =
        vera->post(clusterPath(m_turin, QStringLiteral("/conflicts/") + newId() +
                                            QStringLiteral("/resolution")),
                   {{QStringLiteral("keep"), QStringLiteral("server")}});
    QCOMPARE(resolve.status, 403);
    QCOMPARE(resolve.errorCode(), QStringLiteral("read_only"));
    QCOMPARE(lastSequence(m_turin), 0);
    QCOMPARE(rowCount(QStringLiteral("batches")), 0);
}

void TestHttp::refusedBodiesLeaveTheServerServing()
{
    TestServerOptions options;
    options.http.maxBodyBytes = 64 * 1024;
    options.sync.maxBatchRecords = 3;
    START_SERVER(options);
    auto anna = client(m_anna);
    const QString partner = newId();

    // A body of exactly the limit is taken; one byte more is not.
    const auto paddedBatch = [&](qint64 size) -> QByteArray {
        const QByteArray head = R"({"records":[{"type":"partners","id":")" + partner.toLatin1() +
                                R"(","base":0,"fields":{"notes":")";
        const QByteArray tail = R"("}}]})";
        return head + QByteArray(size - head.size() - tail.size(), 'n') + tail;
    };
    const HttpsReply atLimit = anna->send("PUT", batchPath(m_turin, newId()), paddedBatch(65536));
    QCOMPARE(atLimit.status, 200);
    QCOMPARE(firstResult(atLimit)[QStringLiteral("status")], QStringLiteral("created"));
    for (qint64 size : {qint64(65537), qint64(3 * 65536), qint64(64 * 65536)}) {
        const HttpsReply tooLarge =
            anna->send("PUT", batchPath(m_turin, newId()), paddedBatch(size));
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.errorCode(), QStringLiteral("payload_too_large"));
        expectHealthy();
    }

    // A body declared far too large is answered at once, before it is sent (or buffered), and
    // the connection is closed after it.
    {
        RawTlsConnection raw(m_server->port(), m_certificate->clientConfiguration());
        QVERIFY(raw.isEncrypted());
        raw.send("PUT " + batchPath(m_turin, newId()).toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 m_anna.token.toLatin1() +
                 "\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n{");
        QByteArray head;
        QByteArray reply;
        QCOMPARE(raw.readStatus(&reply, &head), 413);
        QVERIFY(head.contains("\r\nconnection: close"));
        QCOMPARE(QJsonDocument::fromJson(reply)[QStringLiteral("error")],
                 QStringLiteral("payload_too_large"));
    }
    expectHealthy();

    // Without a Content-Length (chunked), the body is measured when it has arrived.
    {
        RawTlsConnection raw(m_server->port(), m_certificate->clientConfiguration());
        QVERIFY(raw.isEncrypted());
        const QByteArray body = paddedBatch(65537);
        raw.send("PUT " + batchPath(m_turin, newId()).toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 m_anna.token.toLatin1() +
                 "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                 QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
        QByteArray reply;
        QCOMPARE(raw.readStatus(&reply), 413);
        QCOMPARE(QJsonDocument::fromJson(reply)[QStringLiteral("error")],
                 QStringLiteral("payload_too_large"));
    }
    expectHealthy();

    struct Refused
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray contentType;
        int status;
        QString code;
        QString field;
    };
    const QString batch = batchPath(m_turin, newId());
    const QByteArray validBody = R"({"records":[{"type":"partners","id":")" + newId().toLatin1() +
                                 R"(","base":0,"fields":{"name":"L"}}]})";
    const QByteArray json = "application/json";
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(change(QStringLiteral("partners"), newId(), 0,
                           {{QStringLiteral("name"), QStringLiteral("P%1").arg(i)}}));
    const QByteArray fourRecords = compact(batchOf(four)); // one more than the batch limit
    const QList<Refused> refused = {
        {"PUT", batch, validBody, "text/plain", 415, QStringLiteral("unsupported_media_type"), {}},
        {"PUT",
         batch,
         validBody,
         "application/x-www-form-urlencoded",
         415,
         QStringLiteral("unsupported_media_type"),
         {}},
        {"POST",
         QStringLiteral("/v1/login"),
         R"({"username":"anna"})",
         "text/json",
         415,
         QStringLiteral("unsupported_media_type"),
         {}},
        {"PUT", batch, "", json, 400, QStringLiteral("malformed_json"), {}},
        {"PUT", batch, R"({"records": [)", json, 400, QStringLiteral("malformed_json"), {}},
        {"PUT", batch, "[]", json, 400, QStringLiteral("malformed_json"), {}},
        {"PUT", batch, R"({"records":{}})", json, 400, QStringLiteral("invalid_field"),
         QStringLiteral("records")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":")" + partner.toLatin1() +
             R"(","base":"0","fields":{"name":"L"}}]})",
         json, 400, QStringLiteral("invalid_field"), QStringLiteral("records[0].base")},
        {"PUT", batch,
         R"({"records":[{"type":"events","id":")" + newId().toLatin1() +
             R"(","base":0,"fields":{"pupils":1.5}}]})",
         json, 400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields.pupils")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":")" + newId().toLatin1() +
             R"(","base":0,"fields":{"name":"L"}}],"colour":"red"})",
         json, 400, QStringLiteral("unknown_field"), QStringLiteral("colour")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":")" + newId().toLatin1() +
             R"(","base":0,"colour":"red","fields":{"name":"L"}}]})",
         json, 400, QStringLiteral("unknown_field"), QStringLiteral("records[0].colour")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":")" + newId().toLatin1() +
             R"(","base":0,"fields":{"colour":"red"}}]})",
         json, 400, QStringLiteral("unknown_field"), QStringLiteral("records[0].fields.colour")},
        {"PUT", batch, R"({"records":[{"type":"partners","base":0,"fields":{"name":"L"}}]})", json,
         400, QStringLiteral("missing_field"), QStringLiteral("records[0].id")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":"ABC","base":0,"fields":{"name":"L"}}]})", json,
         400, QStringLiteral("invalid_id"), QStringLiteral("records[0].id")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":")" + newId().toUpper().toLatin1() +
             R"(","base":0,"fields":{"name":"L"}}]})",
         json, 400, QStringLiteral("invalid_id"), QStringLiteral("records[0].id")},
        {"PUT", batchPath(m_turin, QStringLiteral("batch-1")), validBody, json, 400,
         QStringLiteral("invalid_id"), QStringLiteral("batch_id")},
        {"PUT", batchPath(m_turin.toUpper(), newId()), validBody, json, 400,
         QStringLiteral("invalid_id"), QStringLiteral("cluster")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":")" + newId().toLatin1() +
             R"(","base":5,"fields":{"name":"L"}}]})",
         json, 422, QStringLiteral("base_from_future"), QStringLiteral("records[0].base")},
        {"PUT", batch,
         R"({"records":[{"type":"partners","id":")" + partner.toLatin1() +
             R"(","base":2,"fields":{"name":"L"}}]})",
         json, 422, QStringLiteral("base_from_future"), QStringLiteral("records[0].base")},
        {"PUT", batch, fourRecords, json, 413, QStringLiteral("payload_too_large"),
         QStringLiteral("records")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/changes?since=-1")),
         {},
         {},
         400,
         QStringLiteral("invalid_field"),
         QStringLiteral("since")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/changes?since=abc")),
         {},
         {},
         400,
         QStringLiteral("invalid_field"),
         QStringLiteral("since")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/changes?limit=0")),
         {},
         {},
         400,
         QStringLiteral("invalid_field"),
         QStringLiteral("limit")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/changes?limit=1001")),
         {},
         {},
         400,
         QStringLiteral("invalid_field"),
         QStringLiteral("limit")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/conflicts?state=closed")),
         {},
         {},
         400,
         QStringLiteral("invalid_field"),
         QStringLiteral("state")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/conflicts?record=xyz")),
         {},
         {},
         400,
         QStringLiteral("invalid_id"),
         QStringLiteral("record")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/records/partners/xyz")),
         {},
         {},
         400,
         QStringLiteral("invalid_id"),
         QStringLiteral("id")},
        {"GET",
         clusterPath(m_turin, QStringLiteral("/records/planets/") + partner),
         {},
         {},
         404,
         QStringLiteral("not_found"),
         {}},
        {"POST",
         clusterPath(m_turin,
                     QStringLiteral("/conflicts/") + newId() + QStringLiteral("/resolution")),
         R"({"keep":"mine"})", json, 400, QStringLiteral("invalid_field"), QStringLiteral("keep")},
        {"POST",
         clusterPath(m_turin,
                     QStringLiteral("/conflicts/") + newId() + QStringLiteral("/resolution")),
         R"({"keep":"value"})", json, 400, QStringLiteral("missing_field"),
         QStringLiteral("value")},
        {"POST", clusterPath(m_turin, QStringLiteral("/conflicts/x/resolution")),
         R"({"keep":"server"})", json, 400, QStringLiteral("invalid_id"),
         QStringLiteral("conflict_id")},
    };
    const qint64 sequenceBefore = lastSequence(m_turin);
    QCOMPARE(sequenceBefore, 1);
    for (const Refused &request : refused) {
        const HttpsReply reply =
            anna->send(request.method, request.path, request.body, request.contentType);
        const QByteArray what = request.method + ' ' + request.path.toLatin1() + ' ' +
                                request.body.left(200) + " -> " + reply.body;
        QVERIFY2(reply.status == request.status, what.constData());
        QVERIFY2(reply.errorCode() == request.code, what.constData());
        QVERIFY2(reply.errorField() == request.field, what.constData());
        expectHealthy();
    }
    QCOMPARE(lastSequence(m_turin), sequenceBefore);

    // Parameters on a JSON content type are fine.
    const HttpsReply withCharset = anna->send("PUT", batchPath(m_turin, newId()), validBody,
                                              "application/json; charset=utf-8");
    QCOMPARE(withCharset.status, 200);
}

void TestHttp::pushPullRecordsAndConflicts()
{
    START_SERVER();
    auto anna = client(m_anna);
    auto carla = client(m_carla);
    const QString partner = newId();
    const QString contact = newId();
    const QString firstBatch = newId();

    const HttpsReply created =
        anna->put(batchPath(m_turin, firstBatch),
                  batchOf({change(QStringLiteral("partners"), partner, 0,
                                  {{QStringLiteral("name"), QStringLiteral("Liceo Galilei")},
                                   {QStringLiteral("city"), QStringLiteral("Turin")}}),
                           change(QStringLiteral("contacts"), contact, 0,
                                  {{QStringLiteral("partner_id"), partner},
                                   {QStringLiteral("position"), 1},
                                   {QStringLiteral("name"), QStringLiteral("Marta")}})}));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.header("lecdesk-replayed"), QByteArray());
    QCOMPARE(created.json[QStringLiteral("batch_id")], firstBatch);
    QCOMPARE(created.json[QStringLiteral("last_sequence")], 2);
    const QJsonArray results = created.json[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0][QStringLiteral("status")], QStringLiteral("created"));
    QCOMPARE(results[0][QStringLiteral("sequence")], 1);
    QCOMPARE(results[1][QStringLiteral("status")], QStringLiteral("created"));
    QCOMPARE(results[1][QStringLiteral("sequence")], 2);

    // The stored reply, one record, and a pull.
    const HttpsReply stored = client(m_vera)->get(batchPath(m_turin, firstBatch));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json, created.json);
    QCOMPARE(anna->get(batchPath(m_turin, newId())).status, 404);
    const HttpsReply record =
        anna->get(clusterPath(m_turin, QStringLiteral("/records/partners/") + partner));
    QCOMPARE(record.status, 200);
    QCOMPARE(
        record.json,
        QJsonObject({{QStringLiteral("type"), QStringLiteral("partners")},
                     {QStringLiteral("id"), partner},
                     {QStringLiteral("sequence"), 1},
                     {QStringLiteral("deleted"), false},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Liceo Galilei")},
                                  {QStringLiteral("city"), QStringLiteral("Turin")}}},
                     {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T09:00:00.000Z")},
                     {QStringLiteral("updated_by"), QStringLiteral("anna")},
                     {QStringLiteral("open_conflicts"), 0},
                     {QStringLiteral("restored"), QJsonValue::Null}}));
    QCOMPARE(anna->get(clusterPath(m_turin, QStringLiteral("/records/contacts/") + partner)).status,
             404);
    const HttpsReply pulled = anna->get(clusterPath(m_turin, QStringLiteral("/changes")));
    QCOMPARE(pulled.status, 200);
    QCOMPARE(pulled.json[QStringLiteral("cluster")], m_turin);
    QCOMPARE(pulled.json[QStringLiteral("since")], 0);
    QCOMPARE(pulled.json[QStringLiteral("next")], 2);
    QCOMPARE(pulled.json[QStringLiteral("more")], false);
    QCOMPARE(pulled.json[QStringLiteral("last_sequence")], 2);
    QCOMPARE(pulled.json[QStringLiteral("records")][0], QJsonValue(record.json));
    QCOMPARE(pulled.json[QStringLiteral("records")][1][QStringLiteral("id")], contact);

    // Carla and Anna change the city from the same base: Carla's is applied, Anna's conflicts.
    m_clock->advance(60);
    const HttpsReply carlaEdit =
        carla->put(batchPath(m_turin, newId()),
                   batchOf({change(QStringLiteral("partners"), partner, 1,
                                   {{QStringLiteral("city"), QStringLiteral("Torino")}})}));
    QCOMPARE(firstResult(carlaEdit)[QStringLiteral("status")], QStringLiteral("applied"));
    QCOMPARE(firstResult(carlaEdit)[QStringLiteral("sequence")], 3);
    const QString annaBatch = newId();
    const HttpsReply annaEdit =
        anna->put(batchPath(m_turin, annaBatch),
                  batchOf({change(QStringLiteral("partners"), partner, 1,
                                  {{QStringLiteral("city"), QStringLiteral("Turin (TO)")}})}));
    QCOMPARE(firstResult(annaEdit)[QStringLiteral("status")], QStringLiteral("conflict"));
    const QJsonObject pushConflict =
        firstResult(annaEdit)[QStringLiteral("conflicts")][0].toObject();
    QCOMPARE(pushConflict[QStringLiteral("field")], QStringLiteral("city"));
    QCOMPARE(pushConflict[QStringLiteral("server_value")], QStringLiteral("Torino"));
    QCOMPARE(pushConflict[QStringLiteral("client_value")], QStringLiteral("Turin (TO)"));
    const QString conflictId = pushConflict[QStringLiteral("id")].toString();

    const HttpsReply open = client(m_vera)->get(clusterPath(m_turin, QStringLiteral("/conflicts")));
    QCOMPARE(open.status, 200);
    const QJsonArray openList = open.json[QStringLiteral("conflicts")].toArray();
    QCOMPARE(openList.size(), 1);
    const QJsonObject listed = openList[0].toObject();
    QCOMPARE(listed[QStringLiteral("id")], conflictId);
    QCOMPARE(listed[QStringLiteral("record_id")], partner);
    QCOMPARE(listed[QStringLiteral("type")], QStringLiteral("partners"));
    QCOMPARE(listed[QStringLiteral("base")], 1);
    QCOMPARE(listed[QStringLiteral("server_author")], QStringLiteral("carla"));
    QCOMPARE(listed[QStringLiteral("client_author")], QStringLiteral("anna"));
    QCOMPARE(listed[QStringLiteral("batch_id")], annaBatch);
    QCOMPARE(listed[QStringLiteral("resolved_at")], QJsonValue::Null);
    QCOMPARE(anna->get(clusterPath(m_turin, QStringLiteral("/conflicts?state=resolved")))
                 .json[QStringLiteral("conflicts")]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(
        anna->get(clusterPath(m_turin, QStringLiteral("/conflicts?state=all&record=") + contact))
            .json[QStringLiteral("conflicts")]
            .toArray()
            .size(),
        0);

    // Carla keeps Anna's value; a second resolution is refused.
    const QString resolution = clusterPath(m_turin, QStringLiteral("/conflicts/") + conflictId +
                                                        QStringLiteral("/resolution"));
    const HttpsReply resolved =
        carla->post(resolution, {{QStringLiteral("keep"), QStringLiteral("client")}});
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json[QStringLiteral("resolution")], QStringLiteral("client"));
    QCOMPARE(resolved.json[QStringLiteral("resolved_by")], QStringLiteral("carla"));
    QCOMPARE(resolved.json[QStringLiteral("resolved_value")], QStringLiteral("Turin (TO)"));
    QCOMPARE(resolved.json[QStringLiteral("resolved_at")],
             QStringLiteral("2026-03-02T09:01:00.000Z"));
    const qint64 resolvedSequence = resolved.json[QStringLiteral("sequence")].toInteger();
    QVERIFY(resolvedSequence > 3);
    const HttpsReply afterResolution =
        anna->get(clusterPath(m_turin, QStringLiteral("/records/partners/") + partner));
    QCOMPARE(afterResolution.json[QStringLiteral("fields")][QStringLiteral("city")],
             QStringLiteral("Turin (TO)"));
    QCOMPARE(afterResolution.json[QStringLiteral("open_conflicts")], 0);
    QCOMPARE(afterResolution.json[QStringLiteral("sequence")], resolvedSequence);
    const HttpsReply again =
        anna->post(resolution, {{QStringLiteral("keep"), QStringLiteral("server")}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("already_resolved"));
    QCOMPARE(anna->post(clusterPath(m_turin, QStringLiteral("/conflicts/") + newId() +
                                                 QStringLiteral("/resolution")),
                        {{QStringLiteral("keep"), QStringLiteral("server")}})
                 .status,
             404);

    // A batch id used again for another body, and an id pushed with another type.
    const HttpsReply reused =
        anna->put(batchPath(m_turin, firstBatch),
                  batchOf({change(QStringLiteral("partners"), partner, resolvedSequence,
                                  {{QStringLiteral("city"), QStringLiteral("Moncalieri")}})}));
    QCOMPARE(reused.status, 409);
    QCOMPARE(reused.errorCode(), QStringLiteral("batch_id_reused"));
    const HttpsReply mismatch =
        anna->put(batchPath(m_turin, newId()),
                  batchOf({change(QStringLiteral("contacts"), partner, resolvedSequence,
                                  {{QStringLiteral("name"), QStringLiteral("Marta")}})}));
    QCOMPARE(mismatch.status, 409);
    QCOMPARE(mismatch.errorCode(), QStringLiteral("type_mismatch"));
    QCOMPARE(mismatch.errorField(), QStringLiteral("records[0].type"));

    // An edit against a delete brings the record back, flagged.
    const HttpsReply deleted = carla->put(
        batchPath(m_turin, newId()), batchOf({deletion(QStringLiteral("contacts"), contact, 2)}));
    QCOMPARE(firstResult(deleted)[QStringLiteral("status")], QStringLiteral("deleted"));
    QCOMPARE(firstResult(deleted)[QStringLiteral("deleted")], true);
    m_clock->advance(60);
    const HttpsReply restored =
        anna->put(batchPath(m_turin, newId()),
                  batchOf({change(QStringLiteral("contacts"), contact, 2,
                                  {{QStringLiteral("role"), QStringLiteral("Teacher")}})}));
    QCOMPARE(firstResult(restored)[QStringLiteral("status")], QStringLiteral("restored"));
    QCOMPARE(firstResult(restored)[QStringLiteral("deleted")], false);
    const HttpsReply restoredRecord =
        anna->get(clusterPath(m_turin, QStringLiteral("/records/contacts/") + contact));
    QCOMPARE(
        restoredRecord.json[QStringLiteral("restored")],
        QJsonValue(QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-03-02T09:02:00.000Z")},
                               {QStringLiteral("by"), QStringLiteral("anna")}}));
    QCOMPARE(restoredRecord.json[QStringLiteral("fields")][QStringLiteral("role")],
             QStringLiteral("Teacher"));
    QCOMPARE(restoredRecord.json[QStringLiteral("fields")][QStringLiteral("name")],
             QStringLiteral("Marta"));

    // A delete against a newer edit is a conflict on "deleted"; the record stays.
    const HttpsReply lateDelete = carla->put(
        batchPath(m_turin, newId()), batchOf({deletion(QStringLiteral("partners"), partner, 1)}));
    QCOMPARE(firstResult(lateDelete)[QStringLiteral("status")], QStringLiteral("conflict"));
    QCOMPARE(firstResult(lateDelete)[QStringLiteral("conflicts")][0][QStringLiteral("field")],
             QStringLiteral("deleted"));
    QCOMPARE(firstResult(lateDelete)[QStringLiteral("deleted")], false);
}

void TestHttp::batchWhoseReplyWasLostIsReplayed()
{
    START_SERVER();
    const QString batchId = newId();
    const QString path = batchPath(m_turin, batchId);
    const QJsonObject batch = batchOf({change(QStringLiteral("partners"), newId(), 0,
                                              {{QStringLiteral("name"), QStringLiteral("A")}}),
                                       change(QStringLiteral("partners"), newId(), 0,
                                              {{QStringLiteral("name"), QStringLiteral("B")}}),
                                       change(QStringLiteral("partners"), newId(), 0,
                                              {{QStringLiteral("name"), QStringLiteral("C")}})});

    // The push arrives and is applied, but the connection drops before the reply is read.
    {
        const qsizetype linesBefore = m_server->accessLogLines().size();
        RawTlsConnection raw(m_server->port(), m_certificate->clientConfiguration());
        QVERIFY(raw.isEncrypted());
        const QByteArray body = compact(batch);
        raw.send(
            "PUT " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            m_anna.token.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->accessLogLines().size(), linesBefore + 1, 60000);
        raw.abort();
    }
    QCOMPARE(lastSequence(m_turin), 3);

    // The client sends the same batch again: the stored reply, marked, and nothing applied twice.
    auto anna = client(m_anna);
    const HttpsReply replay = anna->put(path, batch);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("lecdesk-replayed"), QByteArray("true"));
    QCOMPARE(replay.json[QStringLiteral("batch_id")], batchId);
    QCOMPARE(replay.json[QStringLiteral("last_sequence")], 3);
    const QJsonArray results = replay.json[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 3);
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(results[i][QStringLiteral("status")], QStringLiteral("created"));
        QCOMPARE(results[i][QStringLiteral("sequence")], i + 1);
    }
    QCOMPARE(anna->get(path).json, replay.json);
    QCOMPARE(lastSequence(m_turin), 3);
    QCOMPARE(anna->get(clusterPath(m_turin, QStringLiteral("/changes")))
                 .json[QStringLiteral("records")]
                 .toArray()
                 .size(),
             3);

    // The same batch spelled differently is the same batch.
    const HttpsReply respelled =
        anna->send("PUT", path, QJsonDocument(batch).toJson(QJsonDocument::Indented));
    QCOMPARE(respelled.header("lecdesk-replayed"), QByteArray("true"));
    QCOMPARE(respelled.json, replay.json);
    const QList<QByteArray> lines = m_server->accessLogLines();
    QVERIFY(lines.last().contains(R"("replayed":true)"));
}

void TestHttp::fourConcurrentPushesOfOneField()
{
    START_SERVER();
    const QString partner = newId();
    QCOMPARE(client(m_anna)
                 ->put(batchPath(m_turin, newId()),
                       batchOf({change(QStringLiteral("partners"), partner, 0,
                                       {{QStringLiteral("city"), QStringLiteral("Turin")}})}))
                 .status,
             200);

    // Four clients, four connections to two server instances on the one database (as behind a
    // load balancer), one field, one base, four values, all in flight at once.
    TestServerThread secondServer(m_database, *m_certificate, *m_clock);
    QVERIFY2(secondServer.isListening(), qPrintable(secondServer.errorMessage()));
    const QList<Person> people = {
        m_anna, m_carla, login(QStringLiteral("anna"), annaPassword, QStringLiteral("tablet")),
        login(QStringLiteral("carla"), carlaPassword, QStringLiteral("tablet"))};
    const QStringList cities = {QStringLiteral("Torino"), QStringLiteral("Turin (TO)"),
                                QStringLiteral("Torino TO"), QStringLiteral("Turin, Piedmont")};
    std::vector<std::unique_ptr<HttpsTestClient>> clients;
    QList<QNetworkReply *> inFlight;
    for (qsizetype i = 0; i < people.size(); ++i) {
        clients.push_back(std::make_unique<HttpsTestClient>(
            i % 2 ? secondServer.url() : m_server->url(), m_certificate->clientConfiguration()));
        clients.back()->setToken(people.at(i).token);
        inFlight.append(clients.back()->start(
            "PUT", batchPath(m_turin, newId()),
            compact(batchOf({change(QStringLiteral("partners"), partner, 1,
                                    {{QStringLiteral("city"), cities.at(i)}})}))));
    }
    QString applied;
    QStringList conflicted;
    QSet<qint64> sequences;
    for (qsizetype i = 0; i < inFlight.size(); ++i) {
        const HttpsReply reply = HttpsTestClient::finish(inFlight.at(i));
        QCOMPARE(reply.status, 200);
        const QJsonObject result = firstResult(reply);
        sequences.insert(result[QStringLiteral("sequence")].toInteger());
        if (result[QStringLiteral("status")] == QStringLiteral("applied")) {
            QVERIFY(applied.isEmpty());
            applied = cities.at(i);
        } else {
            QCOMPARE(result[QStringLiteral("status")], QStringLiteral("conflict"));
            conflicted.append(cities.at(i));
        }
    }
    QVERIFY(!applied.isEmpty());
    QCOMPARE(conflicted.size(), 3);
    QCOMPARE(sequences.size(), 4); // each push took its own sequence

    // The applied value is the record's; the three others wait as conflicts against it.
    auto anna = client(m_anna);
    const HttpsReply record =
        anna->get(clusterPath(m_turin, QStringLiteral("/records/partners/") + partner));
    QCOMPARE(record.json[QStringLiteral("fields")][QStringLiteral("city")], applied);
    QCOMPARE(record.json[QStringLiteral("open_conflicts")], 3);
    const QJsonArray conflicts = anna->get(clusterPath(m_turin, QStringLiteral("/conflicts")))
                                     .json[QStringLiteral("conflicts")]
                                     .toArray();
    QCOMPARE(conflicts.size(), 3);
    QStringList stored;
    for (const QJsonValue &conflict : conflicts) {
        QCOMPARE(conflict[QStringLiteral("server_value")], applied);
        QCOMPARE(conflict[QStringLiteral("field")], QStringLiteral("city"));
        stored.append(conflict[QStringLiteral("client_value")].toString());
    }
    stored.sort();
    conflicted.sort();
    QCOMPARE(stored, conflicted);
}

void TestHttp::interruptedPullResumesWithoutGapOrDuplicate()
{
    START_SERVER();
    auto anna = client(m_anna);
    QStringList ids;
    QJsonArray records;
    for (int i = 0; i < 7; ++i) {
        ids.append(newId());
        records.append(change(QStringLiteral("partners"), ids.last(), 0,
                              {{QStringLiteral("name"), QStringLiteral("Partner %1").arg(i + 1)}}));
    }
    QCOMPARE(anna->put(batchPath(m_turin, newId()), batchOf(records)).status, 200);

    // The client's copy: each record's sequence and name, and its cursor, applied page by page.
    QHash<QString, std::pair<qint64, QString>> local;
    qint64 cursor = 0;
    QList<qint64> appliedSequences;
    const auto pullPage = [&] {
        const HttpsReply page = anna->get(
            clusterPath(m_turin, QStringLiteral("/changes?since=%1&limit=3").arg(cursor)));
        for (const QJsonValue &record : page.json[QStringLiteral("records")].toArray()) {
            appliedSequences.append(record[QStringLiteral("sequence")].toInteger());
            local.insert(record[QStringLiteral("id")].toString(),
                         {record[QStringLiteral("sequence")].toInteger(),
                          record[QStringLiteral("fields")][QStringLiteral("name")].toString()});
        }
        cursor = page.json[QStringLiteral("next")].toInteger();
        return page.json[QStringLiteral("more")].toBool();
    };
    QVERIFY(pullPage());
    QCOMPARE(appliedSequences, QList<qint64>({1, 2, 3}));
    QCOMPARE(cursor, 3);

    // The second page is cut off mid-transfer: nothing of it is applied, the cursor stays.
    QNetworkReply *interrupted =
        anna->start("GET", clusterPath(m_turin, QStringLiteral("/changes?since=3&limit=3")));
    QObject::connect(interrupted, &QNetworkReply::readyRead, interrupted, &QNetworkReply::abort);
    const HttpsReply cut = HttpsTestClient::finish(interrupted);
    QCOMPARE(cut.error, QNetworkReply::OperationCanceledError);

    // Meanwhile Carla changes a record already pulled (2nd) and one not yet pulled (5th).
    auto carla = client(m_carla);
    QCOMPARE(carla
                 ->put(batchPath(m_turin, newId()),
                       batchOf({change(QStringLiteral("partners"), ids.at(1), 2,
                                       {{QStringLiteral("name"), QStringLiteral("Partner 2b")}}),
                                change(QStringLiteral("partners"), ids.at(4), 5,
                                       {{QStringLiteral("name"), QStringLiteral("Partner 5b")}})}))
                 .status,
             200);

    // Resuming from the cursor: the rest in order, the changed ones again in their newer state.
    while (pullPage()) {
    }
    QCOMPARE(appliedSequences, QList<qint64>({1, 2, 3, 4, 6, 7, 8, 9}));
    QCOMPARE(cursor, 9);
    QCOMPARE(local.size(), 7);
    const HttpsReply everything =
        anna->get(clusterPath(m_turin, QStringLiteral("/changes?since=0&limit=1000")));
    for (const QJsonValue &record : everything.json[QStringLiteral("records")].toArray()) {
        const auto copy = local.value(record[QStringLiteral("id")].toString());
        QCOMPARE(copy.first, record[QStringLiteral("sequence")].toInteger());
        QCOMPARE(copy.second, record[QStringLiteral("fields")][QStringLiteral("name")].toString());
    }
    QCOMPARE(local.value(ids.at(1)).second, QStringLiteral("Partner 2b"));
    QCOMPARE(local.value(ids.at(4)).second, QStringLiteral("Partner 5b"));
}

void TestHttp::accessLogHasOneLinePerRequestAndNoSecret()
{
    START_SERVER();
    const QList<Person> fixture = {m_anna, m_carla, m_vera, m_bruno};
    const QString secretName = QStringLiteral("Body-Only Partner Name 3d9a");
    const QString wrongPassword = QStringLiteral("wrong-Pa55word-5f0c");
    const qsizetype before = m_server->accessLogLines().size();
    QCOMPARE(before, 4); // the fixture's four logins

    auto anonymous = client();
    auto anna = client(m_anna);
    const QString batchId = newId();
    const QJsonObject batch = batchOf(
        {change(QStringLiteral("partners"), newId(), 0, {{QStringLiteral("name"), secretName}})});
    struct Expected
    {
        QString method;
        QString path;
        int status;
        QString username;
        bool replayed = false;
    };
    QList<Expected> expected;
    const auto record = [&](const HttpsReply &reply, const QString &method, const QString &path,
                            const QString &username, bool replayed = false) {
        expected.append({method, path, reply.status, username, replayed});
    };
    record(anonymous->post(QStringLiteral("/v1/login"),
                           {{QStringLiteral("username"), QStringLiteral("anna")},
                            {QStringLiteral("password"), wrongPassword},
                            {QStringLiteral("device"), QStringLiteral("d")}}),
           QStringLiteral("POST"), QStringLiteral("/v1/login"), {});
    const HttpsReply login = anonymous->post(QStringLiteral("/v1/login"),
                                             {{QStringLiteral("username"), QStringLiteral("anna")},
                                              {QStringLiteral("password"), annaPassword},
                                              {QStringLiteral("device"), QStringLiteral("d")}});
    record(login, QStringLiteral("POST"), QStringLiteral("/v1/login"), QStringLiteral("anna"));
    const QString newToken = login.json[QStringLiteral("token")].toString();
    record(anna->get(QStringLiteral("/v1/me")), QStringLiteral("GET"), QStringLiteral("/v1/me"),
           QStringLiteral("anna"));
    record(anna->put(batchPath(m_turin, batchId), batch), QStringLiteral("PUT"),
           batchPath(m_turin, batchId), QStringLiteral("anna"));
    record(anna->put(batchPath(m_turin, batchId), batch), QStringLiteral("PUT"),
           batchPath(m_turin, batchId), QStringLiteral("anna"), true);
    record(anna->get(clusterPath(m_turin, QStringLiteral("/changes?since=0&limit=5&access_token=") +
                                              m_anna.token)),
           QStringLiteral("GET"), clusterPath(m_turin, QStringLiteral("/changes?since=0&limit=5")),
           QStringLiteral("anna"));
    record(anna->get(clusterPath(m_milan, QStringLiteral("/changes"))), QStringLiteral("GET"),
           clusterPath(m_milan, QStringLiteral("/changes")), QStringLiteral("anna"));
    record(anonymous->get(QStringLiteral("/v1/me")), QStringLiteral("GET"),
           QStringLiteral("/v1/me"), {});
    record(anna->send("POST", QStringLiteral("/v1/logout")), QStringLiteral("POST"),
           QStringLiteral("/v1/logout"), QStringLiteral("anna"));
    record(anna->get(QStringLiteral("/v1/health")), QStringLiteral("GET"),
           QStringLiteral("/v1/health"), {});

    const QList<QByteArray> lines = m_server->accessLogLines();
    QCOMPARE(lines.size(), before + expected.size());
    const QStringList keys = {QStringLiteral("duration_ms"), QStringLiteral("method"),
                              QStringLiteral("path"),        QStringLiteral("remote_address"),
                              QStringLiteral("replayed"),    QStringLiteral("response_bytes"),
                              QStringLiteral("status"),      QStringLiteral("time"),
                              QStringLiteral("username")};
    QStringList secrets = {newToken,
                           wrongPassword,
                           secretName,
                           QStringLiteral("Bearer"),
                           QStringLiteral("authorization"),
                           QStringLiteral("lec_")};
    for (const Person &person : fixture)
        secrets << person.token << person.password;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        for (const QString &secret : secrets)
            QVERIFY2(!QString::fromUtf8(line).contains(secret, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("line %1 holds %2").arg(i).arg(secret.left(6))));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(object.keys(), keys);
        QCOMPARE(object[QStringLiteral("remote_address")], QStringLiteral("127.0.0.1"));
        QCOMPARE(object[QStringLiteral("time")], QStringLiteral("2026-03-02T09:00:00.000Z"));
        if (i < before)
            continue;
        const Expected &wanted = expected.at(i - before);
        QCOMPARE(object[QStringLiteral("method")], wanted.method);
        QCOMPARE(object[QStringLiteral("path")], wanted.path);
        QCOMPARE(object[QStringLiteral("status")], wanted.status);
        QCOMPARE(object[QStringLiteral("username")], wanted.username.isEmpty()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(wanted.username));
        QCOMPARE(object[QStringLiteral("replayed")], wanted.replayed);
        QVERIFY(object[QStringLiteral("response_bytes")].toInteger() >= 0);
    }
    QCOMPARE(expected.at(3).status, 200);
    QCOMPARE(expected.at(6).status, 404);
    QCOMPARE(expected.at(7).status, 401);
    QCOMPARE(expected.at(8).status, 204);
    QCOMPARE(QJsonDocument::fromJson(lines.at(before + 8))[QStringLiteral("response_bytes")], 0);
}

// Slow or idle clients cannot hold connections: the idle timeout closes a connection that stops
// in the middle of its headers, and one that never starts the TLS handshake.
void TestHttp::silentConnectionsAreClosed()
{
    TestServerOptions options;
    options.http.idleTimeoutSeconds = 1;
    START_SERVER(options);

    RawTlsConnection slow(m_server->port(), m_certificate->clientConfiguration());
    QVERIFY(slow.isEncrypted());
    slow.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QVERIFY(slow.waitUntilClosed(60000));

    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(silent.waitForConnected(60000));
    QVERIFY(silent.state() == QAbstractSocket::UnconnectedState ||
            silent.waitForDisconnected(60000));

    // A client that finishes its requests is served as before.
    expectHealthy();
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
