#include "server/ServerDatabase.h"
#include "server/SyncStore.h"
#include "tests/support/ServerBackends.h"
#include "tests/support/SyncTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <latch>

using namespace SyncTestData;

namespace {

struct Outcome
{
    Protocol::Problem problem;
    QJsonObject reply;
    bool replayed = false;

    QJsonObject result(int index = 0) const
    {
        return reply.value(QStringLiteral("results")).toArray().at(index).toObject();
    }
    QString status(int index = 0) const
    {
        return result(index).value(QStringLiteral("status")).toString();
    }
    qint64 sequence(int index = 0) const
    {
        return result(index).value(QStringLiteral("sequence")).toInteger();
    }
    QJsonArray conflicts(int index = 0) const
    {
        return result(index).value(QStringLiteral("conflicts")).toArray();
    }
};

QString describe(const Protocol::Problem &problem)
{
    return QStringLiteral("%1 %2 [%3] %4")
        .arg(problem.status)
        .arg(problem.code, problem.field, problem.message);
}

// Every row of every table, to show that a refused request changed nothing.
QStringList dump(const ServerDatabase &database)
{
    QStringList rows;
    QSqlQuery query(database.db());
    for (const QString &table :
         {QStringLiteral("accounts"), QStringLiteral("clusters"), QStringLiteral("records"),
          QStringLiteral("conflicts"), QStringLiteral("batches")}) {
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return {QStringLiteral("cannot read %1").arg(table)};
        while (query.next()) {
            QStringList values{table};
            for (int column = 0; column < query.record().count(); ++column)
                values << query.value(column).toString();
            rows << values.join(u'|');
        }
    }
    return rows;
}

// Pushes one batch from its own connection, once every other pusher is ready too.
class PushThread : public QThread
{
public:
    PushThread(const DatabaseLocation &location, const Clock &clock, const QString &clusterId,
               const QByteArray &body, const Author &author, std::latch &start)
        : m_location(location)
        , m_clock(clock)
        , m_clusterId(clusterId)
        , m_body(body)
        , m_author(author)
        , m_start(start)
    {
    }

    Outcome outcome;

protected:
    void run() override
    {
        QString error;
        auto database = ServerDatabase::open(m_location, &error);
        m_start.arrive_and_wait();
        if (!database) {
            outcome.problem = Protocol::Problem::internal(error);
            return;
        }
        SyncStore store(*database, m_clock);
        outcome.problem =
            store.push(m_clusterId, newId(), m_body, m_author, &outcome.reply, &outcome.replayed);
    }

private:
    DatabaseLocation m_location;
    const Clock &m_clock;
    QString m_clusterId;
    QByteArray m_body;
    Author m_author;
    std::latch &m_start;
};

} // namespace

// Each evaluates its expression once: it is often the call under test.
#define QVERIFY_OK(expression)                                                                     \
    do {                                                                                           \
        const Protocol::Problem problem_ = (expression);                                           \
        QVERIFY2(problem_.isNull(), qPrintable(describe(problem_)));                               \
    } while (false)

#define QCOMPARE_PROBLEM(expression, expectedStatus, expectedCode, expectedField)                  \
    do {                                                                                           \
        const Protocol::Problem problem_ = (expression);                                           \
        QCOMPARE(problem_.status, expectedStatus);                                                 \
        QCOMPARE(problem_.code, QStringLiteral(expectedCode));                                     \
        QCOMPARE(problem_.field, QStringLiteral(expectedField));                                   \
    } while (false)

class TestSyncStore : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void createsAndPulls_data() { ServerBackends::addRows(); }
    void createsAndPulls();
    void followsTheMergeTable_data() { ServerBackends::addRows(); }
    void followsTheMergeTable();
    void mergesDifferentFieldsWithoutConflict_data() { ServerBackends::addRows(); }
    void mergesDifferentFieldsWithoutConflict();
    void replaysABatchWhoseReplyWasLost_data() { ServerBackends::addRows(); }
    void replaysABatchWhoseReplyWasLost();
    void keepsEveryOneOfFourPushes_data() { ServerBackends::addRows(); }
    void keepsEveryOneOfFourPushes();
    void keepsEveryOneOfFourConcurrentPushes_data() { ServerBackends::addRows(); }
    void keepsEveryOneOfFourConcurrentPushes();
    void restoresAnEditAgainstADelete_data() { ServerBackends::addRows(); }
    void restoresAnEditAgainstADelete();
    void turnsADeleteAgainstANewerEditIntoAConflict_data() { ServerBackends::addRows(); }
    void turnsADeleteAgainstANewerEditIntoAConflict();
    void pagesWithoutGapOrDuplicate_data() { ServerBackends::addRows(); }
    void pagesWithoutGapOrDuplicate();
    void keepsClustersApart_data() { ServerBackends::addRows(); }
    void keepsClustersApart();
    void refusesInvalidRequests_data() { ServerBackends::addRows(); }
    void refusesInvalidRequests();
    void resolvesConflicts_data() { ServerBackends::addRows(); }
    void resolvesConflicts();
    void keepsValuesExactly_data() { ServerBackends::addRows(); }
    void keepsValuesExactly();
    void resolvesOnADeletedRecord_data() { ServerBackends::addRows(); }
    void resolvesOnADeletedRecord();
    void appliesAFullBatch_data() { ServerBackends::addRows(); }
    void appliesAFullBatch();

private:
    bool open(const QString &backend);
    Outcome pushBody(const QByteArray &body, const Author &author, const QString &cluster = {},
                     const QString &batchId = {});
    Outcome push(const QJsonArray &records, const Author &author, const QString &cluster = {},
                 const QString &batchId = {})
    {
        return pushBody(batchBody(records), author, cluster, batchId);
    }
    Outcome pull(qint64 since, int limit = 500, const QString &cluster = {});
    Outcome conflicts(const QString &state = {}, const QString &record = {},
                      const QString &cluster = {});
    Outcome resolve(const QString &conflictId, const QJsonObject &body, const Author &author,
                    const QString &cluster = {});
    Outcome record(const QString &type, const QString &id, const QString &cluster = {});
    QList<std::pair<Author, QString>> fourCityEdits() const;
    void advanceClock() { m_now = m_now.addSecs(60); }
    QString now() const { return Clock::text(m_now); }

    ServerBackends m_backends;
    DatabaseLocation m_location;
    QDateTime m_now;
    Clock m_clock;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<SyncStore> m_store;
    QString m_clusterA;
    QString m_clusterB;
    const Author m_anna{newId(), QStringLiteral("anna")};
    const Author m_marco{newId(), QStringLiteral("marco")};
    const Author m_lucia{newId(), QStringLiteral("lucia")};
    const Author m_paolo{newId(), QStringLiteral("paolo")};
};

bool TestSyncStore::open(const QString &backend)
{
    m_database = m_backends.openFreshDatabase(backend, &m_location);
    if (!m_database) {
        qWarning("%s", qPrintable(m_backends.errorMessage()));
        return false;
    }
    m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    m_clock.set([this] { return m_now; });
    m_store = std::make_unique<SyncStore>(*m_database, m_clock);
    m_clusterA = newId();
    m_clusterB = newId();
    // Accounts.cpp is not needed for sync: the rows it would write are enough.
    QString error;
    QSqlQuery query(m_database->db());
    for (const Author &author : {m_anna, m_marco, m_lucia, m_paolo}) {
        if (!m_database->run(query,
                             QStringLiteral("INSERT INTO accounts (id, username, password_hash,"
                                            " created_at) VALUES (?, ?, 'x', ?)"),
                             {author.accountId, author.username, now()}, &error))
            return false;
    }
    for (const auto &[id, name] : {std::pair{m_clusterA, QStringLiteral("Turin")},
                                   std::pair{m_clusterB, QStringLiteral("Trieste")}}) {
        if (!m_database->run(query,
                             QStringLiteral("INSERT INTO clusters (id, name, created_at)"
                                            " VALUES (?, ?, ?)"),
                             {id, name, now()}, &error))
            return false;
    }
    return true;
}

void TestSyncStore::cleanup()
{
    m_store.reset();
    m_database.reset();
}

Outcome TestSyncStore::pushBody(const QByteArray &body, const Author &author,
                                const QString &cluster, const QString &batchId)
{
    Outcome outcome;
    outcome.problem = m_store->push(cluster.isEmpty() ? m_clusterA : cluster,
                                    batchId.isEmpty() ? newId() : batchId, body, author,
                                    &outcome.reply, &outcome.replayed);
    return outcome;
}

