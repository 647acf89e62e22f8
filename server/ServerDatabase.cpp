#include "server/ServerDatabase.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Portable SQL only: TEXT, INTEGER and BIGINT columns, no autoincrement, timestamps as UTC ISO
// text (see Clock), JSON kept as text. Both SQLite and PostgreSQL run exactly these statements.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             // People. username is stored lower-case; password_hash is libsodium's argon2id
             // string (algorithm, parameters and salt included).
             QStringLiteral("CREATE TABLE accounts ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " username TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " password_hash TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL)"),
             // last_sequence is the cluster's change counter: every record write takes the next
             // number. Updating it also locks the cluster for the rest of a push.
             QStringLiteral("CREATE TABLE clusters ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " name TEXT NOT NULL UNIQUE,"
                            " last_sequence BIGINT NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE grants ("
                 " account_id TEXT NOT NULL REFERENCES accounts (id),"
                 " cluster_id TEXT NOT NULL REFERENCES clusters (id),"
                 " role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'viewer')),"
                 " PRIMARY KEY (account_id, cluster_id))"),
             // Device tokens: only a SHA-256 of the token is kept.
             QStringLiteral("CREATE TABLE tokens ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " account_id TEXT NOT NULL REFERENCES accounts (id),"
                            " token_hash TEXT NOT NULL UNIQUE,"
                            " device TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL,"
                            " last_used_at TEXT,"
                            " revoked_at TEXT)"),
             QStringLiteral("CREATE INDEX tokens_account ON tokens (account_id)"),
             // Failed logins, keyed "account:NAME" or "address:IP", for throttling; in the
             // database so that several server processes share them.
             QStringLiteral("CREATE TABLE login_failures ("
                            " key TEXT NOT NULL,"
                            " failed_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX login_failures_key ON login_failures (key, failed_at)"),
             // Every synced record of every type, one row each. data is the JSON object of its
             // fields; field_meta the JSON object {field: [sequence, author]} of the write that
             // last changed each field, which is what field-level merging compares against.
             QStringLiteral("CREATE TABLE records ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " cluster_id TEXT NOT NULL REFERENCES clusters (id),"
                            " type TEXT NOT NULL,"
                            " sequence BIGINT NOT NULL,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " data TEXT NOT NULL,"
                            " field_meta TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " updated_by TEXT NOT NULL,"
                            " restored_at TEXT,"
                            " restored_by TEXT,"
                            " open_conflicts INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE UNIQUE INDEX records_cluster_sequence ON records (cluster_id,"
                            " sequence)"),
             // A field changed on both sides: the server kept server_value, the client's value
             // waits here with its author until someone resolves it. Values are JSON text.
             QStringLiteral("CREATE TABLE conflicts ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " cluster_id TEXT NOT NULL REFERENCES clusters (id),"
                            " record_id TEXT NOT NULL REFERENCES records (id),"
                            " field TEXT NOT NULL,"
                            " base_version BIGINT NOT NULL,"
                            " server_value TEXT NOT NULL,"
                            " server_author TEXT NOT NULL,"
                            " client_value TEXT NOT NULL,"
                            " client_author TEXT NOT NULL,"
                            " batch_id TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " resolved_at TEXT,"
                            " resolved_by TEXT,"
                            " resolution TEXT,"
                            " resolved_value TEXT)"),
             QStringLiteral(
                 "CREATE INDEX conflicts_cluster ON conflicts (cluster_id, resolved_at)"),
             QStringLiteral("CREATE INDEX conflicts_record ON conflicts (record_id)"),
             // Pushed batches and the reply they got, so that a retry replays it.
             QStringLiteral("CREATE TABLE batches ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " cluster_id TEXT NOT NULL REFERENCES clusters (id),"
                            " account_id TEXT NOT NULL REFERENCES accounts (id),"
                            " body_hash TEXT NOT NULL,"
                            " response TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
         }},
    };
    return steps;
}

