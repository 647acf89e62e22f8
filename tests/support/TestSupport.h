#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class Database;
struct Cluster;

namespace TestSupport {

// Points QSettings and QStandardPaths at a temporary folder for the life of the test process, so
// no test reads or writes the user's own settings or database. Call first thing in
// main/initTestCase.
void isolateUserFolders();

// The day tests take as today (LECDESK_TODAY, models/common/Clock.h): the demo is dated relative to
// it, and "this year" or "the current period" mean the same on any day the tests run.
inline QDate today()
{
    return QDate(2026, 11, 20);
}
inline void fixToday()
{
    qputenv("LECDESK_TODAY", today().toString(Qt::ISODate).toLatin1());
}

// A real SQLite database file in a fresh temporary folder.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    Database &database() { return *m_database; }
    QString path() const;
    QString folder() const { return m_folder.path(); }
    QString errorMessage() const;
    bool isOpen() const;

    // Adds a cluster and returns its id (empty on failure).
    QString addCluster(const QString &name, bool isDemo = false);

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

// A plain QtSql connection to any SQLite file, bypassing LEC Desk's checks and migrations: for
// tests that build an old database or tamper with one as another program would.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    QSqlDatabase db() const;
    // Runs each statement; returns the first one that fails (with the error), or "" on success.
    QString exec(const QStringList &statements);

private:
    QString m_name;
};

// Path of a file in tests/data.
QString dataFile(const QString &name);

} // namespace TestSupport
