// Opening a database of 100,000 events and showing them sorted and filtered, against reading the
// same rows with plain SQLite (the C API) in the same run.
//
//   build/bench/bench_events [EVENTS] [ROUNDS]

#include "bench/BenchSupport.h"
#include "models/clusters/ClusterRepository.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>

namespace {

constexpr int partnerCount = 200;

bool populate(const QString &path, int count, QString *clusterId)
{
    Database database;
    if (!database.open(path))
        return false;
    Cluster cluster;
    cluster.name = QStringLiteral("Benchmark cluster");
    if (!ClusterRepository(database.connection()).add(cluster))
        return false;
    *clusterId = cluster.id;

    QList<Partner> partners;
    for (int i = 0; i < partnerCount; ++i) {
        Partner partner;
        partner.clusterId = cluster.id;
        partner.name = QStringLiteral("Istituto Comprensivo %1").arg(i);
        partners.append(partner);
    }
    if (!PartnerRepository(database.connection()).saveAll(partners))
        return false;

    const QStringList topics = {QStringLiteral("robotica"), QStringLiteral("astronomia"),
                                QStringLiteral("chimica"), QStringLiteral("coding"),
                                QStringLiteral("biologia marina")};
    const EventKind kinds[] = {EventKind::Workshop, EventKind::Lab, EventKind::Course,
                               EventKind::Visit, EventKind::Webinar};
    QList<Event> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        Event event;
        event.clusterId = cluster.id;
        event.kind = kinds[i % 5];
        event.status = i % 3 == 0 ? EventStatus::Held : EventStatus::Planned;
        const QString &topic = topics.at(i % topics.size());
        event.titleIt = QStringLiteral("Laboratorio di %1 n. %2").arg(topic).arg(i);
        event.titleEn = QStringLiteral("Lab %1").arg(i);
        event.descriptionIt = QStringLiteral("Attività per le classi terze e quarte.");
        event.location = QStringLiteral("Aula %1, Trieste").arg(i % 40);
        event.startDate = QDate(2019, 1, 1).addDays(i % 2500);
        event.startTime = QTime(9 + i % 8, 0);
        if (i % 7 == 0)
            event.endDate = event.startDate.addDays(2);
        event.organiserIds = {partners.at(i % partnerCount).id};
        event.participantIds = {partners.at((i * 7 + 1) % partnerCount).id};
        event.subjects = {QStringLiteral("science")};
        if (event.status == EventStatus::Held)
            event.setFigure(Figure::Pupils, 20 + i % 100);
        events.append(event);
    }
    return EventRepository(database.connection()).saveAll(events);
}

// What the window does: open, load the partners and the events, sort by start, filter by a
// period and a search word.
// What the window holds while the Events section is open.
struct LecDeskSession
{
    Database database;
    std::unique_ptr<PartnerTableModel> partners;
    std::unique_ptr<EventTableModel> events;
    EventFilterProxyModel proxy;

    // Open the database, load the cluster's partners and events, sort by start (newest first as
    // the window does) and filter by a year and a search word.
    int open(const QString &path, const QString &clusterId)
    {
        if (!database.open(path))
            return -1;
        partners = std::make_unique<PartnerTableModel>(database.connection());
        partners->setClusterId(clusterId);
        events = std::make_unique<EventTableModel>(database.connection(), partners.get());
        events->setClusterId(clusterId);
        proxy.setSourceModel(events.get());
        proxy.sort(EventTableModel::Start, Qt::DescendingOrder);
        return filter();
    }

    int filter()
    {
        proxy.setPeriod(QDate(2022, 1, 1), QDate(2022, 12, 31));
        proxy.setSearchText(QStringLiteral("robotica"));
        return proxy.rowCount();
    }
};

int lecDeskRound(const QString &path, const QString &clusterId)
{
    LecDeskSession session;
    return session.open(path, clusterId);
}

// Resident memory of this process, in bytes.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// The same rows, filtered and sorted by SQLite itself, read as text through the C API, with the
// partner links of every event as the model loads them.
int rawRound(const QByteArray &path, const QByteArray &clusterId)
{
    const char *eventsSql =
        "SELECT id, cluster_id, kind, status, title_it, title_en, description_it, description_en,"
        " start_date, start_time, end_date, end_time, location, online_link, audience, subjects,"
        " activity_id, pupils, teachers, parents, researchers, teacher_trainees, others"
        " FROM events WHERE cluster_id = ?1 AND deleted = 0"
        " AND start_date <= '2022-12-31' AND coalesce(end_date, start_date) >= '2022-01-01'"
        " AND lower(coalesce(title_it, '') || ' ' || coalesce(title_en, '') || ' ' ||"
        " coalesce(description_it, '') || ' ' || location) LIKE '%robotica%'"
        " ORDER BY start_date DESC, start_time DESC";
    const char *linksSql = "SELECT l.event_id, l.partner_id, l.role FROM event_partners l"
                           " JOIN events e ON e.id = l.event_id"
                           " WHERE e.cluster_id = ?1 AND e.deleted = 0 AND l.deleted = 0"
                           " ORDER BY l.event_id, l.position";
    return rawSqliteRows(path, clusterId, {eventsSql, linksSql});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.sqlite"));
    QString clusterId;
    if (!populate(path, count, &clusterId)) {
        std::fprintf(stderr, "cannot build the benchmark database\n");
        return 1;
    }

    // Memory first, before any round has loaded the events into this process.
    qint64 bytesPerEvent = 0;
    {
        const qint64 before = residentBytes();
        LecDeskSession session;
        session.open(path, clusterId);
        bytesPerEvent = (residentBytes() - before) / count;
    }

    int shown = 0;
    int rawShown = 0;
    // Typing another search or choosing another period once the events are loaded.
    LecDeskSession loaded;
    loaded.open(path, clusterId);
    const double refilter = medianMilliseconds(
        rounds,
        [&] {
            loaded.proxy.setPeriod({}, {});
            loaded.proxy.setSearchText(QString());
            return loaded.filter();
        },
        &shown);
    const double lecDesk = medianMilliseconds(
        rounds, [&] { return lecDeskRound(path, clusterId); }, &shown);
    const double raw = medianMilliseconds(
        rounds, [&] { return rawRound(path.toUtf8(), clusterId.toUtf8()); }, &rawShown);

    std::printf("events in database:             %d\n", count);
    std::printf("rows shown (LEC Desk / SQLite):  %d / %d\n", shown, rawShown);
    std::printf("LEC Desk open+load+sort+filter: %8.2f ms (median of %d)\n", lecDesk, rounds);
    std::printf("plain SQLite read+sort+filter:  %8.2f ms (median of %d)\n", raw, rounds);
    std::printf("ratio LEC Desk / SQLite:        %8.2f\n", lecDesk / raw);
    std::printf("LEC Desk filter loaded events:  %8.2f ms (median of %d)\n", refilter, rounds);
    std::printf("ratio filter again / SQLite:    %8.2f\n", refilter / raw);
    std::printf("model memory per event:         %8lld bytes\n",
                static_cast<long long>(bytesPerEvent));
    return 0;
}
