#include "models/events/EventRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/Database.h"
#include "models/storage/Migrations.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Rows that a database of each older schema version holds, written with that version's columns.
// A new migration adds an entry for the version before it.
static QStringList fixtureFor(int version)
{
    QStringList statements = {
        QStringLiteral("INSERT INTO clusters (id, name, region, country, created_at, updated_at)"
                       " VALUES ('c1', 'Trieste LEC', 'FVG', 'Italy', '2021-01-01T00:00:00Z',"
                       " '2021-01-01T00:00:00Z')"),
        QStringLiteral("INSERT INTO partners (id, cluster_id, name, type, school_level, city,"
                       " joined_on, created_at, updated_at, server_version, sync_state)"
                       " VALUES ('p1', 'c1', 'Liceo Galilei', 'school', 'upper_secondary',"
                       " 'Trieste', '2020-06-01', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z',"
                       " 7, 'synced')"),
        QStringLiteral("INSERT INTO partners (id, cluster_id, name, type, created_at, updated_at,"
                       " deleted) VALUES ('p2', 'c1', 'Gone', 'museum', '2021-01-01T00:00:00Z',"
                       " '2021-01-01T00:00:00Z', 1)"),
        QStringLiteral("INSERT INTO contacts (id, partner_id, name, role, email, created_at,"
                       " updated_at) VALUES ('k1', 'p1', 'Anna Demo', 'Teacher',"
                       " 'anna@example.org', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')"),
    };
    if (version >= 2)
        statements.append(QStringLiteral(
            "INSERT INTO sync_cursors (cluster_id, last_sequence) VALUES ('c1', 41)"));
    if (version >= 3) {
        statements.append(QStringLiteral(
            "INSERT INTO events (id, cluster_id, kind, status, title_it, title_en, start_date,"
            " start_time, location, audience, subjects, pupils, teachers, created_at, updated_at,"
            " server_version, sync_state) VALUES ('e1', 'c1', 'lab', 'held', 'Laboratorio aperto',"
            " 'Open lab', '2020-05-04', '09:30', 'Trieste', 'primary|lower_secondary',"
            " 'science', 42, 3, '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z', 12, 'synced')"));
        statements.append(QStringLiteral(
            "INSERT INTO event_partners (id, event_id, partner_id, role, position, created_at,"
            " updated_at, server_version, sync_state) VALUES ('ep1', 'e1', 'p1', 'organiser', 0,"
            " '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z', 12, 'synced')"));
    }
    return statements;
}

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void freshDatabaseIsLatestWalWithForeignKeys()
    {
        TestSupport::TempDatabase temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        QCOMPARE(temp.database().schemaVersion(), Migrations::latestVersion());
        QSqlQuery query(temp.database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // A foreign key violation is refused.
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO partners (id, cluster_id, name, type, created_at, updated_at)"
            " VALUES ('x', 'no-such-cluster', 'X', 'school', 'now', 'now')")));
    }

    void everySyncedTableHasSyncColumns_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table : {"clusters", "partners", "contacts", "events", "event_partners",
                                  "reporting_periods", "kpi_targets"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void everySyncedTableHasSyncColumns()
    {
        QFETCH(QString, table);
        TestSupport::TempDatabase temp;
        QSqlQuery query(temp.database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        QStringList columns;
        QString idType;
        bool idIsKey = false;
        while (query.next()) {
            columns.append(query.value(1).toString());
            if (query.value(1).toString() == QLatin1String("id")) {
                idType = query.value(2).toString();
                idIsKey = query.value(5).toInt() == 1;
            }
        }
        for (const char *column : {"id", "updated_at", "server_version", "sync_state", "deleted"})
            QVERIFY2(columns.contains(QLatin1String(column)), column);
        QCOMPARE(idType, QStringLiteral("TEXT")); // UUIDs made on the client
        QVERIFY(idIsKey);
    }

    void upgradesPopulatedDatabaseOfEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from version %d", version) << version;
    }

    void upgradesPopulatedDatabaseOfEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("old.sqlite"));
        {
            // Build the old database exactly as that version of the app left it.
            TestSupport::RawSqlite old(path);
            QCOMPARE(old.exec({QStringLiteral("PRAGMA application_id = %1").arg(0x4C454344)}),
                     QString());
            QString error;
            QVERIFY2(Migrations::migrate(old.db(), &error, version), qPrintable(error));
            QCOMPARE(Migrations::currentVersion(old.db()), version);
            QCOMPARE(old.exec(fixtureFor(version)), QString());
        }

        Database database;
        QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT p.name, p.school_level, p.joined_on, p.server_version, p.sync_state, c.name,"
            " k.email FROM partners p JOIN clusters c ON c.id = p.cluster_id"
            " JOIN contacts k ON k.partner_id = p.id WHERE p.id = 'p1'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Liceo Galilei"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("upper_secondary"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("2020-06-01"));
        QCOMPARE(query.value(3).toInt(), 7);
        QCOMPARE(query.value(4).toString(), QStringLiteral("synced"));
        QCOMPARE(query.value(5).toString(), QStringLiteral("Trieste LEC"));
        QCOMPARE(query.value(6).toString(), QStringLiteral("anna@example.org"));
        QVERIFY(query.exec(QStringLiteral("SELECT deleted FROM partners WHERE id = 'p2'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1); // tombstones survive upgrades
        // What version 2 added is there, with the data it held.
        QVERIFY(
            query.exec(QStringLiteral("SELECT value FROM local_meta WHERE key = 'database_id'")));
        QVERIFY(query.next());
        QVERIFY(!query.value(0).toString().isEmpty());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT OR REPLACE INTO sync_cursors (cluster_id, last_sequence) VALUES ('c1', 5)")));
        if (version >= 2) {
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sync_cursors")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        // What version 3 added takes an event of the old cluster linked to the old partner.
        Event event;
        event.clusterId = QStringLiteral("c1");
        event.titleIt = QStringLiteral("Notte dei ricercatori");
        event.startDate = QDate(2022, 9, 30);
        event.status = EventStatus::Held;
        event.setFigure(Figure::Pupils, 120);
        event.organiserIds = {QStringLiteral("p1")};
        EventRepository events(database.connection());
        QVERIFY2(events.save(event), qPrintable(events.errorMessage()));
        QList<Event> expected{event};
        if (version >= 3) {
            // The event of version 3, with its figures and its organiser.
            const std::optional<Event> old = events.find(QStringLiteral("e1")).value();
            QVERIFY(old);
            QCOMPARE(old->titleEn, QStringLiteral("Open lab"));
            QCOMPARE(old->startDate, QDate(2020, 5, 4));
            QCOMPARE(old->startTime, QTime(9, 30));
            QCOMPARE(old->status, EventStatus::Held);
            QCOMPARE(old->figure(Figure::Pupils), std::optional<int>(42));
            QCOMPARE(old->organiserIds, QStringList{QStringLiteral("p1")});
            QCOMPARE(old->audience,
                     (QList<SchoolLevel>{SchoolLevel::Primary, SchoolLevel::LowerSecondary}));
            expected.prepend(*old);
        }
        QCOMPARE(events.forCluster(QStringLiteral("c1")).value(), expected);

        // What version 4 added takes a period of the old cluster with its targets, and its lock
        // guards the old data as well as the new.
        ReportingPeriodRepository periods(database.connection());
        ReportingPeriod period;
        period.clusterId = QStringLiteral("c1");
        period.name = QStringLiteral("Period 1");
        period.start = QDate(2019, 10, 1);
        period.end = QDate(2020, 12, 31);
        period.targets = {{QStringLiteral("pupils"), 1500}, {QStringLiteral("institutions"), 40}};
        period.locked = true;
        QVERIFY2(periods.save(period), qPrintable(periods.errorMessage()));
        QCOMPARE(periods.forCluster(QStringLiteral("c1")).value(), QList<ReportingPeriod>{period});
        if (version >= 3) {
            Event changed = *events.find(QStringLiteral("e1")).value();
            changed.setFigure(Figure::Pupils, 43);
            QVERIFY(!events.save(changed));
        }
    }

    void reopeningKeepsData()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(!temp.addCluster(QStringLiteral("Keep me")).isEmpty());
        temp.database().close();
        Database again;
        QVERIFY2(again.open(temp.path()), qPrintable(again.errorMessage()));
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM clusters")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Keep me"));
    }

    void refusesNewerVersionAndLeavesItUntouched()
    {
        TestSupport::TempDatabase temp;
        {
            QSqlQuery query(temp.database().connection());
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5)));
        }
        temp.database().close();
        const QByteArray before = readAll(temp.path());

        Database database;
        QVERIFY(!database.open(temp.path()));
        QVERIFY2(database.errorMessage().contains(QStringLiteral("newer version")),
                 qPrintable(database.errorMessage()));
        QCOMPARE(readAll(temp.path()), before);
    }

    void refusesFileThatIsNotSqlite()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray text = "name,type\nThis is a CSV file, not a database\n";
        writeFile(path, text);
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorMessage().contains(QStringLiteral("not an LEC Desk database")),
                 qPrintable(database.errorMessage()));
        QCOMPARE(readAll(path), text);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherProgramsSqliteFile()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(
            TestSupport::RawSqlite(path).exec({QStringLiteral("CREATE TABLE songs (title TEXT)")}),
            QString());
        const QByteArray before = readAll(path);
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorMessage().contains(QStringLiteral("another program")),
                 qPrintable(database.errorMessage()));
        QCOMPARE(readAll(path), before);
    }

    void refusesReadOnlyFolder()
    {
        QTemporaryDir folder;
        const QString locked = folder.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        // Root ignores permissions; only a real write probe tells whether the folder is locked.
        QFile probe(locked + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
            QSKIP("This user can write into read-only folders (root); nothing to test.");
        }
        Database database;
        QVERIFY(!database.open(locked + QStringLiteral("/lecdesk.sqlite")));
        QVERIFY2(database.errorMessage().contains(QStringLiteral("read-only")),
                 qPrintable(database.errorMessage()));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
