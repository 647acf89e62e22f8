#include "models/clusters/ClusterRepository.h"
#include "models/demo/DemoData.h"
#include "models/events/EventRepository.h"
#include "models/events/EventValidator.h"
#include "models/kpi/KpiCalculator.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerValidator.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/periods/ReportingPeriodValidator.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using TestSupport::TempDatabase;

namespace {

struct Created
{
    bool ok = false;
    bool alreadyExisted = false;
    Cluster cluster;
    QString error;
};

// The day the tests take as today: the demo is dated relative to it.
const QDate today(2026, 11, 20);

Created createDemo(TempDatabase &db, const QString &name = DemoData::defaultClusterName(),
                   QDate day = today)
{
    Created result;
    result.ok = DemoData::create(db.database().connection(), name, &result.cluster,
                                 &result.alreadyExisted, &result.error, day);
    return result;
}

int rowCount(TempDatabase &db, const QString &table)
{
    QSqlQuery query(db.database().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

bool isReservedDomain(const QString &host)
{
    return host == QLatin1String("example.org") || host.endsWith(QLatin1String(".example.org"));
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void createsARealisticFictionalCluster()
    {
        TempDatabase db;
        const Created created = createDemo(db);
        QVERIFY2(created.ok, qPrintable(created.error));
        QVERIFY(!created.alreadyExisted);
        QVERIFY(created.cluster.isDemo);
        QCOMPARE(created.cluster.name, DemoData::defaultClusterName());
        QVERIFY(!created.cluster.region.isEmpty());
        QVERIFY(!created.cluster.country.isEmpty());

        const std::optional<Cluster> stored =
            ClusterRepository(db.database().connection()).find(created.cluster.id).value();
        QVERIFY(stored);
        QCOMPARE(*stored, created.cluster);

        const QList<Partner> partners =
            PartnerRepository(db.database().connection()).forCluster(created.cluster.id).value();
        QVERIFY2(partners.size() >= 55 && partners.size() <= 70,
                 qPrintable(QString::number(partners.size())));

        QSet<PartnerType> types;
        QSet<SchoolLevel> levels;
        QStringList names;
        int former = 0;
        int newMembers = 0;
        int withContacts = 0;
        for (const Partner &partner : partners)
            names.append(partner.name);
        for (const Partner &partner : partners) {
            types.insert(partner.type);
            levels.insert(partner.schoolLevel);
            QStringList others = names;
            others.removeOne(partner.name);
            const QList<ValidationIssue> issues = PartnerValidator::validate(partner, others);
            QVERIFY2(issues.isEmpty(),
                     qPrintable(partner.name + QLatin1String(": ") + issues.value(0).message));
            QCOMPARE(partner.type == PartnerType::School, partner.schoolLevel != SchoolLevel::None);
            QVERIFY(!partner.city.isEmpty());
            // Founders joined three school years before the demo's first; the newest members
            // joined last June, before this school year, as the notes say.
            QVERIFY2(partner.joinedOn >= QDate(2023, 9, 1) && partner.joinedOn < QDate(2026, 9, 1),
                     qPrintable(partner.name));
            if (partner.leftOn.isValid()) {
                ++former;
                QVERIFY(partner.leftOn < QDate(2026, 9, 1));
            }
            if (partner.joinedOn >= QDate(2026, 6, 1)) {
                ++newMembers;
                if (!partner.notes.isEmpty())
                    QCOMPARE(partner.notes, QStringLiteral("Nuovo membro dal giugno 2026."));
            }
            if (!partner.website.isEmpty())
                QVERIFY2(isReservedDomain(QUrl(partner.website).host()),
                         qPrintable(partner.website));
            QVERIFY(isReservedDomain(partner.email.section(QLatin1Char('@'), 1)));
            QVERIFY(partner.phone.contains(QLatin1String(" 555 ")));
            if (!partner.contacts.isEmpty())
                ++withContacts;
            QVERIFY(partner.contacts.size() <= 2);
            for (const ContactPerson &contact : partner.contacts) {
                QVERIFY(!contact.name.isEmpty());
                QVERIFY(!contact.role.isEmpty());
                QVERIFY(isReservedDomain(contact.email.section(QLatin1Char('@'), 1)));
            }
        }
        QCOMPARE(types.size(), PartnerVocabulary::types().size());
        QCOMPARE(levels.size(), PartnerVocabulary::schoolLevels().size() + 1);
        QVERIFY2(former >= 3 && former <= 4, qPrintable(QString::number(former)));
        QVERIFY(newMembers >= 3);
        QVERIFY(withContacts > partners.size() * 3 / 4);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    }

    void twoSchoolYearsOfEventsByMembersWithFigures()
    {
        TempDatabase db;
        const Created created = createDemo(db);
        QVERIFY2(created.ok, qPrintable(created.error));
        const QSqlDatabase connection = db.database().connection();
        const QList<Event> events =
            EventRepository(connection).forCluster(created.cluster.id).value();
        QVERIFY2(events.size() >= 120, qPrintable(QString::number(events.size())));
        QHash<QString, Partner> partners;
        for (const Partner &partner :
             PartnerRepository(connection).forCluster(created.cluster.id).value())
            partners.insert(partner.id, partner);

        QSet<EventKind> kinds;
        QSet<EventStatus> statuses;
        QSet<QString> subjects;
        int pupils = 0;
        int heldWithoutFigures = 0;
        int ahead = 0;
        int heldLastCalendarYear = 0;
        int recentWithoutFigures = 0;
        for (const Event &event : events) {
            QVERIFY2(!EventValidator::hasErrors(EventValidator::validate(event, today)),
                     qPrintable(event.titleEn));
            QVERIFY(!event.titleIt.isEmpty() && !event.titleEn.isEmpty());
            // From the start of last school year to the next four months.
            QVERIFY2(event.startDate >= QDate(2025, 9, 1) &&
                         event.startDate <= today.addMonths(4).addDays(5),
                     qPrintable(event.startDate.toString(Qt::ISODate)));
            // The past is held or cancelled (a course that runs on is still confirmed); what
            // lies ahead is planned or confirmed.
            if (event.lastDate() < today)
                QVERIFY2(event.status == EventStatus::Held ||
                             event.status == EventStatus::Cancelled,
                         qPrintable(event.titleEn));
            else
                QVERIFY2(event.status == EventStatus::Planned ||
                             event.status == EventStatus::Confirmed,
                         qPrintable(event.titleEn));
            if (event.startDate >= today)
                ++ahead;
            if (event.status == EventStatus::Held && event.startDate.year() == today.year() - 1)
                ++heldLastCalendarYear;
            if (event.status == EventStatus::Held && event.lastDate().daysTo(today) <= 14 &&
                !event.hasFigures())
                ++recentWithoutFigures;
            QVERIFY(!event.organiserIds.isEmpty());
            // Everyone involved was a member when the event took place.
            for (const QString &id : event.organiserIds + event.participantIds) {
                QVERIFY(partners.contains(id));
                QVERIFY(partners.value(id).isMemberDuring(event.startDate, event.lastDate()));
            }
            QVERIFY(event.location.isEmpty() != event.onlineLink.isEmpty());
            if (!event.onlineLink.isEmpty())
                QVERIFY(isReservedDomain(QUrl(event.onlineLink).host()));
            QCOMPARE(event.hasFigures() && event.status != EventStatus::Held, false);
            if (event.status == EventStatus::Held && !event.hasFigures())
                ++heldWithoutFigures;
            kinds.insert(event.kind);
            statuses.insert(event.status);
            for (const QString &subject : event.subjects) {
                QVERIFY(EventVocabulary::subjectKeys().contains(subject));
                subjects.insert(subject);
            }
            pupils += event.figure(Figure::Pupils).value_or(0);
        }
        QCOMPARE(kinds.size(), EventVocabulary::kinds().size());
        QCOMPARE(statuses.size(), EventVocabulary::statuses().size());
        QCOMPARE(subjects.size(), EventVocabulary::subjectKeys().size());
        // A busy cluster: thousands of pupils, and a few held events still to be filled in.
        QVERIFY2(pupils > 3000 && pupils < 15000, qPrintable(QString::number(pupils)));
        QVERIFY(heldWithoutFigures > 0);
        QVERIFY(recentWithoutFigures > 0); // something to record in the first hour
        QVERIFY2(ahead >= 12, qPrintable(QString::number(ahead)));
        // "Last year" in the events' filter shows its autumn term (the demo starts in September).
        QVERIFY2(heldLastCalendarYear >= 30, qPrintable(QString::number(heldLastCalendarYear)));
    }

    // Made on another day, in spring, the demo follows that day: the school year began the
    // September before, and nothing that lies ahead is held.
    void datedRelativeToTheDayItIsMade()
    {
        TempDatabase db;
        const QDate spring(2024, 3, 15);
        const Created created = createDemo(db, DemoData::defaultClusterName(), spring);
        QVERIFY2(created.ok, qPrintable(created.error));
        const QSqlDatabase connection = db.database().connection();
        const QList<Event> events =
            EventRepository(connection).forCluster(created.cluster.id).value();
        QVERIFY(!events.isEmpty());
        QDate first = events.constFirst().startDate;
        QDate lastHeld;
        for (const Event &event : events) {
            first = std::min(first, event.startDate);
            if (event.status == EventStatus::Held)
                lastHeld = std::max(lastHeld, event.lastDate());
            QVERIFY2(!EventValidator::hasErrors(EventValidator::validate(event, spring)),
                     qPrintable(event.titleEn));
        }
        QVERIFY2(first >= QDate(2022, 9, 1) && first < QDate(2022, 9, 15),
                 qPrintable(first.toString(Qt::ISODate)));
        QVERIFY2(lastHeld < spring && lastHeld >= spring.addDays(-14),
                 qPrintable(lastHeld.toString(Qt::ISODate)));
        const QList<ReportingPeriod> periods =
            ReportingPeriodRepository(connection).forCluster(created.cluster.id).value();
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods.at(0).name, QStringLiteral("School year 2022/23"));
        QCOMPARE(periods.at(1).name, QStringLiteral("School year 2023/24"));
        QCOMPARE(periods.at(1).start, QDate(2023, 9, 1));
        QCOMPARE(periods.at(1).end, QDate(2024, 8, 31));
        for (const Partner &partner :
             PartnerRepository(connection).forCluster(created.cluster.id).value())
            QVERIFY2(partner.joinedOn < QDate(2023, 9, 1), qPrintable(partner.name));
    }

    void reportingPeriodsWithVariedProgress()
    {
        TempDatabase db;
        const Created created = createDemo(db);
        QVERIFY2(created.ok, qPrintable(created.error));
        const QSqlDatabase connection = db.database().connection();
        const QList<ReportingPeriod> periods =
            ReportingPeriodRepository(connection).forCluster(created.cluster.id).value();
        QCOMPARE(periods.size(), 2);
        // Last school year and this one, each with its targets.
        const QList<std::tuple<QString, QDate, QDate>> expected = {
            {QStringLiteral("School year 2025/26"), QDate(2025, 9, 1), QDate(2026, 8, 31)},
            {QStringLiteral("School year 2026/27"), QDate(2026, 9, 1), QDate(2027, 8, 31)},
        };
        for (int i = 0; i < periods.size(); ++i) {
            const ReportingPeriod &period = periods.at(i);
            QCOMPARE(period.name, std::get<0>(expected.at(i)));
            QCOMPARE(period.start, std::get<1>(expected.at(i)));
            QCOMPARE(period.end, std::get<2>(expected.at(i)));
            QVERIFY(!period.locked); // other tests edit the demo freely
            const QList<PeriodIssue> issues = ReportingPeriodValidator::validate(period, periods);
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        }
        QCOMPARE(periods.at(0).targets, periods.at(1).targets);
        QVERIFY(!periods.at(0).targets.isEmpty());

        // Last school year against its targets: some met, the others between 60 and 90 %, and
        // one KPI without a target, so that every state of a tile shows.
        const KpiCalculator kpis(connection);
        const std::optional<KpiScope> scope =
            kpis.resolveScope(created.cluster.name, QStringLiteral("School year 2025/26"), {}, {});
        QVERIFY2(scope, qPrintable(kpis.errorMessage()));
        const std::optional<KpiSnapshot> snapshot = kpis.snapshot(*scope).value();
        QVERIFY2(snapshot, qPrintable(kpis.errorMessage()));
        QCOMPARE(snapshot->targets, periods.at(0).targets);
        const QStringList met = {QStringLiteral("institutions"), QStringLiteral("teachers"),
                                 QStringLiteral("researchers")};
        const QStringList partly = {QStringLiteral("pupils"), QStringLiteral("parents"),
                                    QStringLiteral("teacher_trainees"),
                                    QStringLiteral("events_held")};
        for (const KpiDefinition &kpi : KpiCatalogue::all()) {
            const std::optional<double> progress = snapshot->progress(kpi);
            const QString what =
                kpi.key + QStringLiteral(": ") + QString::number(kpi.value(snapshot->values)) +
                QStringLiteral(" of ") + QString::number(snapshot->target(kpi.key).value_or(-1));
            if (met.contains(kpi.key))
                QVERIFY2(progress && *progress >= 1.0 && *progress < 1.25, qPrintable(what));
            else if (partly.contains(kpi.key))
                QVERIFY2(progress && *progress >= 0.6 && *progress < 0.9, qPrintable(what));
            else
                QVERIFY2(!snapshot->target(kpi.key), qPrintable(what));
        }
    }

    void isDeterministic()
    {
        TempDatabase first;
        TempDatabase second;
        const Created a = createDemo(first);
        const Created b = createDemo(second);
        QVERIFY(a.ok && b.ok);
        auto comparable = [](QList<Partner> partners) {
            for (Partner &partner : partners) {
                partner.id.clear();
                partner.clusterId.clear();
                for (ContactPerson &contact : partner.contacts)
                    contact.id.clear();
            }
            std::sort(partners.begin(), partners.end(),
                      [](const Partner &x, const Partner &y) { return x.name < y.name; });
            return partners;
        };
        QCOMPARE(
            comparable(
                PartnerRepository(first.database().connection()).forCluster(a.cluster.id).value()),
            comparable(PartnerRepository(second.database().connection())
                           .forCluster(b.cluster.id)
                           .value()));
        // Events refer to partners by id, so compare them through the partners' names.
        auto comparableEvents = [](TempDatabase &db, const QString &clusterId) {
            QHash<QString, QString> names;
            for (const Partner &partner :
                 PartnerRepository(db.database().connection()).forCluster(clusterId).value())
                names.insert(partner.id, partner.name);
            QStringList lines;
            for (Event event :
                 EventRepository(db.database().connection()).forCluster(clusterId).value()) {
                event.id.clear();
                event.clusterId.clear();
                for (QStringList *ids : {&event.organiserIds, &event.participantIds}) {
                    for (QString &id : *ids)
                        id = names.value(id);
                }
                lines.append(event.startDateTime().toString(Qt::ISODate) + event.titleEn +
                             event.organiserIds.join(QLatin1Char(',')) +
                             event.participantIds.join(QLatin1Char(',')) +
                             QString::number(event.totalParticipants()) +
                             EventVocabulary::key(event.status));
            }
            lines.sort(); // events at the same hour come in id order, and ids are random
            return lines;
        };
        QCOMPARE(comparableEvents(first, a.cluster.id), comparableEvents(second, b.cluster.id));
    }

    void existingDemoClusterIsLeftAsItIs()
    {
        TempDatabase db;
        const Created first = createDemo(db);
        QVERIFY(first.ok);
        const int partners = rowCount(db, QStringLiteral("partners"));
        const int contacts = rowCount(db, QStringLiteral("contacts"));

        // Named differently in case and spacing: still the same cluster.
        const Created again = createDemo(db, QStringLiteral("  ") + first.cluster.name.toUpper());
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.alreadyExisted);
        QCOMPARE(again.cluster.id, first.cluster.id);
        QCOMPARE(rowCount(db, QStringLiteral("partners")), partners);
        QCOMPARE(rowCount(db, QStringLiteral("contacts")), contacts);
        QCOMPARE(rowCount(db, QStringLiteral("clusters")), 1);
    }

    void refusesARealClusterOfTheSameName()
    {
        TempDatabase db;
        const QString realId = db.addCluster(QStringLiteral("Trieste"), false);
        QVERIFY(!realId.isEmpty());
        const Created created = createDemo(db, QStringLiteral("trieste"));
        QVERIFY(!created.ok);
        QVERIFY2(created.error.contains(QStringLiteral("Trieste")), qPrintable(created.error));
        QCOMPARE(rowCount(db, QStringLiteral("partners")), 0);
        QCOMPARE(rowCount(db, QStringLiteral("clusters")), 1);
        QVERIFY(!ClusterRepository(db.database().connection()).find(realId).value()->isDemo);
    }

    void otherNameMakesASecondDemoCluster()
    {
        TempDatabase db;
        QVERIFY(createDemo(db).ok);
        const Created other = createDemo(db, QStringLiteral("Prova"));
        QVERIFY(other.ok);
        QVERIFY(!other.alreadyExisted);
        QCOMPARE(other.cluster.name, QStringLiteral("Prova"));
        QVERIFY(other.cluster.isDemo);
        QCOMPARE(rowCount(db, QStringLiteral("clusters")), 2);
    }

    void allOrNothing()
    {
        TempDatabase db;
        // Make one partner insert fail halfway through: the cluster must not stay behind.
        QSqlQuery trigger(db.database().connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER refuse_museum BEFORE INSERT ON partners WHEN NEW.type = 'museum'"
            " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        const Created created = createDemo(db);
        QVERIFY(!created.ok);
        QVERIFY2(created.error.contains(QStringLiteral("refused for the test")),
                 qPrintable(created.error));
        QCOMPARE(rowCount(db, QStringLiteral("clusters")), 0);
        QCOMPARE(rowCount(db, QStringLiteral("partners")), 0);
        QCOMPARE(rowCount(db, QStringLiteral("contacts")), 0);
        QCOMPARE(rowCount(db, QStringLiteral("events")), 0);

        // The connection is usable again afterwards.
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_museum")));
        const Created retry = createDemo(db);
        QVERIFY2(retry.ok, qPrintable(retry.error));
        QVERIFY(rowCount(db, QStringLiteral("partners")) > 50);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
