#pragma once

#include <QString>
#include <QTemporaryDir>

// A throwaway PostgreSQL server for the tests: initdb into a temporary folder (as the postgres user
// when the tests run as root, since PostgreSQL refuses root), then pg_ctl on 127.0.0.1 on a free
// port with trust authentication. Stopped and deleted with the object. Never skipped: if
// PostgreSQL is missing, isRunning() is false and errorMessage() says why, so the test fails.
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    bool isRunning() const { return m_running; }
    QString errorMessage() const { return m_error; }
    int port() const { return m_port; }
    // The folder of the server's Unix socket.
    QString socketFolder() const { return m_folder.path(); }

    // Creates a new empty database and returns its URL for lecdesk-server
    // (postgresql://postgres@127.0.0.1:PORT/NAME), or "" with errorMessage() set.
    QString createDatabase(const QString &name);

    // The folder holding initdb and pg_ctl (Debian: /usr/lib/postgresql/N/bin), or "".
    static QString binDir();

private:
    bool runTool(const QString &tool, const QStringList &arguments);

    QTemporaryDir m_folder;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};
