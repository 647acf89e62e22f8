// Push and pull throughput of lecdesk-server over HTTPS on loopback, on SQLite and on PostgreSQL,
// against two limits measured in the same run: the transport (curl moving the same bytes to and
// from a static QtHttpServer in the same server process and thread, with the same TLS set-up) and
// the storage (the same rows written with plain prepared INSERTs on the same backend). Then 20
// clients push to one cluster at once, and every record and every typed value must be there.
//
//   build/bench/bench_server [RECORDS] [ROUNDS] [BACKEND...]
//
// RECORDS (default 100,000) is the size of the first push and pull; the 20 clients push as many
// again, in batches of 100. ROUNDS (default 3): each on a fresh server and fresh databases, the
// backends taking turns; the table shows medians. BACKEND is sqlite or postgresql (default both).

#include "bench/StaticHttpsServer.h"
#include "protocol/RecordCatalogue.h"
#include "protocol/SyncMessages.h"
#include "server/Accounts.h"
#include "server/HttpApi.h"
#include "server/ServerDatabase.h"
#include "tests/support/HttpsTestClient.h"
#include "tests/support/ServerBackends.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestServerThread.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <latch>
#include <memory>
#include <optional>
#include <random>

using Protocol::PushBatch;
using Protocol::PushRecord;

namespace {

constexpr int batchSize = 1000; // the server's default batch and page limits
constexpr int clientCount = 20;
constexpr int clientBatchSize = 100;
const QString createdAt = QStringLiteral("2026-03-02T09:00:00.000Z");
const QDate today(2025, 11, 22); // before it events have happened; after it they are planned

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString thousands(qint64 number)
{
    return QLocale(QLocale::English).toString(number);
}

QString milliseconds(double ms)
{
    return ms >= 100 ? thousands(qRound64(ms)) + QStringLiteral(" ms")
                     : QString::number(ms, 'f', 1) + QStringLiteral(" ms");
}

// Records with the fields of RecordCatalogue and values in the spirit of phereclos-facts.md: the
// partner institutions of Friuli Venezia Giulia (two thirds schools), their contact persons, the
// events of seven school years with their figures, and the partners taking part in each event.
class RecordMaker
{
public:
    explicit RecordMaker(quint32 seed)
        : m_random(seed)
    {
    }

    PushRecord partner(int number)
    {
        static const char *const cities[] = {
            "Trieste",    "Gorizia", "Udine",          "Pordenone",
            "Monfalcone", "Muggia",  "Grado",          "Cividale del Friuli",
            "Sacile",     "Cormons", "Duino-Aurisina", "Sgonico"};
        static const char *const others[] = {
            "university", "university", "research_centre", "museum",     "business", "business",
            "nonprofit",  "nonprofit",  "local_authority", "government", "other"};
        static const char *const levels[] = {"primary", "lower_secondary", "upper_secondary",
                                             "vocational"};
        const bool school = below(100) < 68; // 414 of 608 in PHERECLOS
        const QString type =
            QLatin1String(school ? "school" : others[below(int(std::size(others)))]);
        const QString city = QLatin1String(cities[below(int(std::size(cities)))]);
        const QString name =
            school ? QStringLiteral("Istituto Comprensivo \u00ab%1\u00bb %2").arg(city).arg(number)
                   : QStringLiteral("Ente %1 di %2").arg(number).arg(city);
        // Founders without a date, members who joined over the years, a tenth who left.
        QJsonValue joined = QJsonValue::Null;
        if (below(100) >= 20)
            joined = date(QDate(2019, 1, 1), 2400);
        QJsonValue left = QJsonValue::Null;
        if (below(10) == 0)
            left = date(QDate(2022, 9, 30), 900);
        return record(
            QStringLiteral("partners"),
            {{QStringLiteral("name"), name},
             {QStringLiteral("type"), type},
             {QStringLiteral("school_level"),
              school ? QLatin1String(levels[below(4)]) : QLatin1String("")},
             {QStringLiteral("city"), city},
             {QStringLiteral("address"), QStringLiteral("Via Roma %1").arg(1 + below(200))},
             {QStringLiteral("website"), QStringLiteral("https://ente%1.example.org").arg(number)},
             {QStringLiteral("email"), QStringLiteral("segreteria%1@example.org").arg(number)},
             {QStringLiteral("phone"), QStringLiteral("+39 040 %1").arg(1000000 + below(8999999))},
             {QStringLiteral("joined_on"), joined},
             {QStringLiteral("left_on"), left},
             {QStringLiteral("notes"), below(3) == 0
                                           ? QStringLiteral("Referente per i laboratori di scienze;"
                                                            " disponibile il martedì.")
                                           : QString()},
             {QStringLiteral("created_at"), createdAt}});
    }

    PushRecord contact(const QString &partnerId, int number)
    {
        static const char *const roles[] = {"Dirigente scolastico", "Docente referente",
                                            "Segreteria", "Responsabile comunicazione"};
        return record(
            QStringLiteral("contacts"),
            {{QStringLiteral("partner_id"), partnerId},
             {QStringLiteral("position"), 0},
             {QStringLiteral("name"), QStringLiteral("Persona %1").arg(number)},
             {QStringLiteral("role"), QLatin1String(roles[below(4)])},
             {QStringLiteral("email"), QStringLiteral("persona%1@example.org").arg(number)},
             {QStringLiteral("phone"), QStringLiteral("+39 333 %1").arg(1000000 + below(8999999))},
             {QStringLiteral("created_at"), createdAt}});
    }

