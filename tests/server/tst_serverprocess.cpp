// The lecdesk-server program as an administrator runs it: admin commands, then `serve` with a
// config file, used over HTTPS, then stopped; and the refusals of a bad start.
#include "tests/support/HttpsTestClient.h"
#include "tests/support/ServerBackends.h"
#include "tests/support/TestCertificate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(LECDESK_SERVER_PROGRAM), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void administersAndServes_data() { ServerBackends::addRows(); }
    void administersAndServes();
    void refusesABadStart();

private:
    QString writeConfig(const QString &database, int port, const QString &extra = {});

    ServerBackends m_backends;
    TestCertificate m_certificate;
    QTemporaryDir m_folder;
    int m_configs = 0;
};

void TestServerProcess::initTestCase()
{
    QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.errorMessage()));
    QVERIFY(QFile::exists(QStringLiteral(LECDESK_SERVER_PROGRAM)));
}

QString TestServerProcess::writeConfig(const QString &database, int port, const QString &extra)
{
    const QString path = m_folder.filePath(QStringLiteral("server-%1.conf").arg(++m_configs));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("; written by tst_serverprocess\n"
                              "[server]\n"
                              "listen=127.0.0.1\n"
                              "port=%1\n"
                              "certificate=%2\n"
                              "key=%3\n"
                              "database=\"%4\"\n"
                              "access_log=%5\n"
                              "[limits]\n"
                              "login_failures_per_account=3\n"
                              "%6")
                   .arg(port)
                   .arg(m_certificate.certificatePath(), m_certificate.keyPath(), database,
                        m_folder.filePath(QStringLiteral("access-%1.log").arg(m_configs)), extra)
                   .toUtf8());
    return path;
}