Outcome TestSyncStore::pull(qint64 since, int limit, const QString &cluster)
{
    Outcome outcome;
    outcome.problem =
        m_store->pull(cluster.isEmpty() ? m_clusterA : cluster, since, limit, &outcome.reply);
    return outcome;
}

Outcome TestSyncStore::conflicts(const QString &state, const QString &record,
                                 const QString &cluster)
{
    Outcome outcome;
    outcome.problem =
        m_store->conflicts(cluster.isEmpty() ? m_clusterA : cluster, record, state, &outcome.reply);
    return outcome;
}

Outcome TestSyncStore::resolve(const QString &conflictId, const QJsonObject &body,
                               const Author &author, const QString &cluster)
{
    Outcome outcome;
    outcome.problem = m_store->resolve(cluster.isEmpty() ? m_clusterA : cluster, conflictId,
                                       compact(body), author, &outcome.reply);
    return outcome;
}

Outcome TestSyncStore::record(const QString &type, const QString &id, const QString &cluster)
{
    Outcome outcome;
    outcome.problem =
        m_store->record(cluster.isEmpty() ? m_clusterA : cluster, type, id, &outcome.reply);
    return outcome;
}

void TestSyncStore::createsAndPulls()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partner = newId();
    const QString batch = newId();
    const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("Liceo Galilei")},
                             {QStringLiteral("type"), QStringLiteral("school")},
                             {QStringLiteral("city"), QStringLiteral("Turin")},
                             {QStringLiteral("joined_on"), QStringLiteral("2025-09-01")}};
    const Outcome pushed =
        push({change(QStringLiteral("partners"), partner, 0, fields)}, m_anna, {}, batch);
    QVERIFY_OK(pushed.problem);
    QVERIFY(!pushed.replayed);
    const QJsonObject expectedReply{
        {QStringLiteral("batch_id"), batch},
        {QStringLiteral("last_sequence"), 1},
        {QStringLiteral("results"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), partner},
                                {QStringLiteral("type"), QStringLiteral("partners")},
                                {QStringLiteral("status"), QStringLiteral("created")},
                                {QStringLiteral("sequence"), 1},
                                {QStringLiteral("fields"), fields},
                                {QStringLiteral("deleted"), false},
                                {QStringLiteral("conflicts"), QJsonArray()}}}}};
    QCOMPARE(compact(pushed.reply), compact(expectedReply));

    const QJsonObject expectedRecord{{QStringLiteral("type"), QStringLiteral("partners")},
                                     {QStringLiteral("id"), partner},
                                     {QStringLiteral("sequence"), 1},
                                     {QStringLiteral("deleted"), false},
                                     {QStringLiteral("fields"), fields},
                                     {QStringLiteral("updated_at"), now()},
                                     {QStringLiteral("updated_by"), QStringLiteral("anna")},
                                     {QStringLiteral("open_conflicts"), 0},
                                     {QStringLiteral("restored"), QJsonValue::Null}};
    const Outcome page = pull(0);
    QVERIFY_OK(page.problem);
    const QJsonObject expectedPage{{QStringLiteral("cluster"), m_clusterA},
                                   {QStringLiteral("since"), 0},
                                   {QStringLiteral("next"), 1},
                                   {QStringLiteral("more"), false},
                                   {QStringLiteral("last_sequence"), 1},
                                   {QStringLiteral("records"), QJsonArray{expectedRecord}}};
    QCOMPARE(compact(page.reply), compact(expectedPage));

    const Outcome one = record(QStringLiteral("partners"), partner);
    QVERIFY_OK(one.problem);
    QCOMPARE(compact(one.reply), compact(expectedRecord));

    // Every field remembers the write and the author that set it: what merging compares.
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("SELECT field_meta, created_at FROM records")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             QStringLiteral(R"({"city":[1,"anna"],"joined_on":[1,"anna"],"name":[1,"anna"],)"
                            R"("type":[1,"anna"]})"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("2026-03-01T10:00:00.000Z"));
    QVERIFY(query.exec(QStringLiteral("SELECT last_sequence FROM clusters ORDER BY name")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 0); // Trieste
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1); // Turin
}

void TestSyncStore::followsTheMergeTable()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    const QString id = newId();
    const QString city = QStringLiteral("city");
    const QString name = QStringLiteral("name");

    // No such record, fields, base 0: created.
    Outcome outcome =
        push({change(partners, id, 0,
                     {{name, QStringLiteral("Liceo")}, {city, QStringLiteral("Turin")}})},
             m_anna);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("created"));
    QCOMPARE(outcome.sequence(), 1);

    // Another type under the same id; a base from the future, known or unknown id.
    outcome = push({change(QStringLiteral("events"), id, 1,
                           {{QStringLiteral("title_en"), QStringLiteral("Lab")}})},
                   m_anna);
    QCOMPARE_PROBLEM(outcome.problem, 409, "type_mismatch", "records[0].type");
    outcome = push({change(partners, id, 2, {{city, QStringLiteral("Torino")}})}, m_anna);
    QCOMPARE_PROBLEM(outcome.problem, 422, "base_from_future", "records[0].base");
    outcome = push({change(partners, newId(), 0, {{city, QStringLiteral("Asti")}}),
                    change(partners, newId(), 3, {{city, QStringLiteral("Alba")}})},
                   m_anna);
    QCOMPARE_PROBLEM(outcome.problem, 422, "base_from_future", "records[1].base");
    QCOMPARE(pull(0).reply.value(QStringLiteral("last_sequence")).toInteger(), 1);

    // Live, a field unchanged since base: applied.
    advanceClock();
    outcome = push({change(partners, id, 1, {{city, QStringLiteral("Torino")}})}, m_marco);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("applied"));
    QCOMPARE(outcome.sequence(), 2);
    QCOMPARE(outcome.result().value(QStringLiteral("fields")).toObject(),
             (QJsonObject{{name, QStringLiteral("Liceo")}, {city, QStringLiteral("Torino")}}));

    // Live, the field changed since base to another value: conflict, the server keeps its value.
    outcome = push({change(partners, id, 1, {{city, QStringLiteral("Torino (TO)")}})}, m_anna);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("conflict"));
    QCOMPARE(outcome.sequence(), 3);
    QCOMPARE(outcome.result().value(QStringLiteral("fields")).toObject().value(city),
             QStringLiteral("Torino"));
    QCOMPARE(outcome.conflicts().size(), 1);
    const QJsonObject conflict = outcome.conflicts().at(0).toObject();
    QVERIFY(QUuid::fromString(conflict.value(QStringLiteral("id")).toString()).isNull() == false);
    QCOMPARE(compact(conflict),
             compact({{QStringLiteral("id"), conflict.value(QStringLiteral("id"))},
                      {QStringLiteral("field"), city},
                      {QStringLiteral("server_value"), QStringLiteral("Torino")},
                      {QStringLiteral("client_value"), QStringLiteral("Torino (TO)")}}));

    // Live, the same value as the server's: unchanged, no new sequence.
    outcome = push({change(partners, id, 1, {{city, QStringLiteral("Torino")}})}, m_lucia);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("unchanged"));
    QCOMPARE(outcome.sequence(), 3);
    QCOMPARE(outcome.reply.value(QStringLiteral("last_sequence")).toInteger(), 3);

    // Live, deleted, not changed since base: deleted.
    advanceClock();
    outcome = push({deletion(partners, id, 3)}, m_lucia);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("deleted"));
    QCOMPARE(outcome.sequence(), 4);
    QCOMPARE(outcome.result().value(QStringLiteral("deleted")).toBool(), true);

    // Deleted, deleted: unchanged.
    outcome = push({deletion(partners, id, 4)}, m_marco);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("unchanged"));
    QCOMPARE(outcome.sequence(), 4);

    // Deleted, fields: restored, the fields merged as for a live record.
    advanceClock();
    outcome = push({change(partners, id, 3, {{name, QStringLiteral("Liceo Galilei")}})}, m_paolo);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("restored"));
    QCOMPARE(outcome.sequence(), 5);
    QCOMPARE(outcome.result().value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(
        outcome.result().value(QStringLiteral("fields")).toObject(),
        (QJsonObject{{name, QStringLiteral("Liceo Galilei")}, {city, QStringLiteral("Torino")}}));
    Outcome one = record(partners, id);
    QCOMPARE(one.reply.value(QStringLiteral("restored")).toObject(),
             (QJsonObject{{QStringLiteral("at"), now()},
                          {QStringLiteral("by"), QStringLiteral("paolo")}}));

    // One field applied and one in conflict in the same entry: conflict; the next normal write
    // ends the "restored" flag.
    advanceClock();
    outcome =
        push({change(partners, id, 2,
                     {{city, QStringLiteral("Moncalieri")}, {name, QStringLiteral("Galilei")}})},
             m_marco);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.status(), QStringLiteral("conflict"));
    QCOMPARE(outcome.sequence(), 6);
    QCOMPARE(outcome.result().value(QStringLiteral("fields")).toObject(),
             (QJsonObject{{name, QStringLiteral("Liceo Galilei")},
                          {city, QStringLiteral("Moncalieri")}}));
    QCOMPARE(outcome.conflicts().size(), 1);
    QCOMPARE(outcome.conflicts().at(0).toObject().value(QStringLiteral("field")), name);
    one = record(partners, id);
    QCOMPARE(one.reply.value(QStringLiteral("restored")), QJsonValue(QJsonValue::Null));
    QCOMPARE(one.reply.value(QStringLiteral("open_conflicts")).toInt(), 2);
    QCOMPARE(one.reply.value(QStringLiteral("updated_by")).toString(), QStringLiteral("marco"));

    // No such record, deleted: nothing to delete, nothing stored.
    const QString neverPushed = newId();
    outcome = push({deletion(partners, neverPushed, 0)}, m_anna);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(compact(outcome.result()),
             compact({{QStringLiteral("id"), neverPushed},
                      {QStringLiteral("type"), partners},
                      {QStringLiteral("status"), QStringLiteral("unchanged")},
                      {QStringLiteral("sequence"), 0},
                      {QStringLiteral("fields"), QJsonObject()},
                      {QStringLiteral("deleted"), true},
                      {QStringLiteral("conflicts"), QJsonArray()}}));
    QCOMPARE(record(partners, neverPushed).problem.status, 404);
    QCOMPARE(outcome.reply.value(QStringLiteral("last_sequence")).toInteger(), 6);

    // The field authors stored for merging.
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("SELECT field_meta FROM records")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             QStringLiteral(R"({"city":[6,"marco"],"name":[5,"paolo"]})"));
}