    PushRecord event(int number)
    {
        static const char *const kinds[] = {"workshop", "workshop", "workshop", "lab",   "lab",
                                            "lab",      "visit",    "visit",    "event", "course",
                                            "webinar",  "meeting",  "training"};
        const QString kind = QLatin1String(kinds[below(int(std::size(kinds)))]);
        const QDate start = QDate(2019, 10, 1).addDays(below(2557)); // to September 2026
        const int roll = below(100);
        QString status;
        if (start < today)
            status = roll < 82   ? QStringLiteral("held")
                     : roll < 90 ? QStringLiteral("cancelled")
                     : roll < 95 ? QStringLiteral("planned")
                                 : QStringLiteral("confirmed");
        else
            status = roll < 60 ? QStringLiteral("planned") : QStringLiteral("confirmed");
        // Held events mostly have their figures (the KPIs count them); planned ones none yet.
        const bool figures = status == QLatin1String("held") && below(10) != 0;
        const auto figure = [&](int from, int span) {
            return figures ? QJsonValue(from + below(span)) : QJsonValue(QJsonValue::Null);
        };
        const bool timed = below(4) != 0;
        return record(
            QStringLiteral("events"),
            {{QStringLiteral("kind"), kind},
             {QStringLiteral("status"), status},
             {QStringLiteral("title_it"),
              QStringLiteral("Laboratorio di robotica educativa n. %1").arg(number)},
             {QStringLiteral("title_en"),
              QStringLiteral("Educational robotics lab no. %1").arg(number)},
             {QStringLiteral("description_it"),
              QStringLiteral("Attività per le classi terze e quarte, con materiali da portare a"
                             " casa e una breve presentazione per i genitori.")},
             {QStringLiteral("description_en"),
              below(2) == 0 ? QStringLiteral("Hands-on activity for third and fourth grades,"
                                             " with a short presentation for the parents.")
                            : QString()},
             {QStringLiteral("start_date"), start.toString(Qt::ISODate)},
             {QStringLiteral("start_time"),
              timed ? QJsonValue(QStringLiteral("09:30")) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("end_date"), below(7) == 0
                                              ? QJsonValue(start.addDays(2).toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("end_time"),
              timed ? QJsonValue(QStringLiteral("12:30")) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("location"), QStringLiteral("Aula %1").arg(1 + below(40))},
             {QStringLiteral("online_link"),
              below(10) == 0 ? QStringLiteral("https://meet.example.org/lec-%1").arg(number)
                             : QString()},
             {QStringLiteral("audience"), QStringLiteral("primary|lower_secondary")},
             {QStringLiteral("subjects"), QStringLiteral("science|technology")},
             {QStringLiteral("activity_id"), QJsonValue::Null},
             {QStringLiteral("pupils"), figure(10, 50)},
             {QStringLiteral("teachers"), figure(1, 6)},
             {QStringLiteral("parents"), figure(0, 20)},
             {QStringLiteral("researchers"), figure(0, 4)},
             {QStringLiteral("teacher_trainees"), figure(0, 3)},
             {QStringLiteral("others"), figure(0, 10)},
             {QStringLiteral("created_at"), createdAt}});
    }

    PushRecord eventPartner(const QString &eventId, const QString &partnerId, int position)
    {
        return record(QStringLiteral("event_partners"),
                      {{QStringLiteral("event_id"), eventId},
                       {QStringLiteral("partner_id"), partnerId},
                       {QStringLiteral("role"),
                        position == 0 ? QStringLiteral("host") : QStringLiteral("participant")},
                       {QStringLiteral("position"), position},
                       {QStringLiteral("created_at"), createdAt}});
    }

    int below(int bound) { return int(m_random() % quint32(bound)); }

private:
    static PushRecord record(const QString &type, const QJsonObject &fields)
    {
        PushRecord record;
        record.type = type;
        record.id = newId();
        record.fields = fields;
        return record;
    }

    QString date(QDate from, int spanDays)
    {
        return from.addDays(below(spanDays)).toString(Qt::ISODate);
    }

    std::mt19937 m_random;
};

// What a cluster's first full upload sends, in the desktop's table order: a tenth partners, a
// tenth contact persons, three fifths events, a fifth links between events and partners (each
// naming records sent before it, as a desktop's would).
QList<PushRecord> makeMix(int count, RecordMaker &maker, int *firstNumber)
{
    const int partners = qMax(1, count / 10);
    const int contacts = count / 10;
    const int links = count / 5;
    const int events = count - partners - contacts - links;
    QList<PushRecord> records;
    records.reserve(count);
    QList<QString> partnerIds;
    QList<QString> eventIds;
    for (int i = 0; i < partners; ++i) {
        records.append(maker.partner(++*firstNumber));
        partnerIds.append(records.constLast().id);
    }
    for (int i = 0; i < contacts; ++i)
        records.append(maker.contact(partnerIds.at(i % partners), ++*firstNumber));
    for (int i = 0; i < events; ++i) {
        records.append(maker.event(++*firstNumber));
        eventIds.append(records.constLast().id);
    }
    for (int i = 0; i < links; ++i)
        records.append(maker.eventPartner(eventIds.at(maker.below(int(eventIds.size()))),
                                          partnerIds.at(maker.below(int(partnerIds.size()))),
                                          i % 2));
    return records;
}

QString describeMix(int count)
{
    const int partners = qMax(1, count / 10);
    const int contacts = count / 10;
    const int links = count / 5;
    return QStringLiteral("%1 partners, %2 contacts, %3 events, %4 event links")
        .arg(thousands(partners), thousands(contacts),
             thousands(count - partners - contacts - links), thousands(links));
}

struct Batch
{
    QString id;
    QByteArray body;
    int records = 0;
};

QList<Batch> makeBatches(const QList<PushRecord> &records, int size)
{
    QList<Batch> batches;
    for (qsizetype start = 0; start < records.size(); start += size) {
        PushBatch batch;
        batch.records = records.mid(start, size);
        batches.append({newId(), compact(batch.toJson()), int(batch.records.size())});
    }
    return batches;
}

QString batchPath(const QString &clusterId, const QString &batchId)
{
    return QStringLiteral("/v1/clusters/%1/batches/%2").arg(clusterId, batchId);
}

// Sends one batch and checks that every record got `status`. Returns "" or what went wrong.
QString push(HttpsTestClient &client, const QString &clusterId, const Batch &batch,
             const QString &status, QByteArray *replyBody, QString *firstStatus = nullptr)
{
    const HttpsReply reply = client.send("PUT", batchPath(clusterId, batch.id), batch.body);
    if (reply.status != 200)
        return QStringLiteral("push: HTTP %1 %2 %3")
            .arg(reply.status)
            .arg(reply.errorString, QString::fromUtf8(reply.body.left(300)));
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    if (results.size() != batch.records)
        return QStringLiteral("push: %1 results for %2 records")
            .arg(results.size())
            .arg(batch.records);
    for (const QJsonValue &result : results) {
        const QString got = result.toObject().value(QStringLiteral("status")).toString();
        if (firstStatus) {
            *firstStatus = got;
            firstStatus = nullptr;
        } else if (got != status) {
            return QStringLiteral("push: a record came back %1, not %2").arg(got, status);
        }
    }
    *replyBody = reply.body;
    return {};
}

// Pulls the cluster from sequence 0 in pages of `limit`; keeps each page's bytes.
QString pullAll(HttpsTestClient &client, const QString &clusterId, int limit,
                QList<QByteArray> *pages)
{
    qint64 since = 0;
    bool more = true;
    while (more) {
        const HttpsReply reply =
            client.get(QStringLiteral("/v1/clusters/%1/changes?since=%2&limit=%3")
                           .arg(clusterId)
                           .arg(since)
                           .arg(limit));
        if (reply.status != 200)
            return QStringLiteral("pull: HTTP %1 %2").arg(reply.status).arg(reply.errorString);
        since = reply.json.value(QStringLiteral("next")).toInteger();
        more = reply.json.value(QStringLiteral("more")).toBool();
        pages->append(reply.body);
    }
    return {};
}

struct Expected
{
    QString type;
    QByteArray fields; // compact JSON
};

// Every pushed record must come back exactly once, with its type and fields, in sequence order.
QString checkPulled(const QList<QByteArray> &pages, const QHash<QString, Expected> &expected)
{
    QSet<QString> seen;
    qint64 lastSequence = 0;
    for (const QByteArray &page : pages) {
        const QJsonArray records =
            QJsonDocument::fromJson(page).object().value(QStringLiteral("records")).toArray();
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            const QString id = record.value(QStringLiteral("id")).toString();
            const auto found = expected.constFind(id);
            if (found == expected.constEnd())
                return QStringLiteral("pull: a record never pushed, %1").arg(id);
            if (seen.contains(id))
                return QStringLiteral("pull: %1 came twice").arg(id);
            seen.insert(id);
            const qint64 sequence = record.value(QStringLiteral("sequence")).toInteger();
            if (sequence <= lastSequence)
                return QStringLiteral("pull: sequence %1 after %2").arg(sequence).arg(lastSequence);
            lastSequence = sequence;
            if (record.value(QStringLiteral("type")).toString() != found->type ||
                compact(record.value(QStringLiteral("fields")).toObject()) != found->fields)
                return QStringLiteral("pull: %1 came back different").arg(id);
        }
    }
    if (seen.size() != expected.size())
        return QStringLiteral("pull: %1 of %2 records came back")
            .arg(seen.size())
            .arg(expected.size());
    return {};
}

// --- Transport baseline: curl ------------------------------------------------------------------

struct CurlRequest
{
    QString url;
    QString uploadFile; // "" for a GET
};

// One curl process for a list of requests: one connection kept alive for all of them, bodies
// read from files (written before the clock starts), replies thrown away, and for each transfer
// a line "status downloaded uploaded" on standard error to check afterwards.
class CurlRun
{
public:
    CurlRun(const QString &configPath, const QString &caPath, const QList<CurlRequest> &requests)
        : m_configPath(configPath)
        , m_caPath(caPath)
        , m_requests(requests.size())
    {
        QFile config(configPath);
        if (!config.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1").arg(configPath);
            return;
        }
        // No "Expect: 100-continue" wait: QtHttpServer does not answer it, so curl would pause
        // a second before each upload.
        config.write("silent\nshow-error\nheader = \"Expect:\"\n"
                     "header = \"Content-Type: application/json\"\n"
                     "write-out = \"%{stderr}%{http_code} %{size_download} %{size_upload}\\n\"\n");
        for (const CurlRequest &request : requests) {
            config.write("url = \"" + request.url.toUtf8() + "\"\n");
            if (!request.uploadFile.isEmpty())
                config.write("upload-file = \"" + request.uploadFile.toUtf8() + "\"\n");
        }
    }

