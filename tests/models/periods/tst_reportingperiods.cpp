#include "models/clusters/ClusterRepository.h"
#include "models/common/Translations.h"
#include "models/csv/CsvReader.h"
#include "models/events/EventChangeCommand.h"
#include "models/events/EventCsv.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/kpi/Kpi.h"
#include "models/partners/PartnerChangeCommand.h"
#include "models/partners/PartnerCsv.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/periods/PeriodLock.h"
#include "models/periods/ReportingPeriodChangeCommand.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/periods/ReportingPeriodTableModel.h"
#include "models/periods/ReportingPeriodValidator.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <QUndoStack>

#include <cmath>
#include <limits>

namespace {

// An undo or redo refused by the database, as a store reports it.
struct RefusedStep
{
    QString text;
    bool undoing = false;
    QString reason;
};

// Period 1 of PHERECLOS.
const QDate periodStart(2019, 10, 1);
const QDate periodEnd(2020, 12, 31);

ReportingPeriod makePeriod(const QString &clusterId, const QString &name, QDate start, QDate end,
                           QMap<QString, double> targets = {})
{
    ReportingPeriod period;
    period.clusterId = clusterId;
    period.name = name;
    period.start = start;
    period.end = end;
    period.targets = std::move(targets);
    return period;
}

Event makeEvent(const QString &clusterId, const QString &title, QDate start, EventStatus status,
                std::optional<int> pupils = std::nullopt)
{
    Event event;
    event.clusterId = clusterId;
    event.titleEn = title;
    event.startDate = start;
    event.kind = EventKind::Lab;
    event.status = status;
    event.setFigure(Figure::Pupils, pupils);
    return event;
}

Partner makePartner(const QString &clusterId, const QString &name, QDate joinedOn,
                    QDate leftOn = {})
{
    Partner partner;
    partner.clusterId = clusterId;
    partner.name = name;
    partner.type = PartnerType::School;
    partner.joinedOn = joinedOn;
    partner.leftOn = leftOn;
    return partner;
}

int targetIndex(const QString &key)
{
    return int(KpiCatalogue::keys().indexOf(key));
}

} // namespace