void TestSyncStore::mergesDifferentFieldsWithoutConflict()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString events = QStringLiteral("events");
    const QString id = newId();
    QVERIFY_OK(push({change(events, id, 0,
                            {{QStringLiteral("title_en"), QStringLiteral("Robotics lab")},
                             {QStringLiteral("start_date"), QStringLiteral("2026-04-01")},
                             {QStringLiteral("pupils"), QJsonValue::Null}})},
                    m_anna)
                   .problem);
    // Two clients edit different fields from the same base: both applied.
    Outcome first = push({change(events, id, 1, {{QStringLiteral("pupils"), 24}})}, m_marco);
    QVERIFY_OK(first.problem);
    QCOMPARE(first.status(), QStringLiteral("applied"));
    Outcome second = push({change(events, id, 1,
                                  {{QStringLiteral("title_en"), QStringLiteral("Robotics Lab")},
                                   {QStringLiteral("start_date"), QStringLiteral("2026-04-02")}})},
                          m_lucia);
    QVERIFY_OK(second.problem);
    QCOMPARE(second.status(), QStringLiteral("applied"));
    QCOMPARE(second.sequence(), 3);
    QVERIFY(second.conflicts().isEmpty());
    const QJsonObject expected{{QStringLiteral("title_en"), QStringLiteral("Robotics Lab")},
                               {QStringLiteral("start_date"), QStringLiteral("2026-04-02")},
                               {QStringLiteral("pupils"), 24}};
    QCOMPARE(compact(record(events, id).reply.value(QStringLiteral("fields")).toObject()),
             compact(expected));

    // The same value on both sides: no conflict, nothing written.
    Outcome same = push({change(events, id, 1, {{QStringLiteral("pupils"), 24}})}, m_paolo);
    QVERIFY_OK(same.problem);
    QCOMPARE(same.status(), QStringLiteral("unchanged"));
    QCOMPARE(same.sequence(), 3);
    QCOMPARE(conflicts(QStringLiteral("all")).reply.value(QStringLiteral("conflicts")).toArray(),
             QJsonArray());
}

void TestSyncStore::replaysABatchWhoseReplyWasLost()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    const QString first = newId();
    const QString second = newId();
    const QString batch = newId();
    const QJsonArray records{
        change(partners, first, 0, {{QStringLiteral("name"), QStringLiteral("Museo A")}}),
        change(partners, second, 0, {{QStringLiteral("name"), QStringLiteral("Museo B")}})};
    const Outcome original = push(records, m_anna, {}, batch);
    QVERIFY_OK(original.problem);
    QCOMPARE(original.reply.value(QStringLiteral("last_sequence")).toInteger(), 2);

    // The reply was lost: the same batch again gives the same reply and applies nothing.
    advanceClock();
    const QStringList before = dump(*m_database);
    Outcome again = push(records, m_anna, {}, batch);
    QVERIFY_OK(again.problem);
    QVERIFY(again.replayed);
    QCOMPARE(compact(again.reply), compact(original.reply));
    QCOMPARE(dump(*m_database), before);

    // Spelled differently (spaces, key order, an explicit "deleted": false), it is the same batch.
    QJsonArray respelled;
    for (const QJsonValue &entry : records) {
        QJsonObject object = entry.toObject();
        object.insert(QStringLiteral("deleted"), false);
        respelled.append(object);
    }
    again = pushBody(QJsonDocument(QJsonObject{{QStringLiteral("records"), respelled}})
                         .toJson(QJsonDocument::Indented),
                     m_anna, {}, batch);
    QVERIFY_OK(again.problem);
    QVERIFY(again.replayed);
    QCOMPARE(compact(again.reply), compact(original.reply));

    // After others wrote to the record, a replay still changes nothing.
    QVERIFY_OK(
        push({change(partners, first, 1, {{QStringLiteral("name"), QStringLiteral("Museo A1")}})},
             m_marco)
            .problem);
    const QStringList afterEdit = dump(*m_database);
    again = push(records, m_anna, {}, batch);
    QVERIFY(again.replayed);
    QCOMPARE(compact(again.reply), compact(original.reply));
    QCOMPARE(dump(*m_database), afterEdit);
    QCOMPARE(record(partners, first).reply.value(QStringLiteral("sequence")).toInteger(), 3);

    // The same id for another body, or in another cluster: refused, nothing written.
    Outcome reused = push({records.at(0)}, m_anna, {}, batch);
    QCOMPARE_PROBLEM(reused.problem, 409, "batch_id_reused", "batch_id");
    reused = push(records, m_anna, m_clusterB, batch);
    QCOMPARE_PROBLEM(reused.problem, 409, "batch_id_reused", "batch_id");
    QCOMPARE(dump(*m_database), afterEdit);

    // The stored reply can be fetched; a refused batch is not stored, so its id stays free.
    QJsonObject stored;
    QVERIFY_OK(m_store->batch(m_clusterA, batch, &stored));
    QCOMPARE(compact(stored), compact(original.reply));
    QCOMPARE(m_store->batch(m_clusterA, newId(), &stored).status, 404);
    const QString retried = newId();
    Outcome refused =
        push({change(partners, newId(), 9, {{QStringLiteral("name"), 1}})}, m_anna, {}, retried);
    QCOMPARE_PROBLEM(refused.problem, 400, "invalid_field", "records[0].fields.name");
    refused = push({change(partners, newId(), 9, {{QStringLiteral("name"), QStringLiteral("C")}})},
                   m_anna, {}, retried);
    QCOMPARE_PROBLEM(refused.problem, 422, "base_from_future", "records[0].base");
    QCOMPARE(m_store->batch(m_clusterA, retried, &stored).status, 404);
    Outcome fixed =
        push({change(partners, newId(), 0, {{QStringLiteral("name"), QStringLiteral("C")}})},
             m_anna, {}, retried);
    QVERIFY_OK(fixed.problem);
    QVERIFY(!fixed.replayed);
    QCOMPARE(fixed.status(), QStringLiteral("created"));
}

// Four people each type their own spelling of the city of the same record, from version 1.
QList<std::pair<Author, QString>> TestSyncStore::fourCityEdits() const
{
    return {{m_anna, QStringLiteral("Torino")},
            {m_marco, QStringLiteral("Torino (TO)")},
            {m_lucia, QStringLiteral("Turin, Italy")},
            {m_paolo, QStringLiteral("TORINO")}};
}