    void start()
    {
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(QStringLiteral("curl"),
                        {QStringLiteral("-q"), QStringLiteral("-K"), m_configPath,
                         QStringLiteral("--cacert"), m_caPath});
    }

    // Waits for curl; returns "" when every transfer answered 200, else what went wrong.
    QString finish(qint64 *downloaded, qint64 *uploaded)
    {
        if (!m_error.isEmpty())
            return m_error;
        if (!m_process.waitForFinished(600000) || m_process.exitCode() != 0)
            return QStringLiteral("curl failed (%1): %2")
                .arg(m_process.exitCode())
                .arg(QString::fromLocal8Bit(m_process.readAllStandardError().right(500)));
        const QList<QByteArray> lines = m_process.readAllStandardError().trimmed().split('\n');
        if (lines.size() != m_requests)
            return QStringLiteral("curl made %1 of %2 transfers").arg(lines.size()).arg(m_requests);
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts.at(0) != "200")
                return QStringLiteral("curl: %1").arg(QString::fromLatin1(line));
            *downloaded += parts.at(1).toLongLong();
            *uploaded += parts.at(2).toLongLong();
        }
        return {};
    }

private:
    QString m_configPath;
    QString m_caPath;
    qsizetype m_requests = 0;
    QProcess m_process;
    QString m_error;
};

