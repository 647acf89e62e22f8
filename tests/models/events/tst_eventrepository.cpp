#include "models/events/EventRepository.h"
#include "models/events/EventValidator.h"
#include "models/partners/PartnerRepository.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

namespace {

struct Fixture
{
    TestSupport::TempDatabase temp;
    QString clusterId;
    QString museumId;
    QString schoolId;
    QString universityId;

    Fixture()
    {
        clusterId = temp.addCluster(QStringLiteral("Trieste LEC"));
        PartnerRepository partners(temp.database().connection());
        for (auto [id, name, type] :
             {std::tuple{&museumId, "Immaginario Scientifico", PartnerType::Museum},
              std::tuple{&schoolId, "Liceo Galilei", PartnerType::School},
              std::tuple{&universityId, "Università di Trieste", PartnerType::University}}) {
            Partner partner;
            partner.clusterId = clusterId;
            partner.name = QString::fromUtf8(name);
            partner.type = type;
            partners.save(partner);
            *id = partner.id;
        }
    }

    QSqlDatabase db() { return temp.database().connection(); }

    int scalar(const QString &sql, const QString &bound = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        if (!bound.isNull())
            query.addBindValue(bound);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    Event sample() const
    {
        Event event;
        event.clusterId = clusterId;
        event.kind = EventKind::Workshop;
        event.status = EventStatus::Held;
        event.titleIt = QStringLiteral("  Robotica in classe ");
        event.titleEn = QStringLiteral("Robotics in the classroom");
        event.descriptionIt = QStringLiteral("Laboratorio con i robot.\nSecondo giorno: gara.");
        event.startDate = QDate(2022, 3, 14);
        event.startTime = QTime(9, 30);
        event.endDate = QDate(2022, 3, 15);
        event.endTime = QTime(13, 0);
        event.location = QStringLiteral("Immaginario Scientifico, Grignano");
        event.organiserIds = {museumId};
        event.participantIds = {schoolId, universityId};
        event.audience = {SchoolLevel::Primary, SchoolLevel::LowerSecondary};
        event.subjects = {QStringLiteral("technology"), QStringLiteral("robotica educativa")};
        event.setFigure(Figure::Pupils, 48);
        event.setFigure(Figure::Teachers, 4);
        event.setFigure(Figure::Parents, 0);
        return event;
    }
};

} // namespace

class TestEventRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void eventRoundTripsWithEveryField()
    {
        Fixture fixture;
        EventRepository events(fixture.db());
        Event event = fixture.sample();
        QVERIFY2(events.save(event), qPrintable(events.errorMessage()));
        QVERIFY(!event.id.isEmpty());
        QCOMPARE(event.titleIt, QStringLiteral("Robotica in classe")); // trimmed in place