void TestSyncStore::keepsEveryOneOfFourPushes()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    const QString city = QStringLiteral("city");
    const QString id = newId();
    QVERIFY_OK(push({change(partners, id, 0, {{city, QStringLiteral("Turin")}})}, m_anna).problem);
    const QList<std::pair<Author, QString>> edits = fourCityEdits();
    QStringList statuses;
    for (const auto &[author, value] : edits) {
        advanceClock();
        const Outcome outcome = push({change(partners, id, 1, {{city, value}})}, author);
        QVERIFY_OK(outcome.problem);
        statuses << outcome.status();
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("applied"), QStringLiteral("conflict"),
                                    QStringLiteral("conflict"), QStringLiteral("conflict")}));
    const Outcome current = record(partners, id);
    QCOMPARE(current.reply.value(QStringLiteral("fields")).toObject().value(city),
             QStringLiteral("Torino"));
    QCOMPARE(current.reply.value(QStringLiteral("sequence")).toInteger(), 5);
    QCOMPARE(current.reply.value(QStringLiteral("open_conflicts")).toInt(), 3);

    const QJsonArray listed = conflicts().reply.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(listed.size(), 3);
    QStringList seen;
    for (const QJsonValue &value : listed) {
        const QJsonObject conflict = value.toObject();
        QCOMPARE(conflict.value(QStringLiteral("record_id")).toString(), id);
        QCOMPARE(conflict.value(QStringLiteral("type")).toString(), partners);
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), city);
        QCOMPARE(conflict.value(QStringLiteral("base")).toInteger(), 1);
        QCOMPARE(conflict.value(QStringLiteral("server_value")).toString(),
                 QStringLiteral("Torino"));
        QCOMPARE(conflict.value(QStringLiteral("server_author")).toString(),
                 QStringLiteral("anna"));
        QCOMPARE(conflict.value(QStringLiteral("resolved_at")), QJsonValue(QJsonValue::Null));
        seen << conflict.value(QStringLiteral("client_author")).toString() + u'=' +
                    conflict.value(QStringLiteral("client_value")).toString();
    }
    // Listed in the order they arose (each push a minute later).
    QCOMPARE(seen,
             (QStringList{QStringLiteral("marco=Torino (TO)"), QStringLiteral("lucia=Turin, Italy"),
                          QStringLiteral("paolo=TORINO")}));
}

void TestSyncStore::keepsEveryOneOfFourConcurrentPushes()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    const QString city = QStringLiteral("city");
    const QString id = newId();
    QVERIFY_OK(push({change(partners, id, 0, {{city, QStringLiteral("Turin")}})}, m_anna).problem);
    const QList<std::pair<Author, QString>> edits = fourCityEdits();
    std::latch start(edits.size());
    std::vector<std::unique_ptr<PushThread>> threads;
    for (const auto &[author, value] : edits) {
        threads.push_back(std::make_unique<PushThread>(
            m_location, m_clock, m_clusterA, batchBody({change(partners, id, 1, {{city, value}})}),
            author, start));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait());

    QMap<QString, QString> valueOfAuthor;
    for (const auto &[author, value] : edits)
        valueOfAuthor.insert(author.username, value);
    QString appliedAuthor;
    QList<qint64> sequences;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const Outcome &outcome = threads.at(i)->outcome;
        QVERIFY_OK(outcome.problem);
        sequences << outcome.sequence();
        if (outcome.status() == QLatin1String("applied")) {
            QVERIFY(appliedAuthor.isEmpty());
            appliedAuthor = edits.at(i).first.username;
        } else {
            QCOMPARE(outcome.status(), QStringLiteral("conflict"));
            QCOMPARE(outcome.conflicts().size(), 1);
        }
    }
    QVERIFY(!appliedAuthor.isEmpty());
    std::sort(sequences.begin(), sequences.end());
    QCOMPARE(sequences, (QList<qint64>{2, 3, 4, 5}));

    const QString kept = valueOfAuthor.value(appliedAuthor);
    const Outcome current = record(partners, id);
    QCOMPARE(current.reply.value(QStringLiteral("fields")).toObject().value(city).toString(), kept);
    QCOMPARE(current.reply.value(QStringLiteral("open_conflicts")).toInt(), 3);
    QCOMPARE(pull(0).reply.value(QStringLiteral("last_sequence")).toInteger(), 5);

    // None lost: every other author's value waits in a conflict against the kept one.
    QMap<QString, QString> waiting;
    for (const QJsonValue &value : conflicts().reply.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject conflict = value.toObject();
        QCOMPARE(conflict.value(QStringLiteral("server_value")).toString(), kept);
        QCOMPARE(conflict.value(QStringLiteral("server_author")).toString(), appliedAuthor);
        waiting.insert(conflict.value(QStringLiteral("client_author")).toString(),
                       conflict.value(QStringLiteral("client_value")).toString());
    }
    QMap<QString, QString> expected = valueOfAuthor;
    expected.remove(appliedAuthor);
    QCOMPARE(waiting, expected);
}

void TestSyncStore::restoresAnEditAgainstADelete()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString contacts = QStringLiteral("contacts");
    const QString id = newId();
    const QString partner = newId();
    QVERIFY_OK(push({change(contacts, id, 0,
                            {{QStringLiteral("partner_id"), partner},
                             {QStringLiteral("name"), QStringLiteral("Giulia Neri")},
                             {QStringLiteral("position"), 0}})},
                    m_anna)
                   .problem);
    advanceClock();
    QCOMPARE(push({deletion(contacts, id, 1)}, m_anna).status(), QStringLiteral("deleted"));

    // Marco, offline since version 1, changes the phone: the contact comes back, flagged.
    advanceClock();
    const Outcome edit =
        push({change(contacts, id, 1, {{QStringLiteral("phone"), QStringLiteral("+39 011 555")}})},
             m_marco);
    QVERIFY_OK(edit.problem);
    QCOMPARE(edit.status(), QStringLiteral("restored"));
    QCOMPARE(edit.sequence(), 3);

    const Outcome page = pull(2);
    QVERIFY_OK(page.problem);
    const QJsonArray records = page.reply.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    const QJsonObject restored = records.at(0).toObject();
    QCOMPARE(restored.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(restored.value(QStringLiteral("sequence")).toInteger(), 3);
    QCOMPARE(compact(restored.value(QStringLiteral("restored")).toObject()),
             compact({{QStringLiteral("at"), QStringLiteral("2026-03-01T10:02:00.000Z")},
                      {QStringLiteral("by"), QStringLiteral("marco")}}));
    QCOMPARE(compact(restored.value(QStringLiteral("fields")).toObject()),
             compact({{QStringLiteral("partner_id"), partner},
                      {QStringLiteral("name"), QStringLiteral("Giulia Neri")},
                      {QStringLiteral("position"), 0},
                      {QStringLiteral("phone"), QStringLiteral("+39 011 555")}}));
}

void TestSyncStore::turnsADeleteAgainstANewerEditIntoAConflict()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString periods = QStringLiteral("reporting_periods");
    const QString id = newId();
    QVERIFY_OK(push({change(periods, id, 0,
                            {{QStringLiteral("name"), QStringLiteral("2026 H1")},
                             {QStringLiteral("locked"), false}})},
                    m_anna)
                   .problem);
    QVERIFY_OK(push({change(periods, id, 1, {{QStringLiteral("locked"), true}})}, m_marco).problem);

    const Outcome removal = push({deletion(periods, id, 1)}, m_anna);
    QVERIFY_OK(removal.problem);
    QCOMPARE(removal.status(), QStringLiteral("conflict"));
    QCOMPARE(removal.sequence(), 3);
    QCOMPARE(removal.result().value(QStringLiteral("deleted")).toBool(), false);
    const QJsonObject shortForm = removal.conflicts().at(0).toObject();
    QCOMPARE(shortForm.value(QStringLiteral("field")).toString(), QStringLiteral("deleted"));
    QCOMPARE(shortForm.value(QStringLiteral("server_value")), QJsonValue(false));
    QCOMPARE(shortForm.value(QStringLiteral("client_value")), QJsonValue(true));

    const QJsonObject listed =
        conflicts({}, id).reply.value(QStringLiteral("conflicts")).toArray().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("server_author")).toString(), QStringLiteral("marco"));
    QCOMPARE(listed.value(QStringLiteral("client_author")).toString(), QStringLiteral("anna"));
    const Outcome current = record(periods, id);
    QCOMPARE(current.reply.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(current.reply.value(QStringLiteral("open_conflicts")).toInt(), 1);

    // Keeping the server's side leaves the record live, at a new sequence every client pulls.
    const Outcome kept = resolve(listed.value(QStringLiteral("id")).toString(),
                                 {{QStringLiteral("keep"), QStringLiteral("server")}}, m_marco);
    QVERIFY_OK(kept.problem);
    QCOMPARE(kept.reply.value(QStringLiteral("sequence")).toInteger(), 4);
    QCOMPARE(kept.reply.value(QStringLiteral("resolved_value")), QJsonValue(false));
    const QJsonArray page = pull(3).reply.value(QStringLiteral("records")).toArray();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).toObject().value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(page.at(0).toObject().value(QStringLiteral("open_conflicts")).toInt(), 0);
}