// Runs curl processes at once and returns the wall time until the last has finished.
double timeCurl(const std::vector<std::unique_ptr<CurlRun>> &runs, qint64 *downloaded,
                qint64 *uploaded, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    for (const auto &run : runs)
        run->start();
    for (const auto &run : runs) {
        const QString problem = run->finish(downloaded, uploaded);
        if (!problem.isEmpty() && error->isEmpty())
            *error = problem;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// --- Storage baseline: plain INSERTs -----------------------------------------------------------

struct PlainRow
{
    QString id;
    QString type;
    QString data;
};

// A table of the shape of the server's records (id primary key, one sequence per cluster with a
// unique index), written with one prepared INSERT per row through QtSql on the same backend, with
// the server's SQLite pragmas.
class PlainStore
{
public:
    PlainStore(const DatabaseLocation &location, const QString &clusterId)
        : m_connection(QStringLiteral("bench-plain-%1").arg(newId()))
        , m_clusterId(clusterId)
        , m_postgres(location.backend == DatabaseLocation::Backend::Postgres)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connection);
        if (m_postgres) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setDatabaseName(location.name);
            db.setUserName(location.user);
        } else {
            db.setDatabaseName(location.path);
        }
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QStringList statements{QStringLiteral("CREATE TABLE records (id TEXT PRIMARY KEY NOT NULL,"
                                              " cluster_id TEXT NOT NULL, type TEXT NOT NULL,"
                                              " sequence BIGINT NOT NULL, data TEXT NOT NULL)"),
                               QStringLiteral("CREATE UNIQUE INDEX records_cluster_sequence ON"
                                              " records (cluster_id, sequence)")};
        if (!m_postgres) // the server's pragmas (ServerDatabase::open)
            statements = QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                     QStringLiteral("PRAGMA synchronous = FULL")} +
                         statements;
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                m_error = query.lastError().text();
                return;
            }
        }
    }

    ~PlainStore() { QSqlDatabase::removeDatabase(m_connection); }
    PlainStore(const PlainStore &) = delete;
    PlainStore &operator=(const PlainStore &) = delete;

    QString errorMessage() const { return m_error; }

    // PostgreSQL writes what earlier phases left in its buffers back at its checkpoints, which
    // would fall on whichever phase runs then: a checkpoint before each timed phase (LEC Desk's
    // and the baselines') starts them all alike. It is server-wide, so this connection will do.
    void settle()
    {
        if (m_postgres)
            QSqlQuery(QSqlDatabase::database(m_connection)).exec(QStringLiteral("CHECKPOINT"));
    }

    // Inserts the rows, `perTransaction` to a transaction; returns the milliseconds taken.
    double insert(const QList<PlainRow> &rows, int perTransaction)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QElapsedTimer timer;
        timer.start();
        {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO records (id, cluster_id, type, sequence,"
                                          " data) VALUES (?, ?, ?, ?, ?)"));
            for (qsizetype i = 0; i < rows.size() && m_error.isEmpty(); ++i) {
                if (i % perTransaction == 0)
                    db.transaction();
                const PlainRow &row = rows.at(i);
                insert.bindValue(0, row.id);
                insert.bindValue(1, m_clusterId);
                insert.bindValue(2, row.type);
                insert.bindValue(3, ++m_sequence);
                insert.bindValue(4, row.data);
                if (!insert.exec())
                    m_error = insert.lastError().text();
                if ((i + 1) % perTransaction == 0 || i + 1 == rows.size()) {
                    if (!db.commit())
                        m_error = db.lastError().text();
                }
            }
        }
        return double(timer.nsecsElapsed()) / 1e6;
    }

private:
    QString m_connection;
    QString m_clusterId;
    bool m_postgres = false;
    qint64 m_sequence = 0;
    QString m_error;
};

QList<PlainRow> plainRows(const QList<PushRecord> &records)
{
    QList<PlainRow> rows;
    rows.reserve(records.size());
    for (const PushRecord &record : records)
        rows.append({record.id, record.type, Protocol::jsonObjectText(record.fields)});
    return rows;
}

// --- The run -----------------------------------------------------------------------------------

struct Row
{
    QString measure;
    double lecDesk = 0;
    double baseline = 0;
    qint64 records = 0; // when > 0, the table shows LEC Desk's records per second
};

// What one round measured. The table shows the medians over the rounds.
struct Round
{
    QList<Row> rows;
    double pushServerMs = 0;
    double pullServerMs = 0;
    QString summary;
    QStringList notes; // the same in every round
};

