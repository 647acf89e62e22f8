#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

// Where the server keeps its data: an SQLite file (the default), or a PostgreSQL database named by
// a URL, postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME. Both run the same migrations and queries.
struct DatabaseLocation
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString name;
    QString user;
    QString password;

    // A file path ("sqlite:" prefix optional) or a postgresql:// URL. On a bad URL returns a
    // location with an empty path and name and sets *error.
    static DatabaseLocation parse(const QString &text, QString *error);
    // For logs and messages: never includes the password.
    QString describe() const;
};

// One open, migrated connection. QtSql connections belong to the thread that opened them: each
// server thread opens its own.
class ServerDatabase
{
public:
    // Opens (creating an SQLite file if needed) and brings the schema to the latest version.
    // Returns null and sets *error when the database cannot be opened or migrated.
    static std::unique_ptr<ServerDatabase> open(const DatabaseLocation &location, QString *error);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    QSqlDatabase db() const;
    DatabaseLocation::Backend backend() const { return m_location.backend; }
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion() const;
    static int latestVersion();

    // Prepares `statement` (with ? placeholders), binds `values` in order and runs it. On failure
    // returns false and sets *error to the statement's first words and the driver's message.
    bool run(QSqlQuery &query, const QString &statement, const QVariantList &values,
             QString *error) const;

private:
    ServerDatabase(const DatabaseLocation &location, const QString &connectionName);
    bool migrate(QString *error);

    DatabaseLocation m_location;
    QString m_connectionName;
};

// A transaction that rolls back unless committed, so every early return leaves nothing half done.
class ServerTransaction
{
public:
    explicit ServerTransaction(const QSqlDatabase &db);
    ~ServerTransaction();
    bool isActive() const { return m_active; }
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