void TestSyncStore::pagesWithoutGapOrDuplicate()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    QStringList ids;
    QJsonArray records;
    for (int i = 0; i < 25; ++i) {
        ids << newId();
        records.append(change(partners, ids.last(), 0,
                              {{QStringLiteral("name"), QStringLiteral("P%1").arg(i)}}));
    }
    const Outcome pushed = push(records, m_anna);
    QVERIFY_OK(pushed.problem);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(pushed.sequence(i), i + 1);

    // The client applies each page with its "next" in one transaction: `stored` is that cursor.
    QList<qint64> received;
    QMap<QString, QString> nameOfId;
    qint64 stored = 0;
    auto apply = [&](const QJsonObject &page) {
        for (const QJsonValue &value : page.value(QStringLiteral("records")).toArray()) {
            const QJsonObject record = value.toObject();
            received << record.value(QStringLiteral("sequence")).toInteger();
            nameOfId.insert(record.value(QStringLiteral("id")).toString(),
                            record.value(QStringLiteral("fields"))
                                .toObject()
                                .value(QStringLiteral("name"))
                                .toString());
        }
        stored = page.value(QStringLiteral("next")).toInteger();
    };

    Outcome page = pull(stored, 7);
    QVERIFY_OK(page.problem);
    QCOMPARE(page.reply.value(QStringLiteral("next")).toInteger(), 7);
    QCOMPARE(page.reply.value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(page.reply.value(QStringLiteral("last_sequence")).toInteger(), 25);
    apply(page.reply);

    // The second page is lost (the connection dropped before it was applied).
    QCOMPARE(pull(stored, 7).reply.value(QStringLiteral("next")).toInteger(), 14);

    // Meanwhile a record of the first page changes: it moves to a later sequence.
    QVERIFY_OK(
        push({change(partners, ids.at(2), 3, {{QStringLiteral("name"), QStringLiteral("P2 bis")}})},
             m_marco)
            .problem);

    QList<bool> mores;
    do {
        page = pull(stored, 7);
        QVERIFY_OK(page.problem);
        mores << page.reply.value(QStringLiteral("more")).toBool();
        apply(page.reply);
    } while (mores.last());
    QCOMPARE(mores, (QList<bool>{true, true, false}));
    QCOMPARE(stored, 26);

    QList<qint64> expected;
    for (qint64 sequence = 1; sequence <= 26; ++sequence)
        expected << sequence;
    QCOMPARE(received, expected);
    QCOMPARE(nameOfId.size(), 25);
    QCOMPARE(nameOfId.value(ids.at(2)), QStringLiteral("P2 bis"));
    QCOMPARE(nameOfId.value(ids.at(24)), QStringLiteral("P24"));

    // At the end: an empty page that keeps the cursor.
    page = pull(stored, 7);
    QCOMPARE(compact(page.reply), compact({{QStringLiteral("cluster"), m_clusterA},
                                           {QStringLiteral("since"), 26},
                                           {QStringLiteral("next"), 26},
                                           {QStringLiteral("more"), false},
                                           {QStringLiteral("last_sequence"), 26},
                                           {QStringLiteral("records"), QJsonArray()}}));
    // Exactly a page left: no further page announced.
    page = pull(19, 7);
    QCOMPARE(page.reply.value(QStringLiteral("records")).toArray().size(), 7);
    QCOMPARE(page.reply.value(QStringLiteral("more")).toBool(), false);
    // The other cluster sees none of it.
    page = pull(0, 7, m_clusterB);
    QVERIFY_OK(page.problem);
    QCOMPARE(page.reply.value(QStringLiteral("records")).toArray(), QJsonArray());
    QCOMPARE(page.reply.value(QStringLiteral("last_sequence")).toInteger(), 0);
}

void TestSyncStore::keepsClustersApart()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    const QString contacts = QStringLiteral("contacts");
    const QString partnerA = newId();
    const QString contactA = newId();
    const QString batchA = newId();
    QVERIFY_OK(push({change(partners, partnerA, 0, {{QStringLiteral("name"), QStringLiteral("A")}}),
                     change(contacts, contactA, 0, {{QStringLiteral("partner_id"), partnerA}})},
                    m_anna, {}, batchA)
                   .problem);
    QVERIFY_OK(
        push({change(contacts, contactA, 2, {{QStringLiteral("partner_id"), newId()}})}, m_marco)
            .problem);
    const Outcome clash =
        push({change(contacts, contactA, 2, {{QStringLiteral("partner_id"), newId()}})}, m_anna);
    QCOMPARE(clash.status(), QStringLiteral("conflict"));
    const QString conflictA =
        clash.conflicts().at(0).toObject().value(QStringLiteral("id")).toString();
    const QString partnerB = newId();
    QVERIFY_OK(
        push({change(partners, partnerB, 0, {{QStringLiteral("name"), QStringLiteral("B")}})},
             m_lucia, m_clusterB)
            .problem);

    const QStringList before = dump(*m_database);
    Outcome outcome =
        push({change(partners, partnerA, 1, {{QStringLiteral("name"), QStringLiteral("x")}})},
             m_lucia, m_clusterB);
    QCOMPARE_PROBLEM(outcome.problem, 404, "not_found", "records[0].id");
    outcome = push({change(partners, partnerA, 0, {{QStringLiteral("name"), QStringLiteral("x")}})},
                   m_lucia, m_clusterB);
    QCOMPARE_PROBLEM(outcome.problem, 404, "not_found", "records[0].id");
    outcome = push({deletion(partners, partnerA, 1)}, m_lucia, m_clusterB);
    QCOMPARE_PROBLEM(outcome.problem, 404, "not_found", "records[0].id");
    // A reference to A's record, behind a record that alone would be fine.
    outcome = push({change(partners, newId(), 0, {{QStringLiteral("name"), QStringLiteral("y")}}),
                    change(contacts, newId(), 0, {{QStringLiteral("partner_id"), partnerA}})},
                   m_lucia, m_clusterB);
    QCOMPARE_PROBLEM(outcome.problem, 404, "not_found", "records[1].fields.partner_id");
    QCOMPARE_PROBLEM(record(partners, partnerA, m_clusterB).problem, 404, "not_found", "");
    QCOMPARE_PROBLEM(record(contacts, contactA, m_clusterB).problem, 404, "not_found", "");
    QCOMPARE_PROBLEM(conflicts({}, contactA, m_clusterB).problem, 404, "not_found", "");
    QCOMPARE_PROBLEM(resolve(conflictA, {{QStringLiteral("keep"), QStringLiteral("client")}},
                             m_lucia, m_clusterB)
                         .problem,
                     404, "not_found", "");
    QJsonObject stored;
    QCOMPARE_PROBLEM(m_store->batch(m_clusterB, batchA, &stored), 404, "not_found", "");
    // A resolution in A naming B's record.
    QCOMPARE_PROBLEM(resolve(conflictA,
                             {{QStringLiteral("keep"), QStringLiteral("value")},
                              {QStringLiteral("value"), partnerB}},
                             m_anna)
                         .problem,
                     404, "not_found", "value");
    // A cluster that does not exist at all.
    const QString nowhere = newId();
    QCOMPARE(push({change(partners, newId(), 0, {{QStringLiteral("name"), QStringLiteral("z")}})},
                  m_lucia, nowhere)
                 .problem.status,
             404);
    QCOMPARE(pull(0, 10, nowhere).problem.status, 404);
    QCOMPARE(conflicts({}, {}, nowhere).problem.status, 404);
    QCOMPARE(dump(*m_database), before);

    const QJsonArray pulledB =
        pull(0, 10, m_clusterB).reply.value(QStringLiteral("records")).toArray();
    QCOMPARE(pulledB.size(), 1);
    QCOMPARE(pulledB.at(0).toObject().value(QStringLiteral("id")).toString(), partnerB);
    QCOMPARE(conflicts({}, {}, m_clusterB).reply.value(QStringLiteral("conflicts")).toArray(),
             QJsonArray());
}