// The sum of the server's own time (request parsed to reply written, as the access log has it)
// over the access log's lines from `first` on.
qint64 serverMilliseconds(const TestServerThread &server, qsizetype first)
{
    const QList<QByteArray> lines = server.accessLogLines();
    qint64 total = 0;
    for (qsizetype i = first; i < lines.size(); ++i)
        total += QJsonDocument::fromJson(lines.at(i))
                     .object()
                     .value(QStringLiteral("duration_ms"))
                     .toInteger();
    return total;
}

class Bench
{
public:
    Bench(ServerBackends &backends, const TestCertificate &certificate, int recordCount)
        : m_backends(backends)
        , m_certificate(certificate)
        , m_recordCount(recordCount)
    {
    }

    // One round on a fresh server and fresh databases. Returns "" or what went wrong.
    QString run(const QString &backend, Round *round);

private:
    QString setUp(TestServerThread &server);
    QString runClients(TestServerThread &server, double *ms);

    ServerBackends &m_backends;
    const TestCertificate &m_certificate;
    int m_recordCount;
    QTemporaryDir m_files;
    QString m_clusterId;
    QList<QString> m_tokens; // [0] the main client, then one per concurrent client
    QList<Batch> m_clientBatches[clientCount];
    QList<QByteArray> m_clientReplies[clientCount];
};

