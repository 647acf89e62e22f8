#pragma once

#include "server/ServerDatabase.h"
#include "tests/support/PgTestServer.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// Runs a server suite on both storage backends. In a data-driven test, addRows() makes the rows
// "sqlite" and "postgresql"; freshDatabase(backend) gives each test a new empty database: a file
// in a temporary folder, or a new database on one throwaway PostgreSQL server started on first use
// and stopped with this object.
class ServerBackends
{
public:
    static void addRows();

    // A database location for lecdesk-server (file path or postgresql:// URL), or "" with
    // errorMessage() saying why.
    QString freshDatabase(const QString &backend);
    // A fresh database, opened (and so migrated) as the server opens it; where it is goes to
    // *location when given. nullptr with errorMessage() saying why.
    std::unique_ptr<ServerDatabase> openFreshDatabase(const QString &backend,
                                                      DatabaseLocation *location = nullptr);
    QString errorMessage() const { return m_error; }
    // The PostgreSQL server, once a "postgresql" database was made.
    PgTestServer *postgres() const { return m_postgres.get(); }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<PgTestServer> m_postgres;
    int m_count = 0;
    QString m_error;
};