class TestReportingPeriods : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        Translations::install(QStringLiteral("en"));
    }

    void init()
    {
        m_temp = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->errorMessage()));
        m_clusterId = m_temp->addCluster(QStringLiteral("Trieste LEC"));
        m_otherClusterId = m_temp->addCluster(QStringLiteral("Vienna LEC"));
        QVERIFY(!m_clusterId.isEmpty() && !m_otherClusterId.isEmpty());
    }

    void cleanup()
    {
        m_temp.reset();
        Translations::install(QStringLiteral("en"));
    }

    void repositoryRoundTripWithTargets()
    {
        ReportingPeriodRepository repository(db());
        ReportingPeriod period =
            makePeriod(m_clusterId, QStringLiteral("  Period 1 "), periodStart, periodEnd,
                       {{QStringLiteral("pupils"), 1500}, {QStringLiteral("teachers"), 80.5}});
        QVERIFY2(repository.save(period), qPrintable(repository.errorMessage()));
        QVERIFY(!period.id.isEmpty());
        QCOMPARE(period.name, QStringLiteral("Period 1")); // trimmed

        const std::optional<ReportingPeriod> found = repository.find(period.id).value();
        QVERIFY(found);
        QCOMPARE(*found, period);
        QCOMPARE(found->targets.value(QStringLiteral("teachers")), 80.5);
        QCOMPARE(repository.forCluster(m_clusterId).value(), QList<ReportingPeriod>{period});
        QVERIFY(repository.forCluster(m_otherClusterId).value().isEmpty());
        QCOMPARE(repository.named(QStringLiteral("period 1")).value().size(), 1);

        // A second period sorts by start, before the first.
        ReportingPeriod earlier = makePeriod(m_clusterId, QStringLiteral("Kick-off"),
                                             QDate(2019, 1, 1), QDate(2019, 9, 30));
        QVERIFY(repository.save(earlier));
        const QList<ReportingPeriod> both = repository.forCluster(m_clusterId).value();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).name, QStringLiteral("Kick-off"));
        QCOMPARE(both.at(1).name, QStringLiteral("Period 1"));

        // Targets become exactly the ones listed: one changed, one dropped, one added.
        period.targets = {{QStringLiteral("pupils"), 1800}, {QStringLiteral("events_held"), 40}};
        QVERIFY(repository.save(period));
        QCOMPARE(repository.find(period.id).value()->targets, period.targets);
        QCOMPARE(targetRows(period.id, QStringLiteral("teachers")), (QList<int>{1})); // tombstone
        QCOMPARE(liveTargetCount(period.id), 2);
    }

    void removedTargetRowIsRevivedNotDuplicated()
    {
        ReportingPeriodRepository repository(db());
        ReportingPeriod period =
            makePeriod(m_clusterId, QStringLiteral("Period 2"), QDate(2021, 1, 1),
                       QDate(2022, 9, 30), {{QStringLiteral("parents"), 300}});
        QVERIFY(repository.save(period));
        const QString rowId = targetRowId(period.id, QStringLiteral("parents"));
        QVERIFY(!rowId.isEmpty());

        period.targets.clear();
        QVERIFY(repository.save(period));
        QCOMPARE(targetRows(period.id, QStringLiteral("parents")), (QList<int>{1}));
        QVERIFY(repository.find(period.id).value()->targets.isEmpty());

        period.targets = {{QStringLiteral("parents"), 450}};
        QVERIFY(repository.save(period));
        // The same row, live again with the new value: sync sees one record, not two.
        QCOMPARE(targetRows(period.id, QStringLiteral("parents")), (QList<int>{0}));
        QCOMPARE(targetRowId(period.id, QStringLiteral("parents")), rowId);
        QCOMPARE(repository.find(period.id).value()->targets.value(QStringLiteral("parents")),
                 450.0);
    }

    void removeLeavesTombstones()
    {
        ReportingPeriodRepository repository(db());
        ReportingPeriod period =
            makePeriod(m_clusterId, QStringLiteral("Period 1"), periodStart, periodEnd,
                       {{QStringLiteral("pupils"), 1500}, {QStringLiteral("institutions"), 40}});
        QVERIFY(repository.save(period));
        QVERIFY2(repository.remove({period.id}), qPrintable(repository.errorMessage()));
        QVERIFY(!repository.find(period.id).value());
        QVERIFY(repository.forCluster(m_clusterId).value().isEmpty());

        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT deleted, sync_state FROM reporting_periods"
                                     " WHERE id = ?"));
        query.addBindValue(period.id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), QStringLiteral("dirty"));
        QCOMPARE(targetRows(period.id, QStringLiteral("pupils")), (QList<int>{1}));
        QCOMPARE(targetRows(period.id, QStringLiteral("institutions")), (QList<int>{1}));

        // Saved again (an undo of the delete): the period and its targets come back.
        QVERIFY(repository.save(period));
        QCOMPARE(repository.find(period.id).value()->targets.size(), 2);
    }

    void lockRefusesChangesButAllowsUnlock()
    {
        ReportingPeriodRepository repository(db());
        ReportingPeriod period = makePeriod(m_clusterId, QStringLiteral("Period 1"), periodStart,
                                            periodEnd, {{QStringLiteral("pupils"), 1500}});
        period.locked = true;
        QVERIFY(repository.save(period)); // new and locked at once: nothing reported changes
        const ReportingPeriod stored = *repository.find(period.id).value();

        ReportingPeriod later = stored;
        later.end = QDate(2021, 1, 31);
        QVERIFY(!repository.save(later));
        QVERIFY2(repository.errorMessage().contains(QStringLiteral("“Period 1” is locked")),
                 qPrintable(repository.errorMessage()));

        ReportingPeriod retargeted = stored;
        retargeted.targets[QStringLiteral("pupils")] = 1000;
        QVERIFY(!repository.save(retargeted));
        ReportingPeriod renamed = stored;
        renamed.name = QStringLiteral("Period one");
        QVERIFY(!repository.save(renamed));
        QVERIFY(!repository.remove({stored.id}));
        QCOMPARE(*repository.find(stored.id).value(), stored); // nothing of it was written

        // Saving it unchanged is no change; unlocking is allowed, and then edits are.
        ReportingPeriod same = stored;
        QVERIFY(repository.save(same));
        ReportingPeriod unlocked = stored;
        unlocked.locked = false;
        QVERIFY2(repository.save(unlocked), qPrintable(repository.errorMessage()));
        QVERIFY(!repository.find(stored.id).value()->locked);
        QVERIFY2(repository.save(later), qPrintable(repository.errorMessage()));
        QCOMPARE(repository.find(stored.id).value()->end, QDate(2021, 1, 31));
    }

    void validatorMessages()
    {
        const ReportingPeriod existing = makePeriod(m_clusterId, QStringLiteral("Period 2"),
                                                    QDate(2021, 1, 1), QDate(2022, 9, 30));
        ReportingPeriod other = existing;
        other.id = QStringLiteral("existing");
        const QList<ReportingPeriod> others{other};

        ReportingPeriod good = makePeriod(m_clusterId, QStringLiteral("Period 1"), periodStart,
                                          periodEnd, {{QStringLiteral("pupils"), 0}});
        QVERIFY(ReportingPeriodValidator::validate(good, others).isEmpty());

        ReportingPeriod unnamed = good;
        unnamed.name = QStringLiteral("   ");
        QList<PeriodIssue> issues = ReportingPeriodValidator::validate(unnamed, others);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).field, PeriodField::Name);
        QCOMPARE(issues.at(0).message, QStringLiteral("Give the period a name, e.g. “Period 2”."));

        ReportingPeriod backwards = good;
        backwards.end = QDate(2019, 9, 30);
        issues = ReportingPeriodValidator::validate(backwards, others);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).field, PeriodField::End);
        QCOMPARE(issues.at(0).message, QStringLiteral("The period cannot end before it starts."));
        // A one-day period is fine.
        backwards.end = backwards.start;
        QVERIFY(ReportingPeriodValidator::validate(backwards, others).isEmpty());

        // The same name in the same cluster, whatever the case and spaces; not in another one,
        // and not the period itself.
        ReportingPeriod twin = good;
        twin.name = QStringLiteral(" period 2 ");
        issues = ReportingPeriodValidator::validate(twin, others);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).field, PeriodField::Name);
        QCOMPARE(issues.at(0).message,
                 QStringLiteral("The cluster already has a period named “Period 2” (01/01/2021 to "
                                "30/09/2022). Give this one another name."));
        twin.clusterId = m_otherClusterId;
        QVERIFY(ReportingPeriodValidator::validate(twin, others).isEmpty());
        QVERIFY(ReportingPeriodValidator::validate(other, others).isEmpty());

        ReportingPeriod badTargets = good;
        badTargets.targets = {{QStringLiteral("teachers"), -5},
                              {QStringLiteral("parents"), std::nan("")},
                              {QStringLiteral("smiles"), 3}};
        issues = ReportingPeriodValidator::validate(badTargets, others);
        QCOMPARE(issues.size(), 3);
        QVERIFY(ReportingPeriodValidator::hasErrors(issues));
        // QMap order: parents, smiles, teachers.
        QCOMPARE(issues.at(0).field, PeriodField::Target);
        QCOMPARE(issues.at(0).row, targetIndex(QStringLiteral("parents")));
        QCOMPARE(issues.at(0).message, QStringLiteral("The target must be a number."));
        QCOMPARE(issues.at(1).row, -1);
        QCOMPARE(issues.at(1).message,
                 QStringLiteral("“smiles” is not a KPI that takes a target."));
        QCOMPARE(issues.at(2).row, targetIndex(QStringLiteral("teachers")));
        QCOMPARE(issues.at(2).row, 2); // institutions, pupils, teachers
        QCOMPARE(issues.at(2).message, QStringLiteral("A target cannot be negative."));
    }

    void parseTarget_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value"); // -1: no target
        QTest::addColumn<QString>("message");
        const QString negative = QStringLiteral("A target cannot be negative.");
        QTest::newRow("empty") << "en"
                               << "  " << true << -1.0 << QString();
        QTest::newRow("en whole") << "en"
                                  << "1500" << true << 1500.0 << QString();
        QTest::newRow("en grouped") << "en"
                                    << "1,234.5" << true << 1234.5 << QString();
        QTest::newRow("it grouped") << "it"
                                    << "1.234,5" << true << 1234.5 << QString();
        QTest::newRow("it decimal comma") << "it"
                                          << " 12,5 " << true << 12.5 << QString();
        QTest::newRow("it zero") << "it"
                                 << "0" << true << 0.0 << QString();
        // Pasted from a C-locale file into the Italian window.
        QTest::newRow("it C notation") << "it"
                                       << "2.5e3" << true << 2500.0 << QString();
        QTest::newRow("it abc") << "it"
                                << "abc" << false << 0.0
                                << QStringLiteral("“abc” is not a number.");
        QTest::newRow("en abc") << "en"
                                << "abc" << false << 0.0
                                << QStringLiteral("“abc” is not a number.");
        QTest::newRow("en negative") << "en"
                                     << "-5" << false << 0.0 << negative;
        QTest::newRow("it negative") << "it"
                                     << "-1.500" << false << 0.0 << negative;
        QTest::newRow("it infinite")
            << "it"
            << "inf" << false << 0.0 << QStringLiteral("“inf” is not a number.");
    }

    void parseTarget()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        QFETCH(QString, message);
        const QLocale locale(language == QLatin1String("it") ? QLocale::Italian : QLocale::English,
                             language == QLatin1String("it") ? QLocale::Italy
                                                             : QLocale::UnitedKingdom);
        std::optional<double> target = 42.0;
        QString error;
        QCOMPARE(ReportingPeriodValidator::parseTarget(text, locale, &target, &error), ok);
        QCOMPARE(error, message);
        if (!ok)
            return;
        if (value < 0)
            QVERIFY(!target);
        else
            QCOMPARE(target, std::optional<double>(value));
    }

    void lockedPeriodRefusesEditsOfHeldEvents()
    {
        EventRepository events(db());
        Event held = makeEvent(m_clusterId, QStringLiteral("Open physics lab"), QDate(2020, 3, 4),
                               EventStatus::Held, 24);
        Event planned = makeEvent(m_clusterId, QStringLiteral("Star party"), QDate(2020, 6, 1),
                                  EventStatus::Planned);
        Event lastDay = makeEvent(m_clusterId, QStringLiteral("New Year's lab"), periodEnd,
                                  EventStatus::Held, 10);
        Event after = makeEvent(m_clusterId, QStringLiteral("Spring lab"), QDate(2021, 3, 1),
                                EventStatus::Held, 30);
        Event elsewhere = makeEvent(m_otherClusterId, QStringLiteral("Wiener Labor"),
                                    QDate(2020, 3, 4), EventStatus::Held, 18);
        QList<Event> all{held, planned, lastDay, after, elsewhere};
        QVERIFY(events.saveAll(all));
        held = all.at(0);
        planned = all.at(1);
        lastDay = all.at(2);
        after = all.at(3);
        elsewhere = all.at(4);
        lockPeriod();

        // A figure, the kind, the status or the date of a counted event: refused, with a message
        // that names the event and the period.
        Event morePupils = held;
        morePupils.setFigure(Figure::Pupils, 25);
        QVERIFY(!events.save(morePupils));
        QCOMPARE(events.errorMessage(),
                 QStringLiteral("“Open physics lab” counts towards the reporting period “Period "
                                "1” (01/10/2019 to 31/12/2020), which is locked because it has "
                                "been reported, so its KPIs can no longer change. To make this "
                                "change, first unlock the period under Reports › Reporting "
                                "periods."));
        QCOMPARE(events.find(held.id).value()->figure(Figure::Pupils), std::optional<int>(24));
        Event moved = held;
        moved.startDate = QDate(2021, 1, 4); // out of the period: its KPIs would lose it
        QVERIFY(!events.save(moved));
        Event cancelled = lastDay;
        cancelled.status = EventStatus::Cancelled;
        QVERIFY(!events.save(cancelled));
        QVERIFY(!events.remove({held.id}));
        QVERIFY(events.find(held.id).value());

        // What does not count may change: the description of a held event, anything of a
        // planned one, events after the period or in another cluster.
        Event described = held;
        described.location = QStringLiteral("Liceo Faro del Carso");
        QVERIFY2(events.save(described), qPrintable(events.errorMessage()));
        Event replanned = planned;
        replanned.startDate = QDate(2020, 6, 8);
        replanned.titleEn = QStringLiteral("Star party (new date)");
        QVERIFY2(events.save(replanned), qPrintable(events.errorMessage()));
        QVERIFY(events.remove({planned.id}));
        Event laterFigures = after;
        laterFigures.setFigure(Figure::Pupils, 31);
        QVERIFY(events.save(laterFigures));
        Event foreign = elsewhere;
        foreign.setFigure(Figure::Pupils, 19);
        QVERIFY(events.save(foreign));

        // A planned event becoming held inside the period would add to it.
        Event newHeld = makeEvent(m_clusterId, QStringLiteral("Late entry"), QDate(2020, 5, 5),
                                  EventStatus::Held, 12);
        QVERIFY(!events.save(newHeld));
        QVERIFY(events.errorMessage().contains(QStringLiteral("“Late entry”")));
    }

    void lockedPeriodRefusesPartnerChangesThatCount()
    {
        PartnerRepository partners(db());
        Partner member =
            makePartner(m_clusterId, QStringLiteral("Liceo Galilei"), QDate(2019, 11, 4));
        Partner leftBefore = makePartner(m_clusterId, QStringLiteral("Old Museum"),
                                         QDate(2018, 1, 1), QDate(2019, 9, 30));
        QList<Partner> all{member, leftBefore};
        QVERIFY(partners.saveAll(all));
        member = all.at(0);
        leftBefore = all.at(1);
        lockPeriod();

        // A partner joining after the period does not change it.
        Partner newcomer =
            makePartner(m_clusterId, QStringLiteral("Scuola Nuova"), QDate(2021, 2, 1));
        QVERIFY2(partners.save(newcomer), qPrintable(partners.errorMessage()));
        // One that joined during it would.
        Partner latecomer =
            makePartner(m_clusterId, QStringLiteral("Scuola Tardiva"), QDate(2020, 2, 1));
        QVERIFY(!partners.save(latecomer));
        QVERIFY(partners.errorMessage().contains(QStringLiteral("“Scuola Tardiva” counts towards "
                                                                "the reporting period “Period "
                                                                "1”")));

        // Deleting a member of the period, or changing its type, is refused; its phone is not.
        QVERIFY(!partners.remove({member.id}));
        QVERIFY(partners.errorMessage().contains(QStringLiteral("“Liceo Galilei”")));
        QVERIFY(partners.find(member.id).value());
        Partner retyped = member;
        retyped.type = PartnerType::Museum;
        QVERIFY(!partners.save(retyped));
        Partner leftEarly = member;
        leftEarly.leftOn = QDate(2019, 10, 31); // still a member during the period: allowed
        QVERIFY2(partners.save(leftEarly), qPrintable(partners.errorMessage()));
        Partner rephoned = leftEarly;
        rephoned.phone = QStringLiteral("+39 000 555 0101");
        QVERIFY2(partners.save(rephoned), qPrintable(partners.errorMessage()));
        // One that had left before the period never counted in it.
        QVERIFY2(partners.remove({leftBefore.id}), qPrintable(partners.errorMessage()));
    }

    void periodLockRefusalDirectly()
    {
        ReportingPeriod locked =
            makePeriod(m_clusterId, QStringLiteral("Period 1"), periodStart, periodEnd);
        locked.locked = true;
        const PeriodLock lock({locked});
        const Event held = makeEvent(m_clusterId, QStringLiteral("Held"), QDate(2020, 1, 10),
                                     EventStatus::Held, 5);
        QVERIFY(!lock.refusal(std::nullopt, held).isEmpty());
        QVERIFY(!lock.refusal(held, std::nullopt).isEmpty());
        QVERIFY(lock.refusal(held, held).isEmpty());
        // A figure not recorded counts as 0: recording a 0 changes nothing.
        Event noFigure = held;
        noFigure.setFigure(Figure::Teachers, std::nullopt);
        Event zero = held;
        zero.setFigure(Figure::Teachers, 0);
        QVERIFY(lock.refusal(noFigure, zero).isEmpty());
        QVERIFY(PeriodLock().refusal(std::nullopt, held).isEmpty());
    }

    void modelPassesTesterAndShowsColumns()
    {
        ReportingPeriodTableModel model(db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReportingPeriodRepository repository(db());
        ReportingPeriod second = makePeriod(m_clusterId, QStringLiteral("Period 2"),
                                            QDate(2021, 1, 1), QDate(2022, 9, 30),
                                            {{QStringLiteral("pupils"), 6500},
                                             {QStringLiteral("institutions"), 60},
                                             {QStringLiteral("teachers"), 1000.5}});
        ReportingPeriod first =
            makePeriod(m_clusterId, QStringLiteral("Period 1"), periodStart, periodEnd);
        first.locked = true;
        QVERIFY(repository.save(second));
        QVERIFY(repository.save(first));
        model.setClusterId(m_clusterId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ReportingPeriodTableModel::ColumnCount));

        const int row = model.rowOf(second.id);
        QCOMPARE(row, 1); // by start
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(row, ReportingPeriodTableModel::Name).toString(), QStringLiteral("Period 2"));
        QCOMPARE(cell(row, ReportingPeriodTableModel::Start).toString(),
                 QStringLiteral("01/01/2021"));
        QCOMPARE(cell(row, ReportingPeriodTableModel::End).toString(),
                 QStringLiteral("30/09/2022"));
        QCOMPARE(cell(row, ReportingPeriodTableModel::Locked).toString(), QString());
        QCOMPARE(cell(0, ReportingPeriodTableModel::Locked).toString(), QStringLiteral("Locked"));
        QCOMPARE(cell(0, ReportingPeriodTableModel::Locked, ReportingPeriodTableModel::LockedRole),
                 QVariant(true));
        QCOMPARE(cell(row, ReportingPeriodTableModel::Targets).toString(),
                 QStringLiteral("3 of 8"));
        QCOMPARE(cell(0, ReportingPeriodTableModel::Targets).toString(), QStringLiteral("None"));
        // In the order of the tiles, with the number as the user's language writes it.
        QCOMPARE(cell(row, ReportingPeriodTableModel::Targets, Qt::ToolTipRole).toString(),
                 QStringLiteral("Institutions involved: 60\nPupils reached: 6,500\nTeachers "
                                "reached: 1,000.5"));
        QCOMPARE(cell(row, ReportingPeriodTableModel::Start, ReportingPeriodTableModel::SortRole),
                 QVariant(QDate(2021, 1, 1)));
        QCOMPARE(cell(row, ReportingPeriodTableModel::Targets, ReportingPeriodTableModel::SortRole),
                 QVariant(3));

        Translations::install(QStringLiteral("it"));
        QCOMPARE(cell(row, ReportingPeriodTableModel::Targets, Qt::ToolTipRole)
                     .toString()
                     .section(QLatin1Char('\n'), 1, 1)
                     .section(QStringLiteral(": "), 1),
                 QStringLiteral("6.500"));

        // Another cluster has none.
        model.setClusterId(m_otherClusterId);
        QCOMPARE(model.rowCount(), 0);
    }

    void commandsEditThroughTheModelAndUndo()
    {
        ReportingPeriodRepository store(db());
        ReportingPeriodTableModel model(db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterId(m_clusterId);
        QUndoStack stack;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QString error;

        ReportingPeriod period = makePeriod(m_clusterId, QStringLiteral("Period 1"), periodStart,
                                            periodEnd, {{QStringLiteral("pupils"), 1500}});
        period.assignMissingIds();
        QVERIFY2(ReportingPeriodChangeCommand::execute(
                     &stack, ReportingPeriodChangeCommand::add(&store, period), &error),
                 qPrintable(error));
        QCOMPARE(stack.undoText(), QStringLiteral("Add period “Period 1”"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 1);

        ReportingPeriod edited = period;
        edited.targets[QStringLiteral("pupils")] = 1800;
        edited.targets[QStringLiteral("teachers")] = 90;
        QVERIFY(ReportingPeriodChangeCommand::execute(
            &stack, ReportingPeriodChangeCommand::edit(&store, period, edited), &error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.periodAt(0).targets, edited.targets);
        QVERIFY(ReportingPeriodChangeCommand::execute(
            &stack, ReportingPeriodChangeCommand::setLocked(&store, edited, true), &error));
        QCOMPARE(stack.undoText(), QStringLiteral("Lock period “Period 1”"));
        QVERIFY(model.periodAt(0).locked);
        QVERIFY(ReportingPeriodRepository(db()).find(period.id).value()->locked);

        // Locked: deleting it is refused and nothing goes on the stack.
        QVERIFY(!ReportingPeriodChangeCommand::execute(
            &stack, ReportingPeriodChangeCommand::remove(&store, {model.periodAt(0)}), &error));
        QVERIFY(error.contains(QStringLiteral("locked")));
        QCOMPARE(stack.count(), 3);
        QCOMPARE(model.rowCount(), 1);

        // Undo walks back: unlock, old targets, gone; redo walks forward again.
        stack.undo();
        QVERIFY(!model.periodAt(0).locked);
        stack.undo();
        QCOMPARE(model.periodAt(0).targets, period.targets);
        QCOMPARE(ReportingPeriodRepository(db()).find(period.id).value()->targets, period.targets);
        stack.undo();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!ReportingPeriodRepository(db()).find(period.id).value());
        QCOMPARE(removed.count(), 1);
        stack.redo();
        stack.redo();
        stack.redo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.periodAt(0).targets, edited.targets);
        QVERIFY(model.periodAt(0).locked);
        QCOMPARE(reset.count(), 0);

        ReportingPeriod unlocked = model.periodAt(0);
        QVERIFY(ReportingPeriodChangeCommand::execute(
            &stack, ReportingPeriodChangeCommand::setLocked(&store, unlocked, false), &error));
        QCOMPARE(stack.undoText(), QStringLiteral("Unlock period “Period 1”"));
        QVERIFY(ReportingPeriodChangeCommand::execute(
            &stack, ReportingPeriodChangeCommand::remove(&store, {model.periodAt(0)}), &error));
        QCOMPARE(stack.undoText(), QStringLiteral("Delete period “Period 1”"));
        QCOMPARE(model.rowCount(), 0);
        stack.undo();
        QCOMPARE(model.periodAt(0).targets, edited.targets); // the targets came back too
    }

    void undoRefusedByALockLaterDropsTheStepAndSaysWhy()
    {
        PartnerTableModel partners(db());
        EventTableModel events(db(), &partners);
        partners.setClusterId(m_clusterId);
        events.setClusterId(m_clusterId);
        // Undo commands write through stores that tell of refused steps, as the workspace's do.
        PartnerRepository partnerRepository(db());
        EventRepository eventRepository(db());
        QList<RefusedStep> refused;
        QList<RefusedStep> partnerRefused;
        ReportingStore<Event> eventStore(
            &eventRepository, [&](const QString &text, bool undoing, const QString &reason) {
                refused.append({text, undoing, reason});
            });
        ReportingStore<Partner> partnerStore(
            &partnerRepository, [&](const QString &text, bool undoing, const QString &reason) {
                partnerRefused.append({text, undoing, reason});
            });
        Event held = makeEvent(m_clusterId, QStringLiteral("Open physics lab"), QDate(2020, 3, 4),
                               EventStatus::Held, 20);
        held.assignMissingIds();
        QVERIFY(eventRepository.apply({{held.id, held}}));

        QUndoStack stack;
        QString error;
        Event more = held;
        more.setFigure(Figure::Pupils, 25);
        QVERIFY(EventChangeCommand::execute(
            &stack, EventChangeCommand::edit(&eventStore, held, more), &error));
        Event spring = makeEvent(m_clusterId, QStringLiteral("Spring lab"), QDate(2021, 3, 1),
                                 EventStatus::Held, 30);
        spring.assignMissingIds();
        QVERIFY(EventChangeCommand::execute(&stack, EventChangeCommand::add(&eventStore, spring),
                                            &error));
        QCOMPARE(stack.count(), 2);

        // The period is locked from elsewhere (another coordinator, through sync), so the lock is
        // not a step of this history that undo would take back first.
        lockPeriod();
        stack.undo(); // the spring lab is outside the period: allowed
        QCOMPARE(refused.count(), 0);
        QCOMPARE(events.rowCount(), 1);
        stack.undo(); // back to 20 pupils in the locked period: refused
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).text, QStringLiteral("Edit “Open physics lab”"));
        QCOMPARE(refused.at(0).undoing, true);
        QVERIFY(refused.at(0).reason.contains(QStringLiteral("“Period 1”")));
        QVERIFY(eventRepository.errorMessage().contains(QStringLiteral("“Period 1”")));

        // The refused step has left the history; the table and the database agree on 25, and
        // what is left of the history still works.
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(stack.redoText(), QStringLiteral("Add “Spring lab”"));
        QCOMPARE(events.event(held.id)->figure(Figure::Pupils), std::optional<int>(25));
        QCOMPARE(EventRepository(db()).find(held.id).value()->figure(Figure::Pupils),
                 std::optional<int>(25));
        stack.redo();
        QCOMPARE(events.rowCount(), 2);
        QCOMPARE(refused.count(), 1);

        // An edit the lock refuses in the first place never reaches the history.
        Event earlier = makeEvent(m_clusterId, QStringLiteral("Winter lab"), QDate(2021, 2, 1),
                                  EventStatus::Held, 15);
        earlier.assignMissingIds();
        QVERIFY(EventChangeCommand::execute(&stack, EventChangeCommand::add(&eventStore, earlier),
                                            &error));
        Event intoPeriod = earlier;
        intoPeriod.startDate = QDate(2020, 12, 1);
        QVERIFY(!EventChangeCommand::execute(
            &stack, EventChangeCommand::edit(&eventStore, earlier, intoPeriod), &error));
        QVERIFY(error.contains(QStringLiteral("“Winter lab”")));
        QCOMPARE(stack.count(), 2);

        // A redo the lock refuses goes the way of a refused undo.
        Partner member =
            makePartner(m_clusterId, QStringLiteral("Liceo Galilei"), QDate(2021, 5, 1));
        member.assignMissingIds();
        QVERIFY(PartnerChangeCommand::execute(
            &stack,
            PartnerChangeCommand::add(&partnerStore, {member},
                                      [] { return QStringLiteral("Add"); }),
            &error));
        stack.undo();
        QCOMPARE(partners.rowCount(), 0);
        // Meanwhile someone corrects the lock: the period now runs to the partner's joining.
        ReportingPeriodRepository repository(db());
        ReportingPeriod period = repository.named(QStringLiteral("Period 1")).value().constFirst();
        period.locked = false;
        QVERIFY(repository.save(period));
        period.end = QDate(2021, 6, 30);
        period.locked = true;
        QVERIFY(repository.save(period));
        stack.redo();
        QCOMPARE(partnerRefused.count(), 1);
        QCOMPARE(partnerRefused.at(0).undoing, false);
        QCOMPARE(partners.rowCount(), 0);
        QVERIFY(!PartnerRepository(db()).find(member.id).value());
        QVERIFY(!stack.canRedo());
    }

    void importsNameTheRowsALockedPeriodRefuses()
    {
        PartnerRepository partners(db());
        QList<Partner> existing{
            makePartner(m_clusterId, QStringLiteral("Liceo Galilei"), QDate(2019, 11, 4))};
        QVERIFY(partners.saveAll(existing));
        lockPeriod();

        QString error;
        const CsvTable eventTable =
            *CsvReader::parse("title,kind,start,status,pupils\n"
                              "Held in the period,lab,2020-03-10,held,25\n"
                              "Planned in the period,lab,2020-03-11,planned,\n"
                              "Held after it,lab,2021-01-01,held,30\n"
                              "Held on its last day,lab,2020-12-31 18:00,held,\n",
                              &error);
        const EventImportPlan events =
            EventCsv::plan(eventTable, ClusterRepository(db()), partners, EventRepository(db()),
                           QStringLiteral("Trieste LEC"));
        QCOMPARE(events.validCount(), 2);
        QCOMPARE(events.rows.at(0).errors.size(), 1);
        QCOMPARE(events.rows.at(0).errors.at(0).line, 2);
        QCOMPARE(events.rows.at(0).errors.at(0).column, QStringLiteral("start"));
        QVERIFY(events.rows.at(0).errors.at(0).message.startsWith(
            QStringLiteral("“Held in the period” counts towards the reporting period “Period "
                           "1”")));
        QVERIFY(events.rows.at(1).isValid());
        QVERIFY(events.rows.at(2).isValid());
        QCOMPARE(events.rows.at(3).errors.size(), 1); // held, even with no figure recorded
        QVERIFY(!events.canImport(false));
        QVERIFY(events.canImport(true));
        QList<Event> valid = events.validEvents();
        QVERIFY2(EventRepository(db()).saveAll(valid),
                 qPrintable(EventRepository(db()).errorMessage()));

        const CsvTable partnerTable = *CsvReader::parse("name,type,joined_on\n"
                                                        "Scuola Tardiva,school,2020-05-01\n"
                                                        "Scuola Nuova,school,2021-02-01\n"
                                                        "Museo Senza Data,museum,\n",
                                                        &error);
        const PartnerImportPlan plan = PartnerCsv::plan(partnerTable, ClusterRepository(db()),
                                                        partners, QStringLiteral("Trieste LEC"));
        QCOMPARE(plan.validCount(), 1);
        QCOMPARE(plan.rows.at(0).errors.size(), 1);
        QCOMPARE(plan.rows.at(0).errors.at(0).column, QStringLiteral("joined_on"));
        QVERIFY(plan.rows.at(1).isValid());
        QCOMPARE(plan.rows.at(2).errors.size(), 1);
        QVERIFY2(plan.rows.at(2).errors.at(0).message.endsWith(
                     QStringLiteral("Without a joined-on date a partner counts as a member in "
                                    "every period; give the date it joined.")),
                 qPrintable(plan.rows.at(2).errors.at(0).message));
        QList<Partner> validPartners = plan.validPartners();
        QVERIFY(partners.saveAll(validPartners));
    }

    void workspaceFollowsTheClusterAndCountsPeriodEdits()
    {
        ReportingPeriodRepository repository(db());
        ReportingPeriod vienna =
            makePeriod(m_otherClusterId, QStringLiteral("Periode 1"), periodStart, periodEnd);
        QVERIFY(repository.save(vienna));
        Workspace workspace(db());
        QSignalSpy records(&workspace, &Workspace::recordsChanged);
        workspace.setCurrentClusterId(m_clusterId);
        QCOMPARE(workspace.periods()->rowCount(), 0);
        workspace.setCurrentClusterId(m_otherClusterId);
        QCOMPARE(workspace.periods()->rowCount(), 1);
        QCOMPARE(workspace.periods()->periodAt(0).name, QStringLiteral("Periode 1"));
        records.clear();

        QString error;
        QVERIFY(ReportingPeriodChangeCommand::execute(
            workspace.undoStack(),
            ReportingPeriodChangeCommand::setLocked(workspace.periodStore(), vienna, true),
            &error));
        QCOMPARE(records.count(), 1); // targets and locks are part of what a KPI view shows
        QVERIFY(!workspace.periodLock().value().isEmpty());
        workspace.undoStack()->undo();
        QCOMPARE(records.count(), 2);
        QVERIFY(workspace.periodLock().value().isEmpty());

        // A refused undo reaches the workspace's one signal.
        Event held = makeEvent(m_otherClusterId, QStringLiteral("Labor"), QDate(2020, 3, 4),
                               EventStatus::Held, 20);
        held.assignMissingIds();
        QVERIFY(EventChangeCommand::execute(
            workspace.undoStack(), EventChangeCommand::add(workspace.eventStore(), held), &error));
        ReportingPeriod locked = vienna;
        locked.locked = true;
        QVERIFY(repository.save(locked));
        QSignalSpy refused(&workspace, &Workspace::historyStepRefused);
        workspace.undoStack()->undo();
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("Add “Labor”"));
        QCOMPARE(workspace.events()->rowCount(), 1);
    }