QString Bench::setUp(TestServerThread &server)
{
    QString error;
    server.inServer([&](TestServerParts &parts) {
        ClusterInfo cluster;
        if (const auto problem =
                parts.accounts.addCluster(QStringLiteral("Trieste Education Cluster"), &cluster)) {
            error = problem.message;
            return;
        }
        m_clusterId = cluster.id;
        for (int i = 0; i <= clientCount && error.isEmpty(); ++i) {
            const QString name = QStringLiteral("coordinator%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString password = QStringLiteral("a long bench password %1").arg(i);
            if (const auto problem = parts.accounts.addUser(name, password, name)) {
                error = problem.message;
                return;
            }
            if (const auto problem = parts.accounts.grant(name, cluster.id, Role::Coordinator)) {
                error = problem.message;
                return;
            }
            const LoginResult login = parts.accounts.login(name, password, QStringLiteral("bench"),
                                                           QStringLiteral("127.0.0.1"));
            if (login.problem)
                error = login.problem.message;
            m_tokens.append(login.token);
        }
    });
    return error;
}

QString Bench::run(const QString &backend, Round *round)
{
    const QString location = m_backends.freshDatabase(backend);
    const QString plainLocation = m_backends.freshDatabase(backend);
    if (location.isEmpty() || plainLocation.isEmpty())
        return m_backends.errorMessage();
    QString error;
    const DatabaseLocation plainAt = DatabaseLocation::parse(plainLocation, &error);
    if (!error.isEmpty())
        return error;

    TestClock clock;
    TestServerThread server(location, m_certificate, clock);
    if (!server.isListening())
        return server.errorMessage();
    if (QString problem = setUp(server); !problem.isEmpty())
        return problem;
    const QSslConfiguration tls = m_certificate.clientConfiguration();
    HttpsTestClient client(server.url(), tls);
    client.setToken(m_tokens.first());

    RecordMaker maker(20210101);
    int number = 0;
    const QList<PushRecord> records = makeMix(m_recordCount, maker, &number);
    const QList<Batch> batches = makeBatches(records, batchSize);
    QHash<QString, Expected> expected;
    for (const PushRecord &record : records)
        expected.insert(record.id, {record.type, compact(record.fields)});
    qint64 pushBytes = 0;
    for (const Batch &batch : batches)
        pushBytes += batch.body.size();

    PlainStore plain(plainAt, m_clusterId);
    if (!plain.errorMessage().isEmpty())
        return plain.errorMessage();

    // 1. Push.
    plain.settle();
    qsizetype logLine = server.accessLogLines().size();
    QList<QByteArray> pushReplies;
    QElapsedTimer timer;
    timer.start();
    for (const Batch &batch : batches) {
        QByteArray reply;
        if (QString problem = push(client, m_clusterId, batch, QStringLiteral("created"), &reply);
            !problem.isEmpty())
            return problem;
        pushReplies.append(reply);
    }
    const double pushMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 pushServerMs = serverMilliseconds(server, logLine);

    // 2. Pull.
    plain.settle();
    logLine = server.accessLogLines().size();
    QList<QByteArray> pages;
    timer.restart();
    if (QString problem = pullAll(client, m_clusterId, batchSize, &pages); !problem.isEmpty())
        return problem;
    const double pullMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 pullServerMs = serverMilliseconds(server, logLine);
    if (QString problem = checkPulled(pages, expected); !problem.isEmpty())
        return problem;
    qint64 pushReplyBytes = 0;
    for (const QByteArray &reply : pushReplies)
        pushReplyBytes += reply.size();
    qint64 pullBytes = 0;
    for (const QByteArray &page : pages)
        pullBytes += page.size();

    // 3. Transport: the same bytes through a server that does nothing, in the same thread.
    std::unique_ptr<StaticHttpsServer> staticServer;
    quint16 staticPort = 0;
    server.inServer([&](TestServerParts &) {
        staticServer = std::make_unique<StaticHttpsServer>();
        staticServer->sslSetup(HttpApi::tlsConfiguration(m_certificate.certificatePath(),
                                                         m_certificate.keyPath(), &error));
        for (qsizetype i = 0; i < pushReplies.size(); ++i)
            staticServer->setReply(QStringLiteral("/push/%1").arg(i), pushReplies.at(i));
        for (qsizetype i = 0; i < pages.size(); ++i)
            staticServer->setReply(QStringLiteral("/pull/%1").arg(i), pages.at(i));
        staticPort = staticServer->listen(QHostAddress::LocalHost, 0);
    });
    const auto closeStatic =
        qScopeGuard([&] { server.inServer([&](TestServerParts &) { staticServer.reset(); }); });
    if (!staticPort)
        return QStringLiteral("the static server does not listen: %1").arg(error);
    const QString staticBase = QStringLiteral("https://127.0.0.1:%1").arg(staticPort);
    QList<CurlRequest> curlPushes;
    for (qsizetype i = 0; i < batches.size(); ++i) {
        const QString file = m_files.filePath(QStringLiteral("push-%1.json").arg(i));
        if (!writeFile(file, batches.at(i).body))
            return QStringLiteral("cannot write %1").arg(file);
        curlPushes.append({staticBase + QStringLiteral("/push/%1").arg(i), file});
    }
    QList<CurlRequest> curlPulls;
    for (qsizetype i = 0; i < pages.size(); ++i)
        curlPulls.append({staticBase + QStringLiteral("/pull/%1").arg(i), {}});
    qint64 down = 0;
    qint64 up = 0;
    std::vector<std::unique_ptr<CurlRun>> runs;
    runs.push_back(std::make_unique<CurlRun>(m_files.filePath(QStringLiteral("push.conf")),
                                             m_certificate.certificatePath(), curlPushes));
    const double curlPushMs = timeCurl(runs, &down, &up, &error);
    if (!error.isEmpty())
        return error;
    if (up != pushBytes || down != pushReplyBytes)
        return QStringLiteral("curl moved other bytes than the push");
    runs.clear();
    down = up = 0;
    runs.push_back(std::make_unique<CurlRun>(m_files.filePath(QStringLiteral("pull.conf")),
                                             m_certificate.certificatePath(), curlPulls));
    const double curlPullMs = timeCurl(runs, &down, &up, &error);
    if (!error.isEmpty())
        return error;
    if (down != pullBytes)
        return QStringLiteral("curl moved other bytes than the pull");

    // The Qt client on the static server: how much of the transport is the client's.
    HttpsTestClient qtStatic(QUrl(staticBase), tls);
    timer.restart();
    for (qsizetype i = 0; i < batches.size(); ++i) {
        if (qtStatic.send("PUT", QStringLiteral("/push/%1").arg(i), batches.at(i).body).status !=
            200)
            return QStringLiteral("Qt client on the static server: push failed");
    }
    const double qtPushMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const HttpsReply reply = qtStatic.get(QStringLiteral("/pull/%1").arg(i));
        if (reply.status != 200 || reply.json.isEmpty())
            return QStringLiteral("Qt client on the static server: pull failed");
    }
    const double qtPullMs = double(timer.nsecsElapsed()) / 1e6;

    // 4. Storage: the same rows with plain INSERTs, 1,000 to a transaction.
    plain.settle();
    const double plainMs = plain.insert(plainRows(records), batchSize);
    if (!plain.errorMessage().isEmpty())
        return plain.errorMessage();

    // 5. 20 clients at once: each edits one shared field from the same base, then pushes its
    // own new records in batches of 100.
    PushRecord shared = maker.partner(++number);
    const QString sharedId = shared.id;
    QByteArray sharedReply;
    if (QString problem = push(client, m_clusterId, makeBatches({shared}, 1).first(),
                               QStringLiteral("created"), &sharedReply);
        !problem.isEmpty())
        return problem;
    const qint64 sharedBase = QJsonDocument::fromJson(sharedReply)
                                  .object()
                                  .value(QStringLiteral("last_sequence"))
                                  .toInteger();
    const int perClient = m_recordCount / clientCount;
    QList<PushRecord> clientRecords;
    for (int k = 0; k < clientCount; ++k) {
        PushRecord edit;
        edit.type = QStringLiteral("partners");
        edit.id = sharedId;
        edit.base = sharedBase;
        edit.fields = {
            {QStringLiteral("city"), QStringLiteral("Città di coordinator%1").arg(k + 1)}};
        m_clientBatches[k] = makeBatches({edit}, 1);
        const QList<PushRecord> own = makeMix(perClient, maker, &number);
        m_clientBatches[k] += makeBatches(own, clientBatchSize);
        clientRecords += own;
        m_clientReplies[k].clear();
    }
    double clientsMs = 0;
    plain.settle();
    if (QString problem = runClients(server, &clientsMs); !problem.isEmpty())
        return problem;

    // Nothing lost: every record, and every one of the 20 cities, the kept one or a conflict.
    const qint64 expectedCount = m_recordCount + 1 + qint64(perClient) * clientCount;
    const qint64 expectedSequence = expectedCount + clientCount;
    qint64 count = 0;
    qint64 lastSequence = 0;
    server.inServer([&](TestServerParts &parts) {
        QSqlQuery query(parts.database.db());
        QString ignored;
        if (parts.database.run(query,
                               QStringLiteral("SELECT COUNT(*) FROM records WHERE cluster_id = ?"),
                               {m_clusterId}, &ignored) &&
            query.next())
            count = query.value(0).toLongLong();
        if (parts.database.run(query,
                               QStringLiteral("SELECT last_sequence FROM clusters WHERE id = ?"),
                               {m_clusterId}, &ignored) &&
            query.next())
            lastSequence = query.value(0).toLongLong();
    });
    if (count != expectedCount || lastSequence != expectedSequence)
        return QStringLiteral(
                   "after the clients: %1 records (expected %2), last sequence %3 (expected %4)")
            .arg(count)
            .arg(expectedCount)
            .arg(lastSequence)
            .arg(expectedSequence);
    const HttpsReply conflicts = client.get(
        QStringLiteral("/v1/clusters/%1/conflicts?record=%2").arg(m_clusterId, sharedId));
    const HttpsReply sharedNow = client.get(
        QStringLiteral("/v1/clusters/%1/records/partners/%2").arg(m_clusterId, sharedId));
    QSet<QString> cities{sharedNow.json.value(QStringLiteral("fields"))
                             .toObject()
                             .value(QStringLiteral("city"))
                             .toString()};
    const QJsonArray conflictList = conflicts.json.value(QStringLiteral("conflicts")).toArray();
    for (const QJsonValue &conflict : conflictList)
        cities.insert(conflict.toObject().value(QStringLiteral("client_value")).toString());
    if (conflictList.size() != clientCount - 1 || cities.size() != clientCount ||
        sharedNow.json.value(QStringLiteral("open_conflicts")).toInt() != clientCount - 1)
        return QStringLiteral("the shared field: %1 conflicts, %2 distinct cities")
            .arg(conflictList.size())
            .arg(cities.size());

    // The clients' baselines: the same bytes by 20 curl processes at once, and the same rows
    // inserted 100 to a transaction after the first 100,000.
    runs.clear();
    qint64 clientBytes = 0;
    qint64 clientReplyBytes = 0;
    server.inServer([&](TestServerParts &) {
        for (int k = 0; k < clientCount; ++k) {
            for (qsizetype i = 0; i < m_clientReplies[k].size(); ++i)
                staticServer->setReply(QStringLiteral("/clients/%1/%2").arg(k).arg(i),
                                       m_clientReplies[k].at(i));
        }
    });
    for (int k = 0; k < clientCount; ++k) {
        QList<CurlRequest> requests;
        for (qsizetype i = 0; i < m_clientBatches[k].size(); ++i) {
            const QString file =
                m_files.filePath(QStringLiteral("client-%1-%2.json").arg(k).arg(i));
            if (!writeFile(file, m_clientBatches[k].at(i).body))
                return QStringLiteral("cannot write %1").arg(file);
            clientBytes += m_clientBatches[k].at(i).body.size();
            clientReplyBytes += m_clientReplies[k].at(i).size();
            requests.append({staticBase + QStringLiteral("/clients/%1/%2").arg(k).arg(i), file});
        }
        runs.push_back(
            std::make_unique<CurlRun>(m_files.filePath(QStringLiteral("client-%1.conf").arg(k)),
                                      m_certificate.certificatePath(), requests));
    }
    down = up = 0;
    const double curlClientsMs = timeCurl(runs, &down, &up, &error);
    if (!error.isEmpty())
        return error;
    if (up != clientBytes || down != clientReplyBytes)
        return QStringLiteral("curl moved other bytes than the clients");
    plain.settle();
    const double plainClientsMs = plain.insert(plainRows(clientRecords), clientBatchSize);
    if (!plain.errorMessage().isEmpty())
        return plain.errorMessage();

    const QString n = thousands(m_recordCount);
    const qint64 clientTotal = qint64(perClient) * clientCount;
    round->rows = {
        {QStringLiteral("push %1 in batches of 1,000 / curl PUT, same bytes").arg(n), pushMs,
         curlPushMs, m_recordCount},
        {QStringLiteral("push %1 / plain INSERT, 1,000 per transaction").arg(n), pushMs, plainMs},
        {QStringLiteral("pull %1 in pages of 1,000 / curl GET, same bytes").arg(n), pullMs,
         curlPullMs, m_recordCount},
        {QStringLiteral("%1 clients push %2 in batches of 100 / %1 curl at once")
             .arg(clientCount)
             .arg(thousands(clientTotal)),
         clientsMs, curlClientsMs, clientTotal},
        {QStringLiteral("%1 clients / plain INSERT, 100 per transaction").arg(clientCount),
         clientsMs, plainClientsMs},
        {QStringLiteral("transport: Qt client / curl, push bytes"), qtPushMs, curlPushMs},
        {QStringLiteral("transport: Qt client / curl, pull bytes"), qtPullMs, curlPullMs},
    };
    round->summary = QStringLiteral("push %1 (server %2), plain INSERT %3, pull %4, %5 clients %6,"
                                    " plain INSERT %7")
                         .arg(milliseconds(pushMs), milliseconds(double(pushServerMs)),
                              milliseconds(plainMs), milliseconds(pullMs))
                         .arg(clientCount)
                         .arg(milliseconds(clientsMs), milliseconds(plainClientsMs));
    round->pushServerMs = double(pushServerMs);
    round->pullServerMs = double(pullServerMs);
    round->notes = {
        QStringLiteral("bytes: push %1 MB up, %2 MB of replies; pull %3 MB")
            .arg(QString::number(double(pushBytes) / 1e6, 'f', 1),
                 QString::number(double(pushReplyBytes) / 1e6, 'f', 1),
                 QString::number(double(pullBytes) / 1e6, 'f', 1)),
        QStringLiteral("checked: %1 records pulled once each, fields equal; after the clients"
                       " %2 records, last sequence %3; the shared field kept 1 value and"
                       " stored %4 conflicts, all %5 values present")
            .arg(n, thousands(count), thousands(lastSequence))
            .arg(conflictList.size())
            .arg(clientCount)};
    return {};
}

