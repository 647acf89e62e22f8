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

Created createDemo(TempDatabase &db, const QString &name = DemoData::defaultClusterName())
{
    Created result;
    result.ok = DemoData::create(db.database().connection(), name, &result.cluster,
                                 &result.alreadyExisted, &result.error);
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
            QVERIFY(partner.joinedOn >= QDate(2019, 1, 1) &&
                    partner.joinedOn <= QDate(2022, 9, 30));
            if (partner.leftOn.isValid())
                ++former;
            if (partner.joinedOn >= QDate(2022, 6, 1))
                ++newMembers;
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

    void aYearOfEventsByMembersWithFigures()
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
        for (const Event &event : events) {
            QVERIFY2(!EventValidator::hasErrors(EventValidator::validate(event, QDate(2026, 1, 1))),
                     qPrintable(event.titleEn));
            QVERIFY(!event.titleIt.isEmpty() && !event.titleEn.isEmpty());
            QVERIFY(event.startDate >= QDate(2021, 10, 1) && event.startDate < QDate(2023, 1, 1));
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
        QVERIFY2(pupils > 1500 && pupils < 10000, qPrintable(QString::number(pupils)));
        QVERIFY(heldWithoutFigures > 0);
    }

    void reportingPeriodsWithVariedProgress()
    {
        TempDatabase db;
        const Created created = createDemo(db);
        QVERIFY2(created.ok, qPrintable(created.error));
        const QSqlDatabase connection = db.database().connection();
        const QList<ReportingPeriod> periods =
            ReportingPeriodRepository(connection).forCluster(created.cluster.id).value();
        QCOMPARE(periods.size(), 3);
        // The two periods of PHERECLOS, then the school year after the project.
        const QList<std::tuple<QString, QDate, QDate>> expected = {
            {QStringLiteral("Period 1"), QDate(2019, 10, 1), QDate(2020, 12, 31)},
            {QStringLiteral("Period 2"), QDate(2021, 1, 1), QDate(2022, 9, 30)},
            {QStringLiteral("School year 2021/22"), QDate(2021, 9, 1), QDate(2022, 8, 31)},
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
        QVERIFY(periods.at(0).targets.isEmpty());
        QVERIFY(periods.at(2).targets.isEmpty());

        // Period 2 against its targets: some met, the others between 60 and 90 %, and one KPI
        // without a target, so that every state of a tile shows.
        const KpiCalculator kpis(connection);
        const std::optional<KpiScope> scope =
            kpis.resolveScope(created.cluster.name, QStringLiteral("Period 2"), {}, {});
        QVERIFY2(scope, qPrintable(kpis.errorMessage()));
        const std::optional<KpiSnapshot> snapshot = kpis.snapshot(*scope).value();
        QVERIFY2(snapshot, qPrintable(kpis.errorMessage()));
        QCOMPARE(snapshot->targets, periods.at(1).targets);
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