void TestSyncStore::refusesInvalidRequests()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partner = newId();
    QVERIFY_OK(push({change(QStringLiteral("partners"), partner, 0,
                            {{QStringLiteral("name"), QStringLiteral("Liceo")}})},
                    m_anna)
                   .problem);
    const QStringList before = dump(*m_database);
    const QString id = newId();
    const QString valid = QStringLiteral(R"({"type": "partners", "id": "%1", "base": 0,)"
                                         R"( "fields": {"name": "x"}})")
                              .arg(id);

    struct Case
    {
        QString body;
        int status;
        QString code;
        QString field;
    };
    const QList<Case> cases{
        {QStringLiteral("{\"records\": ["), 400, QStringLiteral("malformed_json"), {}},
        {QStringLiteral("[]"), 400, QStringLiteral("malformed_json"), {}},
        {QStringLiteral(""), 400, QStringLiteral("malformed_json"), {}},
        {QStringLiteral("{}"), 400, QStringLiteral("missing_field"), QStringLiteral("records")},
        {QStringLiteral(R"({"records": []})"), 400, QStringLiteral("invalid_field"),
         QStringLiteral("records")},
        {QStringLiteral(R"({"records": {}})"), 400, QStringLiteral("invalid_field"),
         QStringLiteral("records")},
        {QStringLiteral(R"({"records": [%1], "force": true})").arg(valid), 400,
         QStringLiteral("unknown_field"), QStringLiteral("force")},
        {QStringLiteral(R"({"records": [%1, 7]})").arg(valid), 400, QStringLiteral("invalid_field"),
         QStringLiteral("records[1]")},
        {QStringLiteral(R"({"records": [{"id": "%1", "base": 0, "fields": {"name": "x"}}]})")
             .arg(id),
         400, QStringLiteral("missing_field"), QStringLiteral("records[0].type")},
        {QStringLiteral(
             R"({"records": [{"type": "schools", "id": "%1", "base": 0, "deleted": true}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].type")},
        {QStringLiteral(R"({"records": [{"type": 3, "id": "%1", "base": 0, "deleted": true}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].type")},
        {QStringLiteral(R"({"records": [{"type": "partners", "base": 0, "deleted": true}]})"), 400,
         QStringLiteral("missing_field"), QStringLiteral("records[0].id")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": 0, "deleted": true}]})")
             .arg(id.toUpper()),
         400, QStringLiteral("invalid_id"), QStringLiteral("records[0].id")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "{%1}", "base": 0, "deleted": true}]})")
             .arg(id),
         400, QStringLiteral("invalid_id"), QStringLiteral("records[0].id")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": 12, "base": 0, "deleted": true}]})"),
         400, QStringLiteral("invalid_id"), QStringLiteral("records[0].id")},
        {QStringLiteral(R"({"records": [{"type": "partners", "id": "%1", "deleted": true}]})")
             .arg(id),
         400, QStringLiteral("missing_field"), QStringLiteral("records[0].base")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": -1, "deleted": true}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].base")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": 1.5, "deleted": true}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].base")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": "3", "deleted": true}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].base")},
        {QStringLiteral(R"({"records": [{"type": "partners", "id": "%1", "base": 0}]})").arg(id),
         400, QStringLiteral("missing_field"), QStringLiteral("records[0].fields")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": 0, "fields": {}}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": 0, "fields": []}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": 0, "deleted": "yes"}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].deleted")},
        {QStringLiteral(
             R"({"records": [{"type": "partners", "id": "%1", "base": 0, "deleted": true,)"
             R"( "fields": {"name": "x"}}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].deleted")},
        {QStringLiteral(R"({"records": [{"type": "partners", "id": "%1", "base": 0, "colour": 1,)"
                        R"( "fields": {"name": "x"}}]})")
             .arg(id),
         400, QStringLiteral("unknown_field"), QStringLiteral("records[0].colour")},
        {QStringLiteral(R"({"records": [{"type": "partners", "id": "%1", "base": 0,)"
                        R"( "fields": {"cluster_id": "x"}}]})")
             .arg(id),
         400, QStringLiteral("unknown_field"), QStringLiteral("records[0].fields.cluster_id")},
        {QStringLiteral(R"({"records": [{"type": "partners", "id": "%1", "base": 0,)"
                        R"( "fields": {"name": null}}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields.name")},
        {QStringLiteral(R"({"records": [{"type": "partners", "id": "%1", "base": 0,)"
                        R"( "fields": {"joined_on": "2026-02-30"}}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields.joined_on")},
        {QStringLiteral(R"({"records": [%1, {"type": "events", "id": "%2", "base": 0,)"
                        R"( "fields": {"pupils": 2.5}}]})")
             .arg(valid, newId()),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[1].fields.pupils")},
        {QStringLiteral(R"({"records": [{"type": "events", "id": "%1", "base": 0,)"
                        R"( "fields": {"start_time": "25:00"}}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields.start_time")},
        {QStringLiteral(R"({"records": [{"type": "contacts", "id": "%1", "base": 0,)"
                        R"( "fields": {"partner_id": "Liceo"}}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields.partner_id")},
        {QStringLiteral(R"({"records": [{"type": "reporting_periods", "id": "%1", "base": 0,)"
                        R"( "fields": {"locked": 1}}]})")
             .arg(id),
         400, QStringLiteral("invalid_field"), QStringLiteral("records[0].fields.locked")},
        {QStringLiteral(R"({"records": [%1, %1]})").arg(valid), 400,
         QStringLiteral("invalid_field"), QStringLiteral("records[1].id")},
        {QStringLiteral(R"({"records": [{"type": "partners", "id": "%1", "base": 2,)"
                        R"( "fields": {"name": "y"}}]})")
             .arg(partner),
         422, QStringLiteral("base_from_future"), QStringLiteral("records[0].base")},
        {QStringLiteral(R"({"records": [{"type": "contacts", "id": "%1", "base": 1,)"
                        R"( "fields": {"name": "y"}}]})")
             .arg(partner),
         409, QStringLiteral("type_mismatch"), QStringLiteral("records[0].type")},
    };
    for (const Case &testCase : cases) {
        const Outcome outcome = pushBody(testCase.body.toUtf8(), m_anna);
        QVERIFY2(outcome.problem.status == testCase.status &&
                     outcome.problem.code == testCase.code &&
                     outcome.problem.field == testCase.field,
                 qPrintable(testCase.body + QStringLiteral(" → ") + describe(outcome.problem)));
        QVERIFY(!outcome.problem.message.isEmpty());
    }

    // Too many records for the limit; a batch id that is not a canonical UUID.
    SyncStore small(*m_database, m_clock, {3, 2, 4});
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(change(QStringLiteral("partners"), newId(), 0,
                           {{QStringLiteral("name"), QStringLiteral("n")}}));
    QJsonObject reply;
    bool replayed = false;
    QCOMPARE_PROBLEM(small.push(m_clusterA, newId(), batchBody(four), m_anna, &reply, &replayed),
                     413, "payload_too_large", "records");
    const QByteArray one = batchBody({four.at(0)});
    QCOMPARE_PROBLEM(pushBody(one, m_anna, {}, QStringLiteral("batch-1")).problem, 400,
                     "invalid_id", "batch_id");
    QCOMPARE_PROBLEM(pushBody(one, m_anna, {}, newId().toUpper()).problem, 400, "invalid_id",
                     "batch_id");

    // Pull, conflicts and record arguments.
    QCOMPARE_PROBLEM(pull(-1).problem, 400, "invalid_field", "since");
    QCOMPARE_PROBLEM(pull(0, 0).problem, 400, "invalid_field", "limit");
    QCOMPARE_PROBLEM(pull(0, 1001).problem, 400, "invalid_field", "limit");
    // A cursor beyond anything handed out: the server was restored from an older backup.
    const qint64 last = pull(0).reply.value(QStringLiteral("last_sequence")).toInteger();
    QVERIFY(pull(last).problem.isNull());
    QCOMPARE_PROBLEM(pull(last + 1).problem, 409, "cursor_ahead", "since");
    QCOMPARE_PROBLEM(small.pull(m_clusterA, 0, 5, &reply), 400, "invalid_field", "limit");
    QCOMPARE_PROBLEM(conflicts(QStringLiteral("closed")).problem, 400, "invalid_field", "state");
    QCOMPARE_PROBLEM(conflicts({}, QStringLiteral("x")).problem, 400, "invalid_id", "record");
    QCOMPARE_PROBLEM(record(QStringLiteral("schools"), partner).problem, 404, "not_found", "");
    QCOMPARE_PROBLEM(record(QStringLiteral("events"), partner).problem, 404, "not_found", "");
    QCOMPARE_PROBLEM(record(QStringLiteral("partners"), QStringLiteral("1")).problem, 400,
                     "invalid_id", "id");
    QCOMPARE_PROBLEM(m_store->batch(m_clusterA, QStringLiteral("x"), &reply), 400, "invalid_id",
                     "batch_id");

    QCOMPARE(dump(*m_database), before);

    // The store still works.
    Outcome works = pushBody(one, m_anna);
    QVERIFY_OK(works.problem);
    QCOMPARE(works.status(), QStringLiteral("created"));
    QCOMPARE(works.sequence(), 2);
    Outcome page = pull(0);
    QVERIFY_OK(page.problem);
    QCOMPARE(page.reply.value(QStringLiteral("records")).toArray().size(), 2);
}

