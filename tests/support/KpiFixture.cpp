#include "tests/support/KpiFixture.h"

#include "models/clusters/ClusterRepository.h"
#include "models/events/EventRepository.h"
#include "models/partners/PartnerRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

namespace TestSupport::KpiFixture {

namespace {

Partner partner(const QString &clusterId, const QString &name, PartnerType type, QDate joined,
                QDate left)
{
    Partner p;
    p.clusterId = clusterId;
    p.name = name;
    p.type = type;
    p.joinedOn = joined;
    p.leftOn = left;
    return p;
}

// Figures in the order of Figure; -1 leaves one not recorded.
Event event(const QString &clusterId, const QString &title, EventKind kind, EventStatus status,
            QDate start, std::initializer_list<int> figures = {})
{
    Event e;
    e.clusterId = clusterId;
    e.titleEn = title;
    e.kind = kind;
    e.status = status;
    e.startDate = start;
    int index = 0;
    for (int value : figures) {
        if (value >= 0)
            e.setFigure(Figure(index), value);
        ++index;
    }
    return e;
}

ReportingPeriod reportingPeriod(const QString &clusterId, const QString &name, QDate start,
                                QDate end, const QMap<QString, double> &targets = {})
{
    ReportingPeriod p;
    p.clusterId = clusterId;
    p.name = name;
    p.start = start;
    p.end = end;
    p.targets = targets;
    return p;
}

} // namespace

QString build(Database &database)
{
    const QSqlDatabase db = database.connection();
    ClusterRepository clusters(db);
    PartnerRepository partners(db);
    EventRepository events(db);
    ReportingPeriodRepository periods(db);

    QHash<QString, QString> ids;
    for (const QString &name : {trieste, gorizia, udine, oldCluster}) {
        Cluster cluster;
        cluster.name = name;
        if (!clusters.add(cluster))
            return clusters.errorMessage();
        ids.insert(name, cluster.id);
    }
    const QString t = ids.value(trieste);
    const QString g = ids.value(gorizia);
    const QString old = ids.value(oldCluster);
    const QDate none;

    QList<Partner> members{
        partner(t, QStringLiteral("IC Joined Mid-Period"), PartnerType::School, {2021, 5, 10},
                none),
        partner(t, QStringLiteral("University Left Before"), PartnerType::University, {2019, 1, 1},
                {2021, 2, 28}),
        partner(t, QStringLiteral("Museum Left First Day"), PartnerType::Museum, {2019, 6, 1},
                {2021, 3, 1}),
        partner(t, QStringLiteral("School Joined Last Day"), PartnerType::School, {2021, 8, 31},
                none),
        partner(t, QStringLiteral("Company Joined Day After"), PartnerType::Business, {2021, 9, 1},
                none),
        partner(t, QStringLiteral("Association No Dates"), PartnerType::NonProfit, none, none),
        partner(t, QStringLiteral("School Deleted"), PartnerType::School, {2020, 1, 1}, none),
        partner(t, QStringLiteral("Municipality Left During"), PartnerType::LocalAuthority, none,
                {2021, 6, 15}),
        partner(t, QStringLiteral("Research Centre Member"), PartnerType::ResearchCentre,
                {2020, 1, 1}, {2022, 1, 1}),
        partner(g, QStringLiteral("Gorizia School"), PartnerType::School, {2020, 9, 1}, none),
        partner(g, QStringLiteral("Gorizia Prefecture"), PartnerType::Government, none, none),
        partner(g, QStringLiteral("Gorizia Other Left Last Day"), PartnerType::Other, {2019, 1, 1},
                {2021, 8, 31}),
        partner(ids.value(udine), QStringLiteral("Udine School"), PartnerType::School, none, none),
        partner(old, QStringLiteral("Old School"), PartnerType::School, none, none),
    };
    if (!partners.saveAll(members))
        return partners.errorMessage();
    const auto deletedPartner =
        std::find_if(members.cbegin(), members.cend(),
                     [](const Partner &p) { return p.name == QLatin1String("School Deleted"); });
    if (!partners.remove({deletedPartner->id}))
        return partners.errorMessage();

    using K = EventKind;
    using S = EventStatus;
    // The store keeps figures on events that are not held (an older version or another
    // coordinator may have written them; only the editor's validator refuses them), so they are
    // written as they come.
    QList<Event> all{
        event(t, QStringLiteral("Workshop First Day"), K::Workshop, S::Held, {2021, 3, 1},
              {25, 2, -1, 1, 0, -1}),
        event(t, QStringLiteral("Lab Last Day"), K::Lab, S::Held, {2021, 8, 31}, {30, 3}),
        event(t, QStringLiteral("Lab Day Before"), K::Lab, S::Held, {2021, 2, 28}, {100}),
        event(t, QStringLiteral("Visit Day After"), K::Visit, S::Held, {2021, 9, 1}, {100}),
        event(t, QStringLiteral("Course Started Before"), K::Course, S::Held, {2021, 2, 20}, {40}),
        event(t, QStringLiteral("Cancelled With Figures"), K::Event, S::Cancelled, {2021, 4, 10},
              {500}),
        event(t, QStringLiteral("Planned With Figures"), K::Webinar, S::Planned, {2021, 5, 5},
              {200}),
        event(t, QStringLiteral("Confirmed Training"), K::Training, S::Confirmed, {2021, 5, 20},
              {-1, 10}),
        event(t, QStringLiteral("Meeting No Figures"), K::Meeting, S::Held, {2021, 6, 15}),
        event(t, QStringLiteral("Family Science Day"), K::Event, S::Held, {2021, 4, 20},
              {50, 5, 20, 2, 4, 7}),
        event(t, QStringLiteral("Deleted Event"), K::Event, S::Held, {2021, 5, 1}, {999}),
        event(t, QStringLiteral("Teacher Training"), K::Training, S::Held, {2021, 5, 25},
              {-1, 12, -1, -1, 6}),
        event(g, QStringLiteral("Gorizia Lab"), K::Lab, S::Held, {2021, 3, 15}, {60, 4, 0}),
        event(g, QStringLiteral("Gorizia Visit"), K::Visit, S::Held, {2021, 7, 31},
              {15, -1, -1, 3}),
        event(g, QStringLiteral("Gorizia Lab Later"), K::Lab, S::Held, {2021, 9, 30}, {70}),
        event(old, QStringLiteral("Old Event"), K::Event, S::Held, {2021, 4, 1}, {1000}),
    };
    all[1].startTime = QTime(10, 0);
    all[4].endDate = QDate(2021, 3, 5);
    if (!events.saveAll(all))
        return events.errorMessage();
    if (!events.remove({all.at(10).id}))
        return events.errorMessage();

    QList<ReportingPeriod> reporting{
        reportingPeriod(t, period, periodStart, periodEnd,
                        {{QStringLiteral("institutions"), 10},
                         {QStringLiteral("pupils"), 200},
                         {QStringLiteral("events_held"), 4}}),
        reportingPeriod(g, period, periodStart, periodEnd,
                        {{QStringLiteral("institutions"), 5},
                         {QStringLiteral("pupils"), 100.5},
                         {QStringLiteral("teachers"), 10}}),
        reportingPeriod(old, period, {2021, 1, 1}, {2021, 12, 31},
                        {{QStringLiteral("institutions"), 1000}}),
        reportingPeriod(t, year, {2021, 1, 1}, {2021, 12, 31}),
        reportingPeriod(g, year, {2021, 1, 1}, {2021, 12, 30}),
    };
    for (ReportingPeriod &p : reporting) {
        if (!periods.save(p))
            return periods.errorMessage();
    }

    // No repository deletes a cluster yet; sync will, by setting the tombstone.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE clusters SET deleted = 1 WHERE id = ?"));
    query.addBindValue(old);
    if (!query.exec())
        return query.lastError().text();
    return QString();
}

} // namespace TestSupport::KpiFixture