QString Bench::runClients(TestServerThread &server, double *ms)
{
    QString errors[clientCount];
    QString sharedStatus[clientCount];
    std::latch ready(clientCount + 1);
    std::vector<std::unique_ptr<QThread>> threads;
    const QSslConfiguration tls = m_certificate.clientConfiguration();
    for (int k = 0; k < clientCount; ++k) {
        threads.emplace_back(QThread::create([&, k, tls] {
            HttpsTestClient own(server.url(), tls);
            own.setToken(m_tokens.at(k + 1));
            ready.arrive_and_wait();
            for (qsizetype i = 0; i < m_clientBatches[k].size() && errors[k].isEmpty(); ++i) {
                QByteArray reply;
                errors[k] =
                    push(own, m_clusterId, m_clientBatches[k].at(i), QStringLiteral("created"),
                         &reply, i == 0 ? &sharedStatus[k] : nullptr);
                m_clientReplies[k].append(reply);
            }
        }));
        threads.back()->start();
    }
    ready.arrive_and_wait();
    QElapsedTimer timer;
    timer.start();
    for (const auto &thread : threads)
        thread->wait();
    *ms = double(timer.nsecsElapsed()) / 1e6;
    int applied = 0;
    for (int k = 0; k < clientCount; ++k) {
        if (!errors[k].isEmpty())
            return QStringLiteral("client %1: %2").arg(k + 1).arg(errors[k]);
        if (sharedStatus[k] == QLatin1String("applied"))
            ++applied;
        else if (sharedStatus[k] != QLatin1String("conflict"))
            return QStringLiteral("client %1: the shared edit came back %2")
                .arg(k + 1)
                .arg(sharedStatus[k]);
    }
    if (applied != 1)
        return QStringLiteral("the shared edit was applied %1 times").arg(applied);
    return {};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

void print(const QString &backend, int recordCount, const QList<Round> &rounds)
{
    const auto medianOf = [&rounds](const auto &value) {
        std::vector<double> values;
        for (const Round &round : rounds)
            values.push_back(value(round));
        return median(values);
    };
    std::printf("\n%s: %s records (%s), medians of %lld rounds\n\n", qPrintable(backend),
                qPrintable(thousands(recordCount)), qPrintable(describeMix(recordCount)),
                static_cast<long long>(rounds.size()));
    std::printf("| measure | LEC Desk | baseline | ratio | |\n|---|---|---|---|---|\n");
    const QList<Row> &first = rounds.first().rows;
    double pushMs = 0;
    double pullMs = 0;
    for (qsizetype i = 0; i < first.size(); ++i) {
        const double lecDesk =
            medianOf([i](const Round &round) { return round.rows.at(i).lecDesk; });
        const double baseline =
            medianOf([i](const Round &round) { return round.rows.at(i).baseline; });
        const double ratio = lecDesk / baseline;
        const qint64 records = first.at(i).records;
        std::printf("| %s | %s | %s | %.*f | %s |\n", qPrintable(first.at(i).measure),
                    qPrintable(milliseconds(lecDesk)), qPrintable(milliseconds(baseline)),
                    ratio < 10 ? 2 : 1, ratio,
                    records > 0
                        ? qPrintable(QStringLiteral("%1 records/s")
                                         .arg(thousands(qRound64(records * 1000.0 / lecDesk))))
                        : "");
        if (i == 0)
            pushMs = lecDesk;
        if (i == 2)
            pullMs = lecDesk;
    }
    std::printf("\n- server's own time (access log: request read to reply written): push %s of %s,"
                " pull %s of %s\n",
                qPrintable(milliseconds(medianOf([](const Round &r) { return r.pushServerMs; }))),
                qPrintable(milliseconds(pushMs)),
                qPrintable(milliseconds(medianOf([](const Round &r) { return r.pullServerMs; }))),
                qPrintable(milliseconds(pullMs)));
    for (const QString &note : rounds.first().notes)
        std::printf("- %s\n", qPrintable(note));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const auto number = [&arguments](int fallback) {
        return !arguments.isEmpty() && arguments.first().toInt() > 0 ? arguments.takeFirst().toInt()
                                                                     : fallback;
    };
    const int recordCount = number(100000);
    const int roundCount = number(3);
    if (recordCount % (clientCount * clientBatchSize) != 0) {
        std::fprintf(stderr, "RECORDS must be a multiple of %d\n", clientCount * clientBatchSize);
        return 2;
    }
    if (arguments.isEmpty())
        arguments = {QStringLiteral("sqlite"), QStringLiteral("postgresql")};

    const TestCertificate certificate;
    if (!certificate.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(certificate.errorMessage()));
        return 1;
    }
    std::printf("bench_server: load average %s at the start\n", qPrintable(loadAverage()));
    ServerBackends backends;
    QHash<QString, QList<Round>> rounds;
    // The backends take turns, round by round, so that a change of load falls on both.
    for (int i = 0; i < roundCount; ++i) {
        for (const QString &backend : arguments) {
            Bench bench(backends, certificate, recordCount);
            Round round;
            if (const QString error = bench.run(backend, &round); !error.isEmpty()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(backend), qPrintable(error));
                return 1;
            }
            rounds[backend].append(round);
            std::printf("round %d, %s: %s; load average %s\n", i + 1, qPrintable(backend),
                        qPrintable(round.summary), qPrintable(loadAverage()));
            std::fflush(stdout);
        }
    }
    for (const QString &backend : arguments)
        print(backend, recordCount, rounds.value(backend));
    return 0;
}