void TestSyncStore::resolvesConflicts()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString events = QStringLiteral("events");
    const QString pupils = QStringLiteral("pupils");
    const QString title = QStringLiteral("title_en");
    const QString id = newId();
    QVERIFY_OK(push({change(events, id, 0,
                            {{title, QStringLiteral("Robotics lab")},
                             {QStringLiteral("start_date"), QStringLiteral("2026-04-01")},
                             {pupils, 10}})},
                    m_anna)
                   .problem);
    QVERIFY_OK(push({change(events, id, 1, {{pupils, 12}})}, m_marco).problem);    // 2
    const Outcome first = push({change(events, id, 1, {{pupils, 14}})}, m_lucia);  // 3
    const Outcome second = push({change(events, id, 1, {{pupils, 15}})}, m_paolo); // 4
    QVERIFY_OK(push({change(events, id, 1, {{title, QStringLiteral("Robotics workshop")}})},
                    m_marco)
                   .problem); // 5
    const Outcome third = push({change(events, id, 1, {{title, QStringLiteral("Robot lab")}})},
                               m_lucia);                             // 6
    const Outcome fourth = push({deletion(events, id, 1)}, m_lucia); // 7
    auto conflictId = [](const Outcome &outcome) -> QString {
        return outcome.conflicts().at(0).toObject().value(QStringLiteral("id")).toString();
    };
    for (const Outcome *outcome : {&first, &second, &third, &fourth})
        QCOMPARE(outcome->status(), QStringLiteral("conflict"));
    QCOMPARE(record(events, id).reply.value(QStringLiteral("open_conflicts")).toInt(), 4);

    // Keep the server's value: nothing changes but the record's sequence and its open count.
    advanceClock();
    const QString keepServer = conflictId(first);
    Outcome outcome =
        resolve(keepServer, {{QStringLiteral("keep"), QStringLiteral("server")}}, m_anna);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(compact(outcome.reply),
             compact({{QStringLiteral("id"), keepServer},
                      {QStringLiteral("record_id"), id},
                      {QStringLiteral("type"), events},
                      {QStringLiteral("field"), pupils},
                      {QStringLiteral("base"), 1},
                      {QStringLiteral("server_value"), 12},
                      {QStringLiteral("server_author"), QStringLiteral("marco")},
                      {QStringLiteral("client_value"), 14},
                      {QStringLiteral("client_author"), QStringLiteral("lucia")},
                      {QStringLiteral("batch_id"), first.reply.value(QStringLiteral("batch_id"))},
                      {QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00.000Z")},
                      {QStringLiteral("resolved_at"), QStringLiteral("2026-03-01T10:01:00.000Z")},
                      {QStringLiteral("resolved_by"), QStringLiteral("anna")},
                      {QStringLiteral("resolution"), QStringLiteral("server")},
                      {QStringLiteral("resolved_value"), 12},
                      {QStringLiteral("sequence"), 8}}));
    Outcome current = record(events, id);
    QCOMPARE(current.reply.value(QStringLiteral("sequence")).toInteger(), 8);
    QCOMPARE(current.reply.value(QStringLiteral("open_conflicts")).toInt(), 3);
    QCOMPARE(current.reply.value(QStringLiteral("fields")).toObject().value(pupils).toInt(), 12);

    QCOMPARE_PROBLEM(
        resolve(keepServer, {{QStringLiteral("keep"), QStringLiteral("client")}}, m_marco).problem,
        409, "already_resolved", "");

    // A merged value, checked against the field's kind.
    const QString merged = conflictId(second);
    QCOMPARE_PROBLEM(resolve(merged,
                             {{QStringLiteral("keep"), QStringLiteral("value")},
                              {QStringLiteral("value"), QStringLiteral("many")}},
                             m_anna)
                         .problem,
                     400, "invalid_field", "value");
    QCOMPARE_PROBLEM(resolve(merged,
                             {{QStringLiteral("keep"), QStringLiteral("value")},
                              {QStringLiteral("value"), 13.5}},
                             m_anna)
                         .problem,
                     400, "invalid_field", "value");
    outcome = resolve(
        merged, {{QStringLiteral("keep"), QStringLiteral("value")}, {QStringLiteral("value"), 13}},
        m_anna);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.reply.value(QStringLiteral("sequence")).toInteger(), 9);
    QCOMPARE(outcome.reply.value(QStringLiteral("resolution")).toString(), QStringLiteral("value"));
    QCOMPARE(outcome.reply.value(QStringLiteral("resolved_value")).toInt(), 13);
    current = record(events, id);
    QCOMPARE(current.reply.value(QStringLiteral("fields")).toObject().value(pupils).toInt(), 13);
    QCOMPARE(current.reply.value(QStringLiteral("updated_by")).toString(), QStringLiteral("anna"));

    // The client's value.
    outcome =
        resolve(conflictId(third), {{QStringLiteral("keep"), QStringLiteral("client")}}, m_marco);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.reply.value(QStringLiteral("sequence")).toInteger(), 10);
    current = record(events, id);
    QCOMPARE(current.reply.value(QStringLiteral("fields")).toObject().value(title).toString(),
             QStringLiteral("Robot lab"));
    QCOMPARE(current.reply.value(QStringLiteral("open_conflicts")).toInt(), 1);

    // The pseudo-field "deleted": a boolean; keeping the client's side deletes the record.
    const QString removal = conflictId(fourth);
    QCOMPARE_PROBLEM(resolve(removal,
                             {{QStringLiteral("keep"), QStringLiteral("value")},
                              {QStringLiteral("value"), QStringLiteral("yes")}},
                             m_anna)
                         .problem,
                     400, "invalid_field", "value");
    outcome = resolve(removal, {{QStringLiteral("keep"), QStringLiteral("client")}}, m_anna);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.reply.value(QStringLiteral("resolved_value")), QJsonValue(true));
    const QJsonArray page = pull(10).reply.value(QStringLiteral("records")).toArray();
    QCOMPARE(page.size(), 1);
    const QJsonObject tombstone = page.at(0).toObject();
    QCOMPARE(tombstone.value(QStringLiteral("sequence")).toInteger(), 11);
    QCOMPARE(tombstone.value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(tombstone.value(QStringLiteral("open_conflicts")).toInt(), 0);
    QCOMPARE(tombstone.value(QStringLiteral("fields")).toObject().value(title).toString(),
             QStringLiteral("Robot lab"));

    // Listing by state.
    QCOMPARE(conflicts().reply.value(QStringLiteral("conflicts")).toArray().size(), 0);
    QCOMPARE(conflicts(QStringLiteral("resolved"))
                 .reply.value(QStringLiteral("conflicts"))
                 .toArray()
                 .size(),
             4);
    QCOMPARE(conflicts(QStringLiteral("all"), id)
                 .reply.value(QStringLiteral("conflicts"))
                 .toArray()
                 .size(),
             4);

    // Bodies and ids refused before anything is read.
    const QList<std::tuple<QByteArray, QString, QString>> bodies{
        {"nope", QStringLiteral("malformed_json"), QString()},
        {"{}", QStringLiteral("missing_field"), QStringLiteral("keep")},
        {R"({"keep": "both"})", QStringLiteral("invalid_field"), QStringLiteral("keep")},
        {R"({"keep": 1})", QStringLiteral("invalid_field"), QStringLiteral("keep")},
        {R"({"keep": "value"})", QStringLiteral("missing_field"), QStringLiteral("value")},
        {R"({"keep": "server", "value": 3})", QStringLiteral("invalid_field"),
         QStringLiteral("value")},
        {R"({"keep": "server", "why": "x"})", QStringLiteral("unknown_field"),
         QStringLiteral("why")},
    };
    const QStringList before = dump(*m_database);
    QJsonObject reply;
    for (const auto &[body, code, field] : bodies) {
        const Protocol::Problem problem =
            m_store->resolve(m_clusterA, newId(), body, m_anna, &reply);
        QCOMPARE(problem.status, 400);
        QCOMPARE(problem.code, code);
        QCOMPARE(problem.field, field);
    }
    QCOMPARE_PROBLEM(
        resolve(QStringLiteral("c-1"), {{QStringLiteral("keep"), QStringLiteral("server")}}, m_anna)
            .problem,
        400, "invalid_id", "conflict_id");
    QCOMPARE_PROBLEM(
        resolve(newId(), {{QStringLiteral("keep"), QStringLiteral("server")}}, m_anna).problem, 404,
        "not_found", "");
    QCOMPARE(dump(*m_database), before);
}

