#include "server/ServerDatabase.h"
#include "tests/support/ServerBackends.h"

#include <QSqlQuery>
#include <QTest>

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void parsesLocations();
    void migratesOnBothBackends_data() { ServerBackends::addRows(); }
    void migratesOnBothBackends();
    void connectsToPostgresqlOverItsSocket();

private:
    ServerBackends m_backends;
};

void TestServerDatabase::parsesLocations()
{
    QString error;
    const DatabaseLocation file =
        DatabaseLocation::parse(QStringLiteral("/var/lib/x.sqlite"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(file.backend, DatabaseLocation::Backend::Sqlite);
    QCOMPARE(file.path, QStringLiteral("/var/lib/x.sqlite"));

    const DatabaseLocation pg = DatabaseLocation::parse(
        QStringLiteral("postgresql://lec:s3cret@db.example.org:6543/lecdesk"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(pg.backend, DatabaseLocation::Backend::Postgres);
    QCOMPARE(pg.host, QStringLiteral("db.example.org"));
    QCOMPARE(pg.port, 6543);
    QCOMPARE(pg.name, QStringLiteral("lecdesk"));
    QCOMPARE(pg.user, QStringLiteral("lec"));
    QCOMPARE(pg.password, QStringLiteral("s3cret"));
    QVERIFY(!pg.describe().contains(QStringLiteral("s3cret")));

    const DatabaseLocation socket =
        DatabaseLocation::parse(QStringLiteral("postgresql://lecdesk@/lecdesk"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(socket.host, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(socket.name, QStringLiteral("lecdesk"));
    QCOMPARE(socket.user, QStringLiteral("lecdesk"));
    const DatabaseLocation otherSocket = DatabaseLocation::parse(
        QStringLiteral("postgresql://lecdesk@/lecdesk?host=/tmp/pg"), &error);
    QCOMPARE(otherSocket.host, QStringLiteral("/tmp/pg"));
    QCOMPARE(otherSocket.describe(), QStringLiteral("postgresql://lecdesk@/lecdesk?host=/tmp/pg"));

    DatabaseLocation::parse(QStringLiteral("postgresql://host-without-name"), &error);
    QVERIFY(error.startsWith(QStringLiteral("database:")));
}

void TestServerDatabase::migratesOnBothBackends()
{
    QFETCH(QString, backend);
    const QString text = m_backends.freshDatabase(backend);
    QVERIFY2(!text.isEmpty(), qPrintable(m_backends.errorMessage()));
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(text, &error);
    {
        auto database = ServerDatabase::open(location, &error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(database->schemaVersion(), ServerDatabase::latestVersion());
        QSqlQuery query(database->db());
        QVERIFY2(database->run(query,
                               QStringLiteral("INSERT INTO clusters (id, name, created_at)"
                                              " VALUES (?, ?, ?)"),
                               {QStringLiteral("c1"), QStringLiteral("Turin"),
                                QStringLiteral("2026-01-01T00:00:00.000Z")},
                               &error),
                 qPrintable(error));
        // The same name twice is refused by both engines.
        QVERIFY(!database->run(query,
                               QStringLiteral("INSERT INTO clusters (id, name, created_at)"
                                              " VALUES (?, ?, ?)"),
                               {QStringLiteral("c2"), QStringLiteral("Turin"),
                                QStringLiteral("2026-01-01T00:00:00.000Z")},
                               &error));
    }
    // Opening again keeps the data and does not migrate twice.
    auto again = ServerDatabase::open(location, &error);
    QVERIFY2(again, qPrintable(error));
    QSqlQuery query(again->db());
    QVERIFY(
        again->run(query, QStringLiteral("SELECT name, last_sequence FROM clusters"), {}, &error));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Turin"));
    QCOMPARE(query.value(1).toLongLong(), 0);
    QVERIFY(!query.next());
}

// postgresql://USER@:PORT/NAME?host=FOLDER: no TCP, as peer authentication needs.
void TestServerDatabase::connectsToPostgresqlOverItsSocket()
{
    const QString tcp = m_backends.freshDatabase(QStringLiteral("postgresql"));
    QVERIFY2(!tcp.isEmpty(), qPrintable(m_backends.errorMessage()));
    const PgTestServer *server = m_backends.postgres();
    const QString name = tcp.section(u'/', -1);
    QString error;
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://postgres@:%1/%2?host=%3")
                                    .arg(server->port())
                                    .arg(name, server->socketFolder()),
                                &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(location.host, server->socketFolder());
    QCOMPARE(location.port, server->port());
    auto database = ServerDatabase::open(location, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->schemaVersion(), ServerDatabase::latestVersion());
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
