#include "models/storage/Migrations.h"

#include "models/common/Ids.h"
#include "models/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Columns that every synced row carries: see ARCHITECTURE.md, "Storage rules".
QString syncColumns()
{
    return QStringLiteral("updated_at TEXT NOT NULL,"
                          " server_version INTEGER NOT NULL DEFAULT 0,"
                          " sync_state TEXT NOT NULL DEFAULT 'dirty'"
                          "  CHECK (sync_state IN ('dirty', 'uploading', 'synced', 'conflict')),"
                          " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))");
}

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             QStringLiteral("CREATE TABLE clusters ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " region TEXT NOT NULL DEFAULT '',"
                            " country TEXT NOT NULL DEFAULT '',"
                            " coordinator TEXT NOT NULL DEFAULT '',"
                            " is_demo INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL,") +
                 syncColumns() + QStringLiteral(")"),
             QStringLiteral("CREATE UNIQUE INDEX clusters_name ON clusters (name COLLATE NOCASE)"
                            " WHERE deleted = 0"),
             QStringLiteral("CREATE TABLE partners ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " cluster_id TEXT NOT NULL REFERENCES clusters (id),"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " type TEXT NOT NULL,"
                            " school_level TEXT NOT NULL DEFAULT '',"
                            " city TEXT NOT NULL DEFAULT '',"
                            " address TEXT NOT NULL DEFAULT '',"
                            " website TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " joined_on TEXT,"
                            " left_on TEXT,"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,") +
                 syncColumns() + QStringLiteral(")"),
             QStringLiteral("CREATE INDEX partners_cluster ON partners (cluster_id, deleted)"),
             QStringLiteral("CREATE TABLE contacts ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " partner_id TEXT NOT NULL REFERENCES partners (id),"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,") +
                 syncColumns() + QStringLiteral(")"),
             QStringLiteral("CREATE INDEX contacts_partner ON contacts (partner_id, deleted)"),
         }},
        {2,
         {
             // Local facts of this database that never travel: its own identity for the server,
             // and per cluster the last change sequence pulled from the server.
             QStringLiteral("CREATE TABLE local_meta ("
                            " key TEXT PRIMARY KEY NOT NULL,"
                            " value TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO local_meta (key, value) VALUES ('database_id', '%1')")
                 .arg(Ids::newId()),
             QStringLiteral("CREATE TABLE sync_cursors ("
                            " cluster_id TEXT PRIMARY KEY NOT NULL REFERENCES clusters (id),"
                            " last_sequence INTEGER NOT NULL DEFAULT 0)"),
         }},
        {3,
         {
             // Events and Academy courses. Times are local (Europe/Rome): start_date alone is an
             // all-day event. A figure is NULL until recorded. Audience and subjects hold keys
             // separated by '|'. activity_id will point to a workplan activity once they exist.
             QStringLiteral("CREATE TABLE events ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " cluster_id TEXT NOT NULL REFERENCES clusters (id),"
                            " kind TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " title_it TEXT NOT NULL DEFAULT '',"
                            " title_en TEXT NOT NULL DEFAULT '',"
                            " description_it TEXT NOT NULL DEFAULT '',"
                            " description_en TEXT NOT NULL DEFAULT '',"
                            " start_date TEXT NOT NULL,"
                            " start_time TEXT,"
                            " end_date TEXT,"
                            " end_time TEXT,"
                            " location TEXT NOT NULL DEFAULT '',"
                            " online_link TEXT NOT NULL DEFAULT '',"
                            " audience TEXT NOT NULL DEFAULT '',"
                            " subjects TEXT NOT NULL DEFAULT '',"
                            " activity_id TEXT,"
                            " pupils INTEGER CHECK (pupils >= 0),"
                            " teachers INTEGER CHECK (teachers >= 0),"
                            " parents INTEGER CHECK (parents >= 0),"
                            " researchers INTEGER CHECK (researchers >= 0),"
                            " teacher_trainees INTEGER CHECK (teacher_trainees >= 0),"
                            " others INTEGER CHECK (others >= 0),"
                            " created_at TEXT NOT NULL,") +
                 syncColumns() + QStringLiteral(")"),
             QStringLiteral("CREATE INDEX events_cluster_start ON events (cluster_id, deleted,"
                            " start_date)"),
             // Organising and participating partners. One row per event and partner, kept (as a
             // tombstone) when the partner is taken off, so a re-added partner keeps its row id.
             QStringLiteral("CREATE TABLE event_partners ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " event_id TEXT NOT NULL REFERENCES events (id),"
                            " partner_id TEXT NOT NULL REFERENCES partners (id),"
                            " role TEXT NOT NULL CHECK (role IN ('organiser', 'participant')),"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL,") +
                 syncColumns() + QStringLiteral(")"),
             QStringLiteral("CREATE UNIQUE INDEX event_partners_pair ON event_partners (event_id,"
                            " partner_id)"),
             QStringLiteral("CREATE INDEX event_partners_partner ON event_partners (partner_id,"
                            " deleted)"),
         }},
        {4,
         {
             // Reporting periods of a cluster and their KPI targets. A locked period has been
             // reported: edits that would change its KPIs are refused (see PeriodLock).
             QStringLiteral("CREATE TABLE reporting_periods ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " cluster_id TEXT NOT NULL REFERENCES clusters (id),"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " start_date TEXT NOT NULL,"
                            " end_date TEXT NOT NULL CHECK (end_date >= start_date),"
                            " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
                            " created_at TEXT NOT NULL,") +
                 syncColumns() + QStringLiteral(")"),
             QStringLiteral("CREATE INDEX reporting_periods_cluster ON reporting_periods"
                            " (cluster_id, deleted)"),
             // One row per period and KPI key, revived (not duplicated) when a target is set again.
             QStringLiteral("CREATE TABLE kpi_targets ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " period_id TEXT NOT NULL REFERENCES reporting_periods (id),"
                            " kpi TEXT NOT NULL,"
                            " value REAL NOT NULL CHECK (value >= 0),"
                            " created_at TEXT NOT NULL,") +
                 syncColumns() + QStringLiteral(")"),
             QStringLiteral("CREATE UNIQUE INDEX kpi_targets_period_kpi ON kpi_targets (period_id,"
                            " kpi)"),
             // The reach and events-held KPIs read only held events, by cluster (one, or each
             // live one for the roll-up) and start date, and only these columns: the index
             // answers them without reading the events (3 times faster over 1,000,000 events,
             // see bench/RESULTS.md). "deleted" is a column too so that the planner, which has no
             // statistics, prefers it to events_cluster_start.
             QStringLiteral("CREATE INDEX events_held_kpi ON events (cluster_id, deleted,"
                            " start_date, kind, pupils, teachers, parents, researchers,"
                            " teacher_trainees, others) WHERE deleted = 0 AND status = 'held'"),
         }},
    };
    return steps;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    const int version = query.value(0).toInt();
    query.finish(); // a pending read would hold a transaction open
    return version;
}

bool Migrations::migrate(QSqlDatabase db, QString *errorMessage, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int current = currentVersion(db);
    for (const Migration &step : migrations()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction transaction(db);
        QSqlQuery query(db);
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                *errorMessage = QStringLiteral("schema step %1: %2")
                                    .arg(step.version)
                                    .arg(query.lastError().text());
                return false;
            }
        }
        // PRAGMA takes no bound values; the version is an integer we own.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) ||
            !transaction.commit()) {
            *errorMessage =
                QStringLiteral("schema step %1: %2").arg(step.version).arg(db.lastError().text());
            return false;
        }
    }
    return true;
}
