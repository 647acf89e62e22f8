#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The versioned schema. Version N is reached by applying migrations 1..N in order, each in its own
// transaction together with the new PRAGMA user_version, so a failed step leaves the previous
// version intact.
class Migrations
{
public:
    static int latestVersion();

    // Applies the steps above the database's current version, up to targetVersion
    // (default: the latest). Returns false and fills *errorMessage when a step fails.
    static bool migrate(QSqlDatabase db, QString *errorMessage, int targetVersion = -1);

    static int currentVersion(QSqlDatabase db);
};