private:
    QSqlDatabase db() const { return m_temp->database().connection(); }

    // Period 1 of the Trieste cluster, locked.
    void lockPeriod()
    {
        ReportingPeriodRepository repository(db());
        ReportingPeriod period =
            makePeriod(m_clusterId, QStringLiteral("Period 1"), periodStart, periodEnd);
        period.locked = true;
        QVERIFY2(repository.save(period), qPrintable(repository.errorMessage()));
    }

    // The deleted flags of the target rows of a period and KPI (one row, however often set).
    QList<int> targetRows(const QString &periodId, const QString &kpi) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT deleted FROM kpi_targets WHERE period_id = ? AND"
                                     " kpi = ?"));
        query.addBindValue(periodId);
        query.addBindValue(kpi);
        QList<int> rows;
        if (query.exec()) {
            while (query.next())
                rows.append(query.value(0).toInt());
        }
        return rows;
    }

    QString targetRowId(const QString &periodId, const QString &kpi) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT id FROM kpi_targets WHERE period_id = ? AND kpi = ?"));
        query.addBindValue(periodId);
        query.addBindValue(kpi);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    int liveTargetCount(const QString &periodId) const
    {
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("SELECT count(*) FROM kpi_targets WHERE period_id = ? AND deleted = 0"));
        query.addBindValue(periodId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    QString m_clusterId;
    QString m_otherClusterId;
};

QTEST_GUILESS_MAIN(TestReportingPeriods)
#include "tst_reportingperiods.moc"