void TestServerProcess::administersAndServes()
{
    QFETCH(QString, backend);
    const QString database = m_backends.freshDatabase(backend);
    QVERIFY2(!database.isEmpty(), qPrintable(m_backends.errorMessage()));
    const int port = freeLoopbackPort();
    const QString config = writeConfig(database, port);
    const QStringList withConfig{QStringLiteral("--config"), config};

    // The administrator's first steps, as the README gives them.
    const QByteArray password = "correct horse battery staple\n";
    Run run = runServer(withConfig + QStringList{QStringLiteral("init"), QStringLiteral("--admin"),
                                                 QStringLiteral("anna")},
                        password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Added user anna.")));
    QVERIFY(!run.out.contains(QStringLiteral("correct horse")));
    run = runServer(withConfig + QStringList{QStringLiteral("cluster"), QStringLiteral("add"),
                                             QStringLiteral("Turin")});
    QCOMPARE(run.exitCode, 0);
    const QString clusterId = run.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(clusterId).hasMatch(),
             qPrintable(clusterId));
    run =
        runServer(withConfig + QStringList{QStringLiteral("grant"), QStringLiteral("anna"),
                                           QStringLiteral("Turin"), QStringLiteral("coordinator")});
    QCOMPARE(run.exitCode, 0);

    // Serve, and wait for the line that says it listens.
    QProcess server;
    server.start(QStringLiteral(LECDESK_SERVER_PROGRAM),
                 QStringList{QStringLiteral("serve")} + withConfig);
    QString startLog;
    QTRY_VERIFY_WITH_TIMEOUT((startLog += QString::fromUtf8(server.readAllStandardError()),
                              startLog.contains(QStringLiteral("listening on"))),
                             30000);
    QVERIFY2(startLog.contains(QStringLiteral("https://127.0.0.1:%1/").arg(port)),
             qPrintable(startLog));

    HttpsTestClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)),
                           m_certificate.clientConfiguration());
    HttpsReply reply = client.get(QStringLiteral("/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("database")).toString(),
             backend == QLatin1String("sqlite") ? QStringLiteral("sqlite")
                                                : QStringLiteral("postgresql"));
    // The config's own throttling limit: the fourth failed login is refused.
    const QJsonObject wrong{{QStringLiteral("username"), QStringLiteral("anna")},
                            {QStringLiteral("password"), QStringLiteral("not her password")},
                            {QStringLiteral("device"), QStringLiteral("test")}};
    for (int attempt = 0; attempt < 3; ++attempt)
        QCOMPARE(client.post(QStringLiteral("/v1/login"), wrong).status, 401);
    QCOMPARE(client.post(QStringLiteral("/v1/login"), wrong).status, 429);

    // Another account, made while the server runs, logs in and syncs.
    run = runServer(withConfig + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                             QStringLiteral("marco")},
                    "marco's long password\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(runServer(withConfig + QStringList{QStringLiteral("grant"), QStringLiteral("marco"),
                                                clusterId, QStringLiteral("coordinator")})
                 .exitCode,
             0);
    reply = client.post(QStringLiteral("/v1/login"),
                        {{QStringLiteral("username"), QStringLiteral("marco")},
                         {QStringLiteral("password"), QStringLiteral("marco's long password")},
                         {QStringLiteral("device"), QStringLiteral("Marco's laptop")}});
    QCOMPARE(reply.status, 200);
    const QString token = reply.json.value(QStringLiteral("token")).toString();
    QVERIFY(token.startsWith(QStringLiteral("lec_")));
    client.setToken(token);
    const QString partner = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    reply =
        client.put(QStringLiteral("/v1/clusters/%1/batches/9b2c1f7e-3d4a-4e5f-8a6b-7c8d9e0f1a2b")
                       .arg(clusterId),
                   {{QStringLiteral("records"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("type"), QStringLiteral("partners")},
                         {QStringLiteral("id"), partner},
                         {QStringLiteral("base"), 0},
                         {QStringLiteral("fields"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("INAF")},
                                      {QStringLiteral("type"), QStringLiteral("research")}}}}}}});
    QCOMPARE(reply.status, 200);
    reply = client.get(QStringLiteral("/v1/clusters/%1/changes?since=0").arg(clusterId));
    QCOMPARE(reply.status, 200);
    const QJsonArray records = reply.json.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0)[QStringLiteral("id")].toString(), partner);
    QCOMPARE(records.at(0)[QStringLiteral("updated_by")].toString(), QStringLiteral("marco"));

    // The admin sees the device; revoking it locks the running server's door at once.
    run = runServer(withConfig + QStringList{QStringLiteral("token"), QStringLiteral("list"),
                                             QStringLiteral("marco")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Marco's laptop")));
    QVERIFY(!run.out.contains(token));
    const QString tokenId = run.out.section(u'\n', 1, 1).section(u' ', 0, 0);
    QCOMPARE(runServer(withConfig +
                       QStringList{QStringLiteral("token"), QStringLiteral("revoke"), tokenId})
                 .exitCode,
             0);
    reply = client.get(QStringLiteral("/v1/me"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("token_revoked"));

    // systemd stops it with SIGTERM.
    server.terminate();
    QVERIFY(server.waitForFinished(30000));

    // The access log: one line per request, no secret.
    QFile log(m_folder.filePath(QStringLiteral("access-%1.log").arg(m_configs)));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    // health, 3 failed logins, the 429, marco's login, the push, the pull, the revoked /me
    QCOMPARE(lines.size(), 9);
    QList<int> statuses;
    for (const QByteArray &line : lines) {
        statuses << QJsonDocument::fromJson(line).object().value(QStringLiteral("status")).toInt();
        QVERIFY(!line.contains(token.toUtf8()));
        QVERIFY(!line.contains("long password"));
        QVERIFY(!line.contains("not her password"));
    }
    QCOMPARE(statuses, (QList<int>{200, 401, 401, 401, 429, 200, 200, 200, 401}));
}

void TestServerProcess::refusesABadStart()
{
    const QString database = m_folder.filePath(QStringLiteral("refusals.sqlite"));
    QCOMPARE(runServer({QStringLiteral("--database"), database, QStringLiteral("init")}).exitCode,
             0);

    // A bad value in the file: usage error, naming the file and the key.
    QString config =
        writeConfig(database, freeLoopbackPort(), QStringLiteral("max_page_size=-3\n"));
    Run run = runServer({QStringLiteral("serve"), QStringLiteral("--config"), config});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(config) && run.err.contains(QStringLiteral("max_page_size")),
             qPrintable(run.err));

    // A key file that is not there: refused, naming it.
    config = writeConfig(database, freeLoopbackPort());
    const QString missingKey = m_folder.filePath(QStringLiteral("no-such-key.pem"));
    run = runServer({QStringLiteral("serve"), QStringLiteral("--config"), config,
                     QStringLiteral("--key"), missingKey});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missingKey), qPrintable(run.err));

    // A port already taken.
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    run = runServer({QStringLiteral("serve"), QStringLiteral("--config"), config,
                     QStringLiteral("--port"), QString::number(occupant.serverPort())});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("Cannot listen on 127.0.0.1 port %1").arg(occupant.serverPort())),
             qPrintable(run.err));

    // An unknown option.
    run = runServer({QStringLiteral("serve"), QStringLiteral("--prot"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--prot")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
