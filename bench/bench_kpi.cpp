// The KPIs of the network scale of phereclos-facts.md ("beyond": 600 clusters, 60,000 partner
// institutions, 1,000,000 events), computed by KpiCalculator against the equivalent aggregate
// queries written by hand and run with plain SQLite (the C API) on the same file in the same run.
//
//   build/bench/bench_kpi [FOLDER] [ROUNDS] [EVENTS]
//
// FOLDER keeps the database (bench-kpi-EVENTS.sqlite) for the next run; without it, or with "-",
// a temporary folder is used. EVENTS (default 1,000,000) scales the clusters and partners with it.

#include "bench/BenchSupport.h"
#include "models/kpi/KpiCalculator.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <iterator>
#include <random>
#include <sqlite3.h>
#include <tuple>

namespace {

constexpr int partnersPerCluster = 100;
const QDate firstDay(2019, 10, 1);
const QDate lastDay(2026, 9, 30);
const QDate today(2025, 11, 22); // before it events have happened; after it they are planned
// Period 2 of PHERECLOS: 21 months.
const char *const periodName = "Period 2";
const QDate periodStart(2021, 1, 1);
const QDate periodEnd(2022, 9, 30);

QByteArray uuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray iso(QDate date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

// A prepared statement whose values are bound by position, 1-based, and reset after each step.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~Insert() { sqlite3_finalize(m_statement); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    Insert &text(int index, const QByteArray &value)
    {
        if (value.isNull())
            sqlite3_bind_null(m_statement, index);
        else
            sqlite3_bind_text(m_statement, index, value.constData(), int(value.size()),
                              SQLITE_TRANSIENT);
        return *this;
    }
    Insert &number(int index, int value) // < 0: NULL
    {
        if (value < 0)
            sqlite3_bind_null(m_statement, index);
        else
            sqlite3_bind_int(m_statement, index, value);
        return *this;
    }
    bool run()
    {
        const bool ok = sqlite3_step(m_statement) == SQLITE_DONE;
        sqlite3_reset(m_statement);
        return ok;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// Realistic proportions: two thirds schools (414 of 608 in PHERECLOS), universities 8 %.
const char *partnerType(std::mt19937 &random)
{
    const int roll = int(random() % 100);
    if (roll < 68)
        return "school";
    static const char *const others[] = {
        "university", "university", "research_centre", "museum",     "business", "business",
        "nonprofit",  "nonprofit",  "local_authority", "government", "other"};
    return others[random() % std::size(others)];
}

bool populate(const QString &path, int eventCount)
{
    {
        // The real schema: LEC Desk creates the file and runs every migration.
        Database database;
        if (!database.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorMessage()));
            return false;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_exec(db, "PRAGMA synchronous = OFF; BEGIN", nullptr, nullptr, nullptr);

    std::mt19937 random(20210101);
    const QByteArray now = "2025-11-22T08:00:00.000Z";
    // 600 clusters for 1,000,000 events.
    const int clusterCount = std::max(1, int(qint64(eventCount) * 600 / 1000000));
    bool ok = true;
    {
        Insert cluster(db, "INSERT INTO clusters (id, name, region, country, created_at,"
                           " updated_at, sync_state, deleted) VALUES (?, ?, ?, 'Italia', ?, ?,"
                           " 'synced', ?)");
        Insert partner(db, "INSERT INTO partners (id, cluster_id, name, type, school_level, city,"
                           " email, joined_on, left_on, created_at, updated_at, sync_state,"
                           " deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'synced', ?)");
        Insert period(db, "INSERT INTO reporting_periods (id, cluster_id, name, start_date,"
                          " end_date, locked, created_at, updated_at, sync_state)"
                          " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 'synced')");
        Insert target(db, "INSERT INTO kpi_targets (id, period_id, kpi, value, created_at,"
                          " updated_at, sync_state) VALUES (?, ?, ?, ?, ?, ?, 'synced')");
        Insert event(db, "INSERT INTO events (id, cluster_id, kind, status, title_it, title_en,"
                         " description_it, start_date, start_time, end_date, location, audience,"
                         " subjects, pupils, teachers, parents, researchers, teacher_trainees,"
                         " others, created_at, updated_at, sync_state, deleted) VALUES (?, ?, ?,"
                         " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'synced', ?)");
        static const char *const kinds[] = {"workshop", "workshop", "workshop", "lab",   "lab",
                                            "lab",      "visit",    "visit",    "event", "course",
                                            "webinar",  "meeting",  "training"};
        static const char *const levels[] = {"primary", "lower_secondary", "upper_secondary",
                                             "vocational"};
        const int days = int(firstDay.daysTo(lastDay)) + 1;
        QByteArrayList clusterIds;
        for (int c = 0; c < clusterCount && ok; ++c) {
            const QByteArray id = uuid();
            clusterIds.append(id);
            // Two of the 600 clusters were closed: tombstones that count nowhere.
            ok = cluster.text(1, id)
                     .text(2, "LEC " + QByteArray::number(c + 1))
                     .text(3, "Regione " + QByteArray::number(c % 20))
                     .text(4, now)
                     .text(5, now)
                     .number(6, c % 300 == 299 ? 1 : 0)
                     .run();
            const QByteArray periodId = uuid();
            ok = ok && period.text(1, periodId)
                           .text(2, id)
                           .text(3, periodName)
                           .text(4, iso(periodStart))
                           .text(5, iso(periodEnd))
                           .text(6, now)
                           .text(7, now)
                           .run();
            for (const auto &[kpi, value] :
                 std::initializer_list<std::pair<const char *, int>>{{"institutions", 90},
                                                                     {"pupils", 2500},
                                                                     {"teachers", 300},
                                                                     {"events_held", 400}})
                ok = ok && target.text(1, uuid())
                               .text(2, periodId)
                               .text(3, kpi)
                               .number(4, value)
                               .text(5, now)
                               .text(6, now)
                               .run();
            for (int p = 0; p < partnersPerCluster && ok; ++p) {
                const char *type = partnerType(random);
                const bool school = qstrcmp(type, "school") == 0;
                // Founders without a date, members who joined over the years, some who left.
                const int joinRoll = int(random() % 100);
                QByteArray joined;
                if (joinRoll >= 20)
                    joined = iso(QDate(2019, 1, 1).addDays(random() % 2400));
                QByteArray left;
                if (random() % 10 == 0)
                    left = iso((joined.isNull()
                                    ? QDate(2019, 6, 1)
                                    : QDate::fromString(QString::fromLatin1(joined), Qt::ISODate))
                                   .addDays(200 + random() % 900));
                ok = partner.text(1, uuid())
                         .text(2, id)
                         .text(3, (school ? "Istituto Comprensivo " : "Ente ") +
                                      QByteArray::number(c * partnersPerCluster + p))
                         .text(4, type)
                         .text(5, school ? levels[random() % 4] : "")
                         .text(6, "Città " + QByteArray::number(random() % 500))
                         .text(7, "info" + QByteArray::number(p) + "@example.org")
                         .text(8, joined)
                         .text(9, left)
                         .text(10, now)
                         .text(11, now)
                         .number(12, random() % 100 == 0 ? 1 : 0)
                         .run();
            }
        }

        for (int i = 0; i < eventCount && ok; ++i) {
            const QDate start = firstDay.addDays(random() % days);
            const char *kind = kinds[random() % std::size(kinds)];
            const int roll = int(random() % 100);
            const char *status;
            if (start < today)
                status = roll < 82   ? "held"
                         : roll < 90 ? "cancelled"
                         : roll < 95 ? "planned"
                                     : "confirmed";
            else
                status = roll < 60 ? "planned" : roll < 95 ? "confirmed" : "cancelled";
            const bool held = qstrcmp(status, "held") == 0;
            // Held events mostly have their figures; a few others carry figures from an older
            // version, which must not count.
            const bool figures = held ? random() % 10 != 0 : random() % 100 == 0;
            const bool isEvent = qstrcmp(kind, "event") == 0;
            const bool forTeachers = qstrcmp(kind, "training") == 0 || qstrcmp(kind, "course") == 0;
            const int pupils = !figures      ? -1
                               : forTeachers ? 0
                               : isEvent     ? 20 + int(random() % 280)
                                             : 10 + int(random() % 50);
            const QByteArray title = QByteArray(kind) + " " + QByteArray::number(i);
            ok = event.text(1, uuid())
                     .text(2, clusterIds.at(i % clusterCount))
                     .text(3, kind)
                     .text(4, status)
                     .text(5, "Laboratorio di robotica educativa n. " + QByteArray::number(i))
                     .text(6, title)
                     .text(7, "Attività per le classi terze e quarte, con materiali da portare a"
                              " casa e una breve presentazione per i genitori.")
                     .text(8, iso(start))
                     .text(9, random() % 4 == 0 ? QByteArray() : QByteArray("09:30"))
                     .text(10, random() % 7 == 0 ? iso(start.addDays(2)) : QByteArray())
                     .text(11, "Aula " + QByteArray::number(random() % 40))
                     .text(12, "primary|lower_secondary")
                     .text(13, "science|technology")
                     .number(14, pupils)
                     .number(15, figures ? 1 + int(random() % 6) : -1)
                     .number(16, figures && isEvent ? int(random() % 80) : -1)
                     .number(17, figures ? int(random() % 4) : -1)
                     .number(18, figures && forTeachers ? int(random() % 12) : -1)
                     .number(19, figures && random() % 3 == 0 ? int(random() % 10) : -1)
                     .text(20, now)
                     .text(21, now)
                     .number(22, random() % 200 == 0 ? 1 : 0)
                     .run();
        }
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        std::fprintf(stderr, "cannot fill the database: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

int countRows(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    int count = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = QByteArray("SELECT COUNT(*) FROM ") + table;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return count;
}

// The hand-written queries, as someone who knows the schema would write them for one question
// with plain SQLite: joins to the live clusters, SUM over the figures.
const char *const rawInstitutionsAll =
    "SELECT p.type, COUNT(*) FROM partners p JOIN clusters c ON c.id = p.cluster_id"
    " WHERE c.deleted = 0 AND p.deleted = 0 AND (p.joined_on IS NULL OR p.joined_on <= ?2)"
    " AND (p.left_on IS NULL OR p.left_on >= ?1) GROUP BY p.type";
const char *const rawEventsAll =
    "SELECT e.kind, COUNT(*), SUM(e.pupils), SUM(e.teachers), SUM(e.parents),"
    " SUM(e.researchers), SUM(e.teacher_trainees), SUM(e.others)"
    " FROM events e JOIN clusters c ON c.id = e.cluster_id"
    " WHERE c.deleted = 0 AND e.deleted = 0 AND e.status = 'held'"
    " AND e.start_date BETWEEN ?1 AND ?2 GROUP BY e.kind";
const char *const rawMonthsAll =
    "SELECT substr(e.start_date, 1, 7), SUM(e.pupils), SUM(e.teachers), SUM(e.parents),"
    " SUM(e.researchers), SUM(e.teacher_trainees), SUM(e.others)"
    " FROM events e JOIN clusters c ON c.id = e.cluster_id"
    " WHERE c.deleted = 0 AND e.deleted = 0 AND e.status = 'held'"
    " AND e.start_date BETWEEN ?1 AND ?2 GROUP BY 1";
// Both at once, as the dashboard needs them: the last statement of a snapshot.
const char *const rawEventsByKindAndMonthAll =
    "SELECT e.kind, substr(e.start_date, 1, 7), COUNT(*), SUM(e.pupils), SUM(e.teachers),"
    " SUM(e.parents), SUM(e.researchers), SUM(e.teacher_trainees), SUM(e.others)"
    " FROM events e JOIN clusters c ON c.id = e.cluster_id"
    " WHERE c.deleted = 0 AND e.deleted = 0 AND e.status = 'held'"
    " AND e.start_date BETWEEN ?1 AND ?2 GROUP BY 1, 2";
const char *const rawTargetsAll =
    "SELECT t.kpi, SUM(t.value) FROM kpi_targets t"
    " JOIN reporting_periods p ON p.id = t.period_id JOIN clusters c ON c.id = p.cluster_id"
    " WHERE c.deleted = 0 AND p.deleted = 0 AND t.deleted = 0 AND p.name = ?3"
    " AND p.start_date = ?1 AND p.end_date = ?2 GROUP BY t.kpi";
const char *const rawInstitutionsOne =
    "SELECT type, COUNT(*) FROM partners WHERE cluster_id = ?3 AND deleted = 0"
    " AND (joined_on IS NULL OR joined_on <= ?2) AND (left_on IS NULL OR left_on >= ?1)"
    " GROUP BY type";
const char *const rawEventsOne =
    "SELECT kind, COUNT(*), SUM(pupils), SUM(teachers), SUM(parents), SUM(researchers),"
    " SUM(teacher_trainees), SUM(others) FROM events WHERE cluster_id = ?3 AND deleted = 0"
    " AND status = 'held' AND start_date BETWEEN ?1 AND ?2 GROUP BY kind";

// Runs the statements on an open connection with the period (?1, ?2) and the cluster id or the
// period name (?3) bound, reads every column of every row, and returns the sum of the column
// countColumn of the last statement (the number of held events, for the checks).
qint64 rawRound(sqlite3 *db, const QByteArray &third, std::initializer_list<const char *> sqls,
                int countColumn = 1)
{
    const QByteArray from = iso(periodStart);
    const QByteArray to = iso(periodEnd);
    qint64 total = 0;
    for (const char *sql : sqls) {
        total = 0;
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, from.constData(), int(from.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, to.constData(), int(to.size()), SQLITE_STATIC);
        if (sqlite3_bind_parameter_count(statement) >= 3)
            sqlite3_bind_text(statement, 3, third.constData(), int(third.size()), SQLITE_STATIC);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            sqlite3_column_text(statement, 0);
            for (int column = 1; column < sqlite3_column_count(statement); ++column)
                sqlite3_column_int64(statement, column);
            total += sqlite3_column_int64(statement, countColumn);
        }
        sqlite3_finalize(statement);
    }
    return total;
}

struct Measure
{
    const char *name;
    double lecDesk;
    double raw;
    int lecDeskResult;
    int rawResult;
};

void print(const Measure &m)
{
    std::printf("%-30s %9.2f ms  %9.2f ms  %6.2f   %s\n", m.name, m.lecDesk, m.raw,
                m.lecDesk / m.raw, m.lecDeskResult == m.rawResult ? "same" : "DIFFERENT");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString folderArgument = arguments.value(1, QStringLiteral("-"));
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    const int eventCount = arguments.size() > 3 ? arguments.at(3).toInt() : 1000000;

    QTemporaryDir temporary;
    const QString folder = folderArgument == QLatin1String("-") ? temporary.path() : folderArgument;
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(QStringLiteral("bench-kpi-%1.sqlite").arg(eventCount));
    if (QFileInfo::exists(path) && countRows(path, "events") == eventCount) {
        std::printf("reusing %s\n", qPrintable(path));
    } else {
        QFile::remove(path);
        QElapsedTimer timer;
        timer.start();
        if (!populate(path, eventCount)) {
            std::fprintf(stderr, "cannot build the benchmark database\n");
            return 1;
        }
        std::printf("built %s in %.1f s\n", qPrintable(path), double(timer.elapsed()) / 1000);
    }

    Database database;
    if (!database.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorMessage()));
        return 1;
    }
    const KpiCalculator kpis(database.connection());
    const QString name = QString::fromLatin1(periodName);
    const std::optional<KpiScope> all = kpis.resolveScope(QString(), name, {}, {});
    const std::optional<KpiScope> one = kpis.resolveScope(QStringLiteral("LEC 17"), name, {}, {});
    if (!all || !one) {
        std::fprintf(stderr, "%s\n", qPrintable(kpis.errorMessage()));
        return 1;
    }
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return 1;
    const QByteArray oneId = one->clusterId.toUtf8();
    const QByteArray nameBytes = name.toUtf8();

    auto held = [](const std::optional<KpiValues> &values) {
        return values ? int(values->eventsHeld()) : -1;
    };
    auto monthsHeldPupils = [](const QList<MonthlyReach> &months) {
        qint64 pupils = 0;
        for (const MonthlyReach &month : months)
            pupils += month.reach[std::size_t(Figure::Pupils)];
        return int(pupils);
    };
    auto measure = [&](const char *label, auto lecDeskRound, auto rawRoundFunction) {
        Measure m{label, 0, 0, 0, 0};
        lecDeskRound(); // a first run of each fills the page cache for both
        rawRoundFunction();
        std::tie(m.lecDesk, m.raw) = interleavedMedianMilliseconds(
            rounds, lecDeskRound, rawRoundFunction, &m.lecDeskResult, &m.rawResult);
        return m;
    };

    const QList<Measure> results{
        measure(
            "compute, all clusters", [&] { return held(kpis.compute(*all).value()); },
            [&] {
                return int(rawRound(raw, {}, {rawInstitutionsAll, rawEventsAll}));
            }),
        measure(
            "compute, one cluster", [&] { return held(kpis.compute(*one).value()); },
            [&] {
                return int(rawRound(raw, oneId, {rawInstitutionsOne, rawEventsOne}));
            }),
        measure(
            "reachByMonth, all clusters",
            [&] { return monthsHeldPupils(kpis.reachByMonth(*all).value()); },
            [&] {
                // The pupils column summed over the months.
                sqlite3_stmt *statement = nullptr;
                const QByteArray from = iso(periodStart);
                const QByteArray to = iso(periodEnd);
                sqlite3_prepare_v2(raw, rawMonthsAll, -1, &statement, nullptr);
                sqlite3_bind_text(statement, 1, from.constData(), -1, SQLITE_STATIC);
                sqlite3_bind_text(statement, 2, to.constData(), -1, SQLITE_STATIC);
                qint64 pupils = 0;
                while (sqlite3_step(statement) == SQLITE_ROW) {
                    sqlite3_column_text(statement, 0);
                    pupils += sqlite3_column_int64(statement, 1);
                }
                sqlite3_finalize(statement);
                return int(pupils);
            }),
        measure(
            "snapshot, all clusters",
            [&] {
                const std::optional<KpiScope> scope = kpis.resolveScope(QString(), name, {}, {});
                const std::optional<KpiSnapshot> snapshot = kpis.snapshot(scope.value()).value();
                return snapshot ? int(snapshot->values.eventsHeld()) : -1;
            },
            [&] {
                rawRound(raw, nameBytes, {rawTargetsAll});
                rawRound(raw, {}, {rawInstitutionsAll});
                // The held events: the third column holds the counts.
                return int(rawRound(raw, {}, {rawEventsByKindAndMonthAll}, 2));
            }),
    };
    sqlite3_close(raw);

    const std::optional<KpiValues> values = kpis.compute(*all).value();
    std::printf("clusters / partners / events:      %d / %d / %d\n", countRows(path, "clusters"),
                countRows(path, "partners"), countRows(path, "events"));
    std::printf("period:                            %s, %s to %s (all clusters)\n", periodName,
                qPrintable(periodStart.toString(Qt::ISODate)),
                qPrintable(periodEnd.toString(Qt::ISODate)));
    std::printf("institutions / held events / pupils: %lld / %lld / %lld\n",
                static_cast<long long>(values->institutions()),
                static_cast<long long>(values->eventsHeld()),
                static_cast<long long>(values->reached(Figure::Pupils)));
    std::printf("\n%-30s %12s  %12s  %6s   %s (median of %d)\n", "", "LEC Desk", "plain SQLite",
                "ratio", "result", rounds);
    for (const Measure &m : results)
        print(m);
    return 0;
}