void TestSyncStore::keepsValuesExactly()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString targets = QStringLiteral("kpi_targets");
    const QString id = newId();
    const QString awkward = QStringLiteral("Insegnanti \"raggiunti\" — è ü 🎓\n\tfine \\ ' %1 ?");
    const QJsonObject fields{{QStringLiteral("period_id"), newId()},
                             {QStringLiteral("kpi"), awkward},
                             {QStringLiteral("value"), 0.125},
                             {QStringLiteral("created_at"), QString()}};
    QVERIFY_OK(push({change(targets, id, 0, fields)}, m_anna).problem);
    QCOMPARE(compact(record(targets, id).reply.value(QStringLiteral("fields")).toObject()),
             compact(fields));

    // Values kept in conflicts come back as they were sent, of every kind.
    QVERIFY_OK(push({change(targets, id, 1, {{QStringLiteral("value"), 1e-7}})}, m_marco).problem);
    QVERIFY_OK(
        push({change(targets, id, 1, {{QStringLiteral("value"), 9007199254740991.0}})}, m_lucia)
            .problem);
    QVERIFY_OK(
        push({change(targets, id, 1, {{QStringLiteral("kpi"), QString(awkward + u'!')}})}, m_marco)
            .problem);
    QVERIFY_OK(
        push({change(targets, id, 1, {{QStringLiteral("kpi"), QString()}})}, m_lucia).problem);
    const QJsonArray listed = conflicts().reply.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(listed.size(), 2);
    QStringList values;
    for (const QJsonValue &conflict : listed) {
        const QJsonObject object = conflict.toObject();
        values << QString::fromUtf8(
            compact({{QStringLiteral("s"), object.value(QStringLiteral("server_value"))},
                     {QStringLiteral("c"), object.value(QStringLiteral("client_value"))}}));
    }
    values.sort();
    // Sorted: a string value's quote sorts before a digit.
    QCOMPARE(values,
             (QStringList{QString::fromUtf8(compact({{QStringLiteral("s"), QString(awkward + u'!')},
                                                     {QStringLiteral("c"), QString()}})),
                          QStringLiteral(R"({"c":9007199254740991,"s":1e-07})")}));
}

void TestSyncStore::resolvesOnADeletedRecord()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    const QString name = QStringLiteral("name");
    const QString id = newId();
    QVERIFY_OK(push({change(partners, id, 0, {{name, QStringLiteral("A")}})}, m_anna).problem);
    QVERIFY_OK(push({change(partners, id, 1, {{name, QStringLiteral("B")}})}, m_marco).problem);
    const Outcome removal = push({deletion(partners, id, 1)}, m_anna);
    const Outcome edit = push({change(partners, id, 1, {{name, QStringLiteral("C")}})}, m_lucia);
    QCOMPARE(removal.status(), QStringLiteral("conflict"));
    QCOMPARE(edit.status(), QStringLiteral("conflict"));
    QCOMPARE(push({deletion(partners, id, 4)}, m_paolo).status(), QStringLiteral("deleted"));

    // A field's conflict resolved on a tombstone: the value is kept, the record stays deleted.
    advanceClock();
    Outcome outcome =
        resolve(edit.conflicts().at(0).toObject().value(QStringLiteral("id")).toString(),
                {{QStringLiteral("keep"), QStringLiteral("client")}}, m_anna);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.reply.value(QStringLiteral("sequence")).toInteger(), 6);
    Outcome current = record(partners, id);
    QCOMPARE(current.reply.value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(current.reply.value(QStringLiteral("fields")).toObject().value(name).toString(),
             QStringLiteral("C"));

    // "deleted" resolved to false brings the record back, flagged.
    advanceClock();
    outcome = resolve(
        removal.conflicts().at(0).toObject().value(QStringLiteral("id")).toString(),
        {{QStringLiteral("keep"), QStringLiteral("value")}, {QStringLiteral("value"), false}},
        m_marco);
    QVERIFY_OK(outcome.problem);
    QCOMPARE(outcome.reply.value(QStringLiteral("resolved_value")), QJsonValue(false));
    current = record(partners, id);
    QCOMPARE(current.reply.value(QStringLiteral("sequence")).toInteger(), 7);
    QCOMPARE(current.reply.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(current.reply.value(QStringLiteral("open_conflicts")).toInt(), 0);
    QCOMPARE(compact(current.reply.value(QStringLiteral("restored")).toObject()),
             compact({{QStringLiteral("at"), QStringLiteral("2026-03-01T10:02:00.000Z")},
                      {QStringLiteral("by"), QStringLiteral("marco")}}));
}

void TestSyncStore::appliesAFullBatch()
{
    QFETCH(QString, backend);
    QVERIFY(open(backend));
    const QString partners = QStringLiteral("partners");
    const QString contacts = QStringLiteral("contacts");
    QStringList partnerIds;
    QJsonArray first;
    for (int i = 0; i < 600; ++i) {
        partnerIds << newId();
        first.append(change(partners, partnerIds.last(), 0,
                            {{QStringLiteral("name"), QStringLiteral("Partner %1").arg(i)}}));
    }
    QVERIFY_OK(push(first, m_anna).problem);

    // The largest batch: edits of 400 stored records (looked up in several chunks) and 600 new
    // contacts whose references are checked in several chunks too.
    QJsonArray second;
    for (int i = 0; i < 400; ++i)
        second.append(change(partners, partnerIds.at(i), i + 1,
                             {{QStringLiteral("city"), QStringLiteral("Turin")}}));
    for (int i = 0; i < 600; ++i)
        second.append(change(
            contacts, newId(), 0,
            {{QStringLiteral("partner_id"), partnerIds.at(i)}, {QStringLiteral("position"), 0}}));
    const Outcome full = push(second, m_marco);
    QVERIFY_OK(full.problem);
    QCOMPARE(full.reply.value(QStringLiteral("last_sequence")).toInteger(), 1600);
    QCOMPARE(full.status(399), QStringLiteral("applied"));
    QCOMPARE(full.sequence(399), 1000);
    QCOMPARE(full.status(999), QStringLiteral("created"));
    QCOMPARE(full.sequence(999), 1600);

    // One more than the limit, and another cluster's id deep in a batch.
    second.append(change(partners, newId(), 0, {{QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE_PROBLEM(push(second, m_marco).problem, 413, "payload_too_large", "records");
    QJsonArray foreign;
    for (int i = 0; i < 300; ++i)
        foreign.append(
            change(contacts, newId(), 0,
                   {{QStringLiteral("partner_id"), i == 280 ? partnerIds.at(5) : newId()}}));
    QCOMPARE_PROBLEM(push(foreign, m_lucia, m_clusterB).problem, 404, "not_found",
                     "records[280].fields.partner_id");

    int pulled = 0;
    qint64 since = 0;
    bool more = true;
    while (more) {
        const Outcome page = pull(since, 1000);
        QVERIFY_OK(page.problem);
        pulled += int(page.reply.value(QStringLiteral("records")).toArray().size());
        since = page.reply.value(QStringLiteral("next")).toInteger();
        more = page.reply.value(QStringLiteral("more")).toBool();
    }
    QCOMPARE(pulled, 1200);
    QCOMPARE(since, 1600);
}

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