QString describeError(const QString &statement, const QSqlError &error)
{
    return QStringLiteral("%1…: %2").arg(statement.left(40), error.text());
}

} // namespace

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString name = url.path().mid(1);
        // No host means PostgreSQL's Unix socket (Debian's folder unless ?host= names another),
        // which allows peer authentication: no password anywhere.
        const QString socketFolder = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
        const QString host = !url.host().isEmpty()     ? url.host()
                             : !socketFolder.isEmpty() ? socketFolder
                                                       : QStringLiteral("/var/run/postgresql");
        if (!url.isValid() || name.isEmpty() || name.contains(u'/')) {
            *error =
                QStringLiteral("database: expected postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME"
                               " or postgresql://USER@/NAME for the local socket");
            return location;
        }
        location.backend = Backend::Postgres;
        location.host = host;
        location.port = url.port(5432);
        location.name = name;
        location.user = url.userName();
        location.password = url.password();
        return location;
    }
    location.path = trimmed.startsWith(QLatin1String("sqlite:")) ? trimmed.mid(7) : trimmed;
    if (location.path.isEmpty())
        *error = QStringLiteral("database: no file or postgresql:// URL given");
    return location;
}

QString DatabaseLocation::describe() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:%1").arg(path);
    if (host.startsWith(u'/'))
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, name, host);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

ServerDatabase::ServerDatabase(const DatabaseLocation &location, const QString &connectionName)
    : m_location(location)
    , m_connectionName(connectionName)
{
}

std::unique_ptr<ServerDatabase> ServerDatabase::open(const DatabaseLocation &location,
                                                     QString *error)
{
    static QAtomicInteger<quint64> counter;
    const QString connectionName = QStringLiteral("lecdesk-server-%1").arg(++counter);
    const bool postgres = location.backend == DatabaseLocation::Backend::Postgres;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connectionName);
        if (postgres) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setDatabaseName(location.name);
            db.setUserName(location.user);
            db.setPassword(location.password);
        } else {
            db.setDatabaseName(location.path);
            // Another process (the admin command) may hold the write lock for a moment.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
    }
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(location, connectionName));
    QSqlDatabase db = database->db();
    if (!db.open()) {
        *error = QStringLiteral("Cannot open the database %1: %2")
                     .arg(location.describe(), db.lastError().text());
        return nullptr;
    }
    if (postgres) {
        // "relation already exists, skipping" and the like are not worth a line on stderr.
        QSqlQuery quiet(db);
        quiet.exec(QStringLiteral("SET client_min_messages = WARNING"));
    } else {
        // WAL lets readers go on during a push; FULL makes every committed push survive a power
        // cut, which is the promise of the server.
        QSqlQuery pragma(db);
        for (const QString &statement : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                         QStringLiteral("PRAGMA synchronous = FULL"),
                                         QStringLiteral("PRAGMA foreign_keys = ON")}) {
            if (!pragma.exec(statement)) {
                *error = describeError(statement, pragma.lastError());
                return nullptr;
            }
        }
    }
    if (!database->migrate(error))
        return nullptr;
    return database;
}

ServerDatabase::~ServerDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ServerDatabase::latestVersion()
{
    return migrations().constLast().version;
}

int ServerDatabase::schemaVersion() const
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool ServerDatabase::run(QSqlQuery &query, const QString &statement, const QVariantList &values,
                         QString *error) const
{
    if (!query.prepare(statement)) {
        *error = describeError(statement, query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = describeError(statement, query.lastError());
        return false;
    }
    return true;
}

bool ServerDatabase::migrate(QString *error)
{
    QSqlDatabase connection = db();
    {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
            *error =
                describeError(QStringLiteral("CREATE TABLE schema_version"), query.lastError());
            return false;
        }
    }
    const int current = schemaVersion();
    if (current > latestVersion()) {
        *error = QStringLiteral("The database %1 has schema version %2, newer than this server"
                                " (%3): upgrade lecdesk-server.")
                     .arg(m_location.describe())
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        ServerTransaction transaction(connection);
        QSqlQuery query(connection);
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                *error = describeError(statement, query.lastError());
                return false;
            }
        }
        const QString record =
            step.version == 1 && current == 0
                ? QStringLiteral("INSERT INTO schema_version (version) VALUES (?)")
                : QStringLiteral("UPDATE schema_version SET version = ?");
        if (!run(query, record, {step.version}, error) || !transaction.commit(error))
            return false;
    }
    return true;
}

ServerTransaction::ServerTransaction(const QSqlDatabase &db)
    : m_db(db)
    , m_active(m_db.transaction())
{
}

ServerTransaction::~ServerTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool ServerTransaction::commit(QString *error)
{
    if (!m_active || !m_db.commit()) {
        *error = QStringLiteral("commit failed: %1").arg(m_db.lastError().text());
        return false;
    }
    m_active = false;
    return true;
}