        const std::optional<Event> loaded = events.find(event.id).value();
        QVERIFY(loaded);
        QCOMPARE(*loaded, event);
        // Unrecorded figures stay distinct from a recorded 0.
        QVERIFY(!loaded->figure(Figure::Researchers).has_value());
        QCOMPARE(loaded->figure(Figure::Parents), std::optional<int>(0));
        QCOMPARE(events.forCluster(fixture.clusterId).value(), QList<Event>{event});
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM event_partners"
                                               " WHERE event_id = ? AND sync_state = 'dirty'"),
                                event.id),
                 3);
    }

    void allDayEventKeepsNullTimes()
    {
        Fixture fixture;
        EventRepository events(fixture.db());
        Event event;
        event.clusterId = fixture.clusterId;
        event.titleEn = QStringLiteral("Open day");
        event.startDate = QDate(2021, 12, 31);
        QVERIFY(events.save(event));
        const Event loaded = *events.find(event.id).value();
        QVERIFY(loaded.isAllDay());
        QVERIFY(!loaded.endDate.isValid());
        QCOMPARE(loaded.lastDate(), QDate(2021, 12, 31));
        QVERIFY(loaded.overlaps(QDate(2021, 12, 31), QDate(2022, 1, 1)));
        QVERIFY(!loaded.overlaps(QDate(2022, 1, 1), QDate(2022, 1, 31)));
    }

    void changingPartnersTombstonesAndRevivesLinks()
    {
        Fixture fixture;
        EventRepository events(fixture.db());
        Event event = fixture.sample();
        QVERIFY(events.save(event));
        const auto linkId = [&](const QString &partnerId) {
            QSqlQuery query(fixture.db());
            query.prepare(QStringLiteral("SELECT id, deleted FROM event_partners"
                                         " WHERE event_id = ? AND partner_id = ?"));
            query.addBindValue(event.id);
            query.addBindValue(partnerId);
            return query.exec() && query.next()
                       ? std::pair{query.value(0).toString(), query.value(1).toInt()}
                       : std::pair{QString(), -1};
        };
        const QString schoolLink = linkId(fixture.schoolId).first;

        // The school moves from participant to organiser, the university leaves.
        event.organiserIds = {fixture.museumId, fixture.schoolId};
        event.participantIds = {};
        QVERIFY(events.save(event));
        QCOMPARE(events.find(event.id).value()->organiserIds, event.organiserIds);
        QVERIFY(events.find(event.id).value()->participantIds.isEmpty());
        QCOMPARE(linkId(fixture.schoolId).first, schoolLink); // same row, new role
        QCOMPARE(linkId(fixture.universityId).second, 1);

        // Re-adding the university revives its row rather than making a second one.
        const QString universityLink = linkId(fixture.universityId).first;
        event.participantIds = {fixture.universityId};
        QVERIFY(events.save(event));
        QCOMPARE(linkId(fixture.universityId), std::pair(universityLink, 0));
        QCOMPARE(*events.find(event.id).value(), event);
    }

    void removeLeavesTombstonesAndSaveRestores()
    {
        Fixture fixture;
        EventRepository events(fixture.db());
        Event event = fixture.sample();
        QVERIFY(events.save(event));
        QVERIFY(events.remove({event.id}));
        QVERIFY(!events.find(event.id).value());
        QVERIFY(events.forCluster(fixture.clusterId).value().isEmpty());
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM events WHERE deleted = 1")),
                 1);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM event_partners"
                                               " WHERE deleted = 0")),
                 0);
        QVERIFY(events.save(event));
        QCOMPARE(*events.find(event.id).value(), event);
    }

    void failedBatchWritesNothing()
    {
        Fixture fixture;
        EventRepository events(fixture.db());
        Event good = fixture.sample();
        Event bad = fixture.sample();
        bad.participantIds = {QStringLiteral("no-such-partner")}; // a foreign key violation
        QList<Event> batch{good, bad};
        QVERIFY(!events.saveAll(batch));
        QVERIFY(events.errorMessage().startsWith(QStringLiteral("Cannot save the event")));
        QVERIFY(batch.at(0).id.isEmpty()); // the caller's copy is untouched
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM event_partners")), 0);
    }

    void databaseRefusesNegativeFigures()
    {
        Fixture fixture;
        EventRepository events(fixture.db());
        Event event = fixture.sample();
        event.setFigure(Figure::Pupils, -1);
        QVERIFY(!events.save(event));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM events")), 0);
    }

    void listsAreStoredWithSeparator()
    {
        QCOMPARE(EventRepository::joinList({QStringLiteral("a|b"), QStringLiteral("c")}),
                 QStringLiteral("a/b|c"));
        QCOMPARE(EventRepository::splitList(QStringLiteral("a/b|c")),
                 QStringList({QStringLiteral("a/b"), QStringLiteral("c")}));
        QVERIFY(EventRepository::splitList(QString()).isEmpty());
    }

    void validatorRules_data()
    {
        QTest::addColumn<Event>("event");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");

        Event base;
        base.titleEn = QStringLiteral("Science café");
        base.startDate = QDate(2022, 5, 10);

        Event noTitle = base;
        noTitle.titleEn = QStringLiteral("   ");
        QTest::newRow("title") << noTitle << int(EventField::Title)
                               << EventValidator::titleRequiredMessage();
        Event noStart = base;
        noStart.startDate = QDate();
        QTest::newRow("start") << noStart << int(EventField::Start)
                               << EventValidator::startRequiredMessage();
        Event endDayBefore = base;
        endDayBefore.endDate = QDate(2022, 5, 9);
        QTest::newRow("end day") << endDayBefore << int(EventField::End)
                                 << EventValidator::endBeforeStartMessage();
        Event endHourBefore = base;
        endHourBefore.startTime = QTime(15, 0);
        endHourBefore.endTime = QTime(14, 59);
        QTest::newRow("end hour") << endHourBefore << int(EventField::End)
                                  << EventValidator::endBeforeStartMessage();
        Event negative = base;
        negative.status = EventStatus::Held;
        negative.setFigure(Figure::Teachers, -2);
        QTest::newRow("negative") << negative << int(EventField::Figures)
                                  << EventValidator::negativeFigureMessage();
        Event cancelled = base;
        cancelled.status = EventStatus::Cancelled;
        cancelled.setFigure(Figure::Pupils, 10);
        QTest::newRow("cancelled") << cancelled << int(EventField::Figures)
                                   << EventValidator::figuresNotHeldMessage(EventStatus::Cancelled);
        Event badLink = base;
        badLink.onlineLink = QStringLiteral("not a link");
        QTest::newRow("link") << badLink << int(EventField::OnlineLink) << QString();
        Event both = base;
        both.organiserIds = {QStringLiteral("p1")};
        both.participantIds = {QStringLiteral("p1")};
        QTest::newRow("both roles") << both << int(EventField::Participants) << QString();
    }

    void validatorRules()
    {
        QFETCH(Event, event);
        QFETCH(int, field);
        QFETCH(QString, message);
        const QList<EventIssue> issues = EventValidator::validate(event, QDate(2026, 1, 1));
        QVERIFY(EventValidator::hasErrors(issues));
        const auto it = std::find_if(issues.cbegin(), issues.cend(), [&](const EventIssue &i) {
            return i.isError() && int(i.field) == field;
        });
        QVERIFY2(it != issues.cend(), "no error on the expected field");
        if (!message.isEmpty())
            QCOMPARE(it->message, message);
    }

    void validEventsPassWithHelpfulWarnings()
    {
        Event event;
        event.titleIt = QStringLiteral("Caffè scientifico");
        event.startDate = QDate(2022, 5, 10);
        QVERIFY(EventValidator::validate(event, QDate(2026, 1, 1)).isEmpty());

        event.status = EventStatus::Held;
        QList<EventIssue> issues = EventValidator::validate(event, QDate(2026, 1, 1));
        QVERIFY(!EventValidator::hasErrors(issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().field, EventField::Figures); // not recorded yet

        event.setFigure(Figure::Pupils, 0);
        QVERIFY(EventValidator::validate(event, QDate(2026, 1, 1)).isEmpty());
        // Held in the future is allowed (typing ahead) but flagged.
        issues = EventValidator::validate(event, QDate(2022, 5, 9));
        QVERIFY(!EventValidator::hasErrors(issues));
        QCOMPARE(issues.constFirst().field, EventField::Status);
    }

    void titleFallsBackToTheOtherLanguage()
    {
        Event event;
        event.titleIt = QStringLiteral("Notte dei ricercatori");
        QCOMPARE(event.title(QStringLiteral("en")), event.titleIt);
        event.titleEn = QStringLiteral("Researchers' Night");
        QCOMPARE(event.title(QStringLiteral("en")), event.titleEn);
        QCOMPARE(event.title(QStringLiteral("it")), event.titleIt);
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
