#include "models/kpi/KpiCalculator.h"
#include "models/kpi/KpiJson.h"
#include "models/kpi/KpiTable.h"
#include "models/kpi/KpiXlsx.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/Database.h"
#include "tests/support/KpiFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace TestSupport;

namespace {

using Reach = std::array<qint64, figureCount>;
using ByType = std::array<qint64, partnerTypeCount>;
using ByKind = std::array<qint64, eventKindCount>;

// Counts by type in the order of PartnerType: school, university, research centre, museum,
// business, nonprofit, local authority, government, other.
KpiValues values(ByType byType, Reach reach, ByKind byKind)
{
    KpiValues v;
    v.institutionsByType = byType;
    v.reach = reach;
    v.eventsByKind = byKind;
    return v;
}

// Hand-computed from the list in KpiFixture.h. Reach in the order of Figure: pupils, teachers,
// parents, researchers, teacher trainees, others. Kinds: event, course, workshop, lab, visit,
// webinar, meeting, training.
const KpiValues triestePeriod2 =
    values({2, 0, 1, 1, 0, 1, 1, 0, 0}, {105, 22, 20, 3, 10, 7}, {1, 0, 1, 1, 0, 0, 1, 1});
const KpiValues goriziaPeriod2 =
    values({1, 0, 0, 0, 0, 0, 0, 1, 1}, {75, 4, 0, 3, 0, 0}, {0, 0, 0, 1, 1, 0, 0, 0});
// Trieste + Gorizia + Udine's one school; the deleted Old Cluster counts nowhere.
const KpiValues allPeriod2 =
    values({4, 0, 1, 1, 0, 1, 1, 1, 1}, {180, 26, 20, 6, 10, 7}, {1, 0, 1, 2, 1, 0, 1, 1});

QStringList partnerNames(const QList<Partner> &partners)
{
    QStringList names;
    for (const Partner &partner : partners)
        names.append(partner.name);
    return names;
}

QStringList eventTitles(const QList<Event> &events)
{
    QStringList titles;
    for (const Event &event : events)
        titles.append(event.titleEn);
    return titles;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKpi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_db;

    KpiCalculator calculator() const { return KpiCalculator(m_db->database().connection()); }

    KpiScope scope(const QString &cluster, const QString &period, QDate from = {},
                   QDate to = {}) const
    {
        const KpiCalculator kpis = calculator();
        const std::optional<KpiScope> found = kpis.resolveScope(cluster, period, from, to);
        if (!found)
            qWarning("%s", qPrintable(kpis.errorMessage()));
        return found.value_or(KpiScope());
    }

    KpiSnapshot snapshot(const QString &cluster, const QString &period) const
    {
        const Result<KpiSnapshot> read = calculator().snapshot(scope(cluster, period));
        return read ? *read : KpiSnapshot();
    }

private Q_SLOTS:
    void initTestCase() { isolateUserFolders(); }

    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorMessage()));
        const QString error = KpiFixture::build(m_db->database());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void resolvesNamedPeriods()
    {
        const KpiScope trieste = scope(KpiFixture::trieste, KpiFixture::period);
        QCOMPARE(trieste.clusterName, KpiFixture::trieste);
        QVERIFY(!trieste.clusterId.isEmpty());
        QCOMPARE(trieste.periodName, KpiFixture::period);
        QCOMPARE(trieste.from, QDate(2021, 3, 1));
        QCOMPARE(trieste.to, QDate(2021, 8, 31));

        // Names as people type them; the scope carries the stored spelling.
        const KpiScope typed = scope(QStringLiteral("trieste"), QStringLiteral("PERIOD 2"));
        QCOMPARE(typed, trieste);

        // Every cluster: the deleted Old Cluster's "Period 2" has other dates, and is ignored.
        const KpiScope all = scope(QString(), KpiFixture::period);
        QVERIFY(all.isAll());
        QCOMPARE(all.periodName, KpiFixture::period);
        QCOMPARE(all.from, QDate(2021, 3, 1));
        QCOMPARE(all.to, QDate(2021, 8, 31));

        // "Year 1" differs between the clusters, but one cluster alone has one meaning.
        QCOMPARE(scope(KpiFixture::gorizia, KpiFixture::year).to, QDate(2021, 12, 30));

        const KpiScope range =
            scope(KpiFixture::gorizia, QString(), QDate(2021, 1, 1), QDate(2021, 1, 1));
        QVERIFY(range.periodName.isEmpty());
        QCOMPARE(range.from, range.to);
    }

    void refusesScopes_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("unknown cluster")
            << QStringLiteral("Nowhere") << QString() << QDate(2021, 1, 1) << QDate(2021, 2, 1)
            << QStringList{QStringLiteral("Nowhere")};
        QTest::newRow("deleted cluster") << KpiFixture::oldCluster << KpiFixture::period << QDate()
                                         << QDate() << QStringList{KpiFixture::oldCluster};
        QTest::newRow("unknown period of a cluster")
            << KpiFixture::trieste << QStringLiteral("Period 9") << QDate() << QDate()
            << QStringList{QStringLiteral("Period 9"), KpiFixture::trieste};
        QTest::newRow("period of another cluster")
            << KpiFixture::udine << KpiFixture::period << QDate() << QDate()
            << QStringList{KpiFixture::period, KpiFixture::udine};
        QTest::newRow("unknown period anywhere")
            << QString() << QStringLiteral("Period 9") << QDate() << QDate()
            << QStringList{QStringLiteral("Period 9")};
        QTest::newRow("period with different dates")
            << QString() << KpiFixture::year << QDate() << QDate()
            << QStringList{KpiFixture::year, QStringLiteral("31/12/2021"),
                           QStringLiteral("30/12/2021")};
        QTest::newRow("to before from")
            << KpiFixture::trieste << QString() << QDate(2021, 5, 2) << QDate(2021, 5, 1)
            << QStringList{QStringLiteral("02/05/2021"), QStringLiteral("01/05/2021")};
        QTest::newRow("no period and no dates")
            << KpiFixture::trieste << QString() << QDate() << QDate() << QStringList();
        QTest::newRow("only a first day")
            << QString() << QString() << QDate(2021, 5, 1) << QDate() << QStringList();
    }
    void refusesScopes()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, period);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, mentions);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const KpiCalculator kpis = calculator();
        QVERIFY(!kpis.resolveScope(cluster, period, from, to));
        QVERIFY(!kpis.errorMessage().isEmpty());
        for (const QString &mention : mentions)
            QVERIFY2(kpis.errorMessage().contains(mention), qPrintable(kpis.errorMessage()));
    }

    void computesOneCluster()
    {
        const KpiCalculator kpis = calculator();
        QCOMPARE(kpis.compute(scope(KpiFixture::trieste, KpiFixture::period)).value(),
                 triestePeriod2);
        QCOMPARE(kpis.compute(scope(KpiFixture::gorizia, KpiFixture::period)).value(),
                 goriziaPeriod2);

        const KpiValues t = triestePeriod2;
        QCOMPARE(t.institutions(), 6);
        QCOMPARE(t.eventsHeld(), 5);
        QCOMPARE(t.reached(Figure::Pupils), 105);
        QVERIFY(!t.isEmpty());

        // A cluster with a member and no events; and a day on which nothing happened.
        const KpiValues udine = kpis.compute(scope(KpiFixture::udine, QString(),
                                                   KpiFixture::periodStart, KpiFixture::periodEnd))
                                    .value();
        QCOMPARE(udine.institutions(), 1);
        QCOMPARE(udine.eventsHeld(), 0);
        QCOMPARE(udine.reach, Reach{});
        QVERIFY(!udine.isEmpty());
        const KpiValues quietDay = kpis.compute(scope(KpiFixture::trieste, QString(),
                                                      QDate(2023, 2, 1), QDate(2023, 2, 1)))
                                       .value();
        // Only the members without a leaving date are left: no school left, no event.
        QCOMPARE(quietDay, values({2, 0, 0, 0, 1, 1, 0, 0, 0}, {}, {}));
    }

    void singleDayBoundaries()
    {
        // The first day of the period alone: the museum that left that day still counts, and so
        // does the workshop of that day; the course that began before and ran on does not.
        const KpiValues firstDay = calculator()
                                       .compute(scope(KpiFixture::trieste, QString(),
                                                      QDate(2021, 3, 1), QDate(2021, 3, 1)))
                                       .value();
        QCOMPARE(firstDay.institutions(PartnerType::Museum), 1);
        QCOMPARE(firstDay.institutions(PartnerType::School), 0); // both join later
        QCOMPARE(firstDay.eventsHeld(), 1);
        QCOMPARE(firstDay.eventsHeld(EventKind::Workshop), 1);
        QCOMPARE(firstDay.eventsHeld(EventKind::Course), 0);
        QCOMPARE(firstDay.reached(Figure::Pupils), 25);
    }

    void rollsUpEveryLiveCluster()
    {
        const KpiCalculator kpis = calculator();
        const KpiValues all = kpis.compute(scope(QString(), KpiFixture::period)).value();
        QCOMPARE(all, allPeriod2);
        QCOMPARE(all.institutions(), 10);
        QCOMPARE(all.eventsHeld(), 7);

        // The roll-up is the sum of the live clusters.
        const KpiValues udine = kpis.compute(scope(KpiFixture::udine, QString(),
                                                   KpiFixture::periodStart, KpiFixture::periodEnd))
                                    .value();
        for (std::size_t i = 0; i < std::size_t(partnerTypeCount); ++i)
            QCOMPARE(all.institutionsByType[i], triestePeriod2.institutionsByType[i] +
                                                    goriziaPeriod2.institutionsByType[i] +
                                                    udine.institutionsByType[i]);
        for (std::size_t i = 0; i < std::size_t(figureCount); ++i)
            QCOMPARE(all.reach[i], triestePeriod2.reach[i] + goriziaPeriod2.reach[i]);
        for (std::size_t i = 0; i < std::size_t(eventKindCount); ++i)
            QCOMPARE(all.eventsByKind[i],
                     triestePeriod2.eventsByKind[i] + goriziaPeriod2.eventsByKind[i]);
    }

    void reachByMonth()
    {
        const KpiCalculator kpis = calculator();
        const QList<MonthlyReach> trieste =
            kpis.reachByMonth(scope(KpiFixture::trieste, KpiFixture::period)).value();
        QCOMPARE(trieste.size(), 6);
        const QList<Reach> expected{
            {25, 2, 0, 1, 0, 0},  // March: the workshop of the first day
            {50, 5, 20, 2, 4, 7}, // April: the family science day
            {0, 12, 0, 0, 6, 0},  // May: the teacher training
            {},                   // June: a meeting without figures
            {},                   // July: nothing
            {30, 3, 0, 0, 0, 0},  // August: the lab of the last day
        };
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(trieste.at(i).month, QDate(2021, 3 + i, 1));
            QCOMPARE(trieste.at(i).reach, expected.at(i));
        }

        const QList<MonthlyReach> all =
            kpis.reachByMonth(scope(QString(), KpiFixture::period)).value();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.at(0).reach, (Reach{85, 6, 0, 1, 0, 0}));
        QCOMPARE(all.at(4).reach, (Reach{15, 0, 0, 3, 0, 0}));
        // Month by month adds up to the period.
        Reach total{};
        for (const MonthlyReach &month : all) {
            for (std::size_t i = 0; i < total.size(); ++i)
                total[i] += month.reach[i];
        }
        QCOMPARE(total, allPeriod2.reach);

        // A range that starts and ends within months still lists them: the workshop of 1 March
        // and the training of 25 May lie outside it.
        const QList<MonthlyReach> partial =
            kpis.reachByMonth(
                    scope(KpiFixture::trieste, QString(), QDate(2021, 3, 10), QDate(2021, 5, 24)))
                .value();
        QCOMPARE(partial.size(), 3);
        QCOMPARE(partial.at(0).month, QDate(2021, 3, 1));
        QCOMPARE(partial.at(0).reach, Reach{});
        QCOMPARE(partial.at(1).reach, (Reach{50, 5, 20, 2, 4, 7}));
        QCOMPARE(partial.at(2).month, QDate(2021, 5, 1));
        QCOMPARE(partial.at(2).reach, Reach{});

        // Across a year's end.
        const QList<MonthlyReach> winter =
            kpis.reachByMonth(
                    scope(KpiFixture::trieste, QString(), QDate(2020, 12, 31), QDate(2021, 1, 1)))
                .value();
        QCOMPARE(winter.size(), 2);
        QCOMPARE(winter.at(1).month, QDate(2021, 1, 1));
    }

    void targetsAndProgress()
    {
        const KpiSnapshot trieste = snapshot(KpiFixture::trieste, KpiFixture::period);
        QCOMPARE(trieste.values, triestePeriod2);
        QCOMPARE(trieste.targets, (QMap<QString, double>{{QStringLiteral("institutions"), 10},
                                                         {QStringLiteral("pupils"), 200},
                                                         {QStringLiteral("events_held"), 4}}));
        QCOMPARE(trieste.months.size(), 6);
        QCOMPARE(trieste.progress(*KpiCatalogue::find(QStringLiteral("institutions"))), 0.6);
        QCOMPARE(trieste.progress(*KpiCatalogue::find(QStringLiteral("pupils"))), 0.525);
        QCOMPARE(trieste.progress(*KpiCatalogue::find(QStringLiteral("events_held"))), 1.25);
        QVERIFY(!trieste.progress(*KpiCatalogue::find(QStringLiteral("teachers"))));

        // Every cluster: Trieste's and Gorizia's targets summed; not the deleted cluster's.
        const KpiSnapshot all = snapshot(QString(), KpiFixture::period);
        QCOMPARE(all.targets, (QMap<QString, double>{{QStringLiteral("institutions"), 15},
                                                     {QStringLiteral("pupils"), 300.5},
                                                     {QStringLiteral("teachers"), 10},
                                                     {QStringLiteral("events_held"), 4}}));
        // Progress compares like with like: the teachers of Gorizia, the one cluster with a
        // teachers target, not the 26 of every cluster (which would make it 260%).
        QCOMPARE(all.progress(*KpiCatalogue::find(QStringLiteral("teachers"))), 0.4);

        // A free date range has no targets, even when it has a period's dates.
        const KpiSnapshot range =
            calculator()
                .snapshot(scope(KpiFixture::trieste, QString(), KpiFixture::periodStart,
                                KpiFixture::periodEnd))
                .value();
        QVERIFY(range.targets.isEmpty());
        QCOMPARE(range.values, triestePeriod2);
    }

    // A roll-up's target set by only some clusters: the actual stays that of every cluster, but
    // progress is that of the clusters that set the target, and the note says so.
    void rollUpTargetsCompareLikeWithLike()
    {
        const KpiDefinition &institutions = *KpiCatalogue::find(QStringLiteral("institutions"));
        const KpiDefinition &pupils = *KpiCatalogue::find(QStringLiteral("pupils"));
        const KpiDefinition &teachers = *KpiCatalogue::find(QStringLiteral("teachers"));
        const KpiDefinition &held = *KpiCatalogue::find(QStringLiteral("events_held"));
        const KpiDefinition &parents = *KpiCatalogue::find(QStringLiteral("parents"));

        KpiSnapshot all = snapshot(QString(), KpiFixture::period);
        QCOMPARE(all.values, allPeriod2);
        QCOMPARE(all.clusterCount, 3); // Trieste, Gorizia, Udine; not the deleted Old Cluster
        // Trieste and Gorizia set institutions and pupils; only Gorizia teachers; only Trieste
        // events held. Udine has no Period 2 at all.
        QCOMPARE(all.partialTargets,
                 (QMap<QString, KpiTargetCoverage>{{QStringLiteral("institutions"), {2, 6 + 3}},
                                                   {QStringLiteral("pupils"), {2, 105 + 75}},
                                                   {QStringLiteral("teachers"), {1, 4}},
                                                   {QStringLiteral("events_held"), {1, 5}}}));
        QCOMPARE(all.targetClusterCount(QStringLiteral("teachers")), 1);
        QCOMPARE(all.targetClusterCount(QStringLiteral("parents")), 0);
        QCOMPARE(institutions.value(all.values), 10); // Udine's school counts in the actual
        QCOMPARE(all.actualForTarget(institutions), 9);
        QCOMPARE(all.progress(institutions), 0.6);
        QCOMPARE(all.progress(pupils), 180 / 300.5);
        QCOMPARE(all.progress(teachers), 0.4);
        QCOMPARE(all.progress(held), 1.25);
        QVERIFY(!all.progress(parents));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(all.targetNote(teachers, english),
                 QStringLiteral("Target set by 1 of 3 clusters; progress counts those clusters "
                                "only: 4 of the target of 10."));
        QVERIFY(all.targetNote(pupils, english)
                    .contains(QLatin1String("180 of the target of "
                                            "300.5")));
        QVERIFY(all.targetNote(parents, english).isEmpty());

        // One cluster: its own targets, nothing partial, no note.
        const KpiSnapshot trieste = snapshot(KpiFixture::trieste, KpiFixture::period);
        QCOMPARE(trieste.clusterCount, 1);
        QVERIFY(trieste.partialTargets.isEmpty());
        QCOMPARE(trieste.targetClusterCount(QStringLiteral("pupils")), 1);
        QVERIFY(trieste.targetNote(pupils).isEmpty());

        // The table marks the progress of the partial targets and explains each after the KPIs.
        QLocale::setDefault(english);
        const KpiTable table(all);
        QCOMPARE(table.rows().at(2).progress, 0.4);
        QCOMPARE(table.rows().at(2).note, all.targetNote(teachers));
        QVERIFY(table.rows().at(3).note.isEmpty());
        const QStringList lines = table.toText().split(QLatin1Char('\n'));
        QVERIFY2(lines.at(5).endsWith(QLatin1String("26      10    40.0%*")),
                 qPrintable(lines.at(5)));
        QVERIFY2(lines.at(6).endsWith(QLatin1String("    20")), qPrintable(lines.at(6)));
        // The percentages line up, marked or not.
        QCOMPARE(lines.at(3).indexOf(QLatin1String("60.0%")),
                 lines.at(5).indexOf(QLatin1String("40.0%")));
        QVERIFY(lines.contains(QStringLiteral("* Teachers reached: ") + all.targetNote(teachers)));
        const qsizetype notes = lines.indexOf(QStringLiteral("* Institutions involved: ") +
                                              all.targetNote(institutions));
        QCOMPARE(notes, 3 + KpiCatalogue::all().size() + 1); // after the KPIs and a blank line
        QVERIFY(lines.at(notes - 1).isEmpty());
        QVERIFY(!table.toText().contains(QLatin1String("* Parents")));
        const QByteArray csv = table.toCsv(CsvDialect::English);
        QVERIFY2(
            csv.contains("\r\nteachers,Teachers reached,26,10,0.4,Target set by 1 of 3 clusters; "
                         "progress counts those clusters only: 4 of the target of 10.\r\n"),
            csv.constData());
        QVERIFY(csv.contains("\r\nparents,Parents reached,20,,,\r\n"));

        // Udine sets pupils and institutions targets too: those now cover every cluster, so
        // their progress is that of every cluster and they have no note.
        QSqlQuery query(m_db->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM clusters WHERE name = 'Udine'")));
        QVERIFY(query.next());
        ReportingPeriod udine;
        udine.clusterId = query.value(0).toString();
        udine.name = KpiFixture::period;
        udine.start = KpiFixture::periodStart;
        udine.end = KpiFixture::periodEnd;
        udine.targets = {{QStringLiteral("pupils"), 49.5}, {QStringLiteral("institutions"), 5}};
        ReportingPeriodRepository periods(m_db->database().connection());
        QVERIFY2(periods.save(udine), qPrintable(periods.errorMessage()));
        all = snapshot(QString(), KpiFixture::period);
        QCOMPARE(all.target(QStringLiteral("pupils")), 350.0);
        QVERIFY(!all.isPartialTarget(QStringLiteral("pupils")));
        QCOMPARE(all.targetClusterCount(QStringLiteral("pupils")), 3);
        QCOMPARE(all.progress(pupils), 180 / 350.0);
        QCOMPARE(all.progress(institutions), 10 / 20.0);
        QVERIFY(all.targetNote(pupils).isEmpty());
        QCOMPARE(all.partialTargets.keys(),
                 (QStringList{QStringLiteral("events_held"), QStringLiteral("teachers")}));

        // JSON: how many clusters, and for each target how many set it and what they reached.
        const QJsonObject json = KpiJson::toJson(all);
        QCOMPARE(json.value(QStringLiteral("clusters")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("target_clusters")).toObject(),
                 (QJsonObject{{QStringLiteral("events_held"), 1},
                              {QStringLiteral("institutions"), 3},
                              {QStringLiteral("pupils"), 3},
                              {QStringLiteral("teachers"), 1}}));
        QCOMPARE(json.value(QStringLiteral("actual_in_target_clusters")).toObject(),
                 (QJsonObject{{QStringLiteral("events_held"), 5},
                              {QStringLiteral("institutions"), 10},
                              {QStringLiteral("pupils"), 180},
                              {QStringLiteral("teachers"), 4}}));
    }

    void drillDownMatchesTheCounts()
    {
        const KpiCalculator kpis = calculator();
        const KpiScope trieste = scope(KpiFixture::trieste, KpiFixture::period);
        QCOMPARE(partnerNames(kpis.institutions(trieste).value()),
                 (QStringList{QStringLiteral("Association No Dates"),
                              QStringLiteral("IC Joined Mid-Period"),
                              QStringLiteral("Municipality Left During"),
                              QStringLiteral("Museum Left First Day"),
                              QStringLiteral("Research Centre Member"),
                              QStringLiteral("School Joined Last Day")}));
        QCOMPARE(partnerNames(kpis.institutions(trieste, PartnerType::School).value()),
                 (QStringList{QStringLiteral("IC Joined Mid-Period"),
                              QStringLiteral("School Joined Last Day")}));
        QCOMPARE(
            eventTitles(kpis.eventsHeld(trieste).value()),
            (QStringList{QStringLiteral("Workshop First Day"), QStringLiteral("Family Science Day"),
                         QStringLiteral("Teacher Training"), QStringLiteral("Meeting No Figures"),
                         QStringLiteral("Lab Last Day")}));
        const KpiScope all = scope(QString(), KpiFixture::period);
        QCOMPARE(eventTitles(kpis.eventsHeld(all, EventKind::Lab).value()),
                 (QStringList{QStringLiteral("Gorizia Lab"), QStringLiteral("Lab Last Day")}));

        // Every number of every scope has exactly its rows behind it, and the figures of the
        // listed events add up to the reach.
        for (const KpiScope &kpiScope : {trieste, all}) {
            const KpiValues values = kpis.compute(kpiScope).value();
            QCOMPARE(qint64(kpis.institutions(kpiScope).value().size()), values.institutions());
            for (PartnerType type : PartnerVocabulary::types())
                QCOMPARE(qint64(kpis.institutions(kpiScope, type).value().size()),
                         values.institutions(type));
            const QList<Event> held = kpis.eventsHeld(kpiScope).value();
            QCOMPARE(qint64(held.size()), values.eventsHeld());
            for (EventKind kind : EventVocabulary::kinds())
                QCOMPARE(qint64(kpis.eventsHeld(kpiScope, kind).value().size()),
                         values.eventsHeld(kind));
            for (Figure figure : EventVocabulary::figures()) {
                const qint64 sum = std::accumulate(held.cbegin(), held.cend(), qint64(0),
                                                   [figure](qint64 total, const Event &e) {
                                                       return total + e.figure(figure).value_or(0);
                                                   });
                QCOMPARE(sum, values.reached(figure));
            }
        }
    }

    // A newer version may write a type or kind this one does not know: it is counted under
    // "other" or "event", and listed there.
    void unknownKeysCountUnderTheCatchAll()
    {
        QSqlQuery query(m_db->database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE partners SET type = 'planetarium' WHERE name ="
                                          " 'Association No Dates'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE events SET kind = 'hackathon' WHERE title_en ="
                                          " 'Lab Last Day'")));
        const KpiCalculator kpis = calculator();
        const KpiScope trieste = scope(KpiFixture::trieste, KpiFixture::period);
        const KpiValues values = kpis.compute(trieste).value();
        QCOMPARE(values.institutions(PartnerType::Other), 1);
        QCOMPARE(values.institutions(PartnerType::NonProfit), 0);
        QCOMPARE(values.eventsHeld(EventKind::Event), 2);
        QCOMPARE(values.eventsHeld(EventKind::Lab), 0);
        QCOMPARE(partnerNames(kpis.institutions(trieste, PartnerType::Other).value()),
                 QStringList{QStringLiteral("Association No Dates")});
        QCOMPARE(
            eventTitles(kpis.eventsHeld(trieste, EventKind::Event).value()),
            (QStringList{QStringLiteral("Family Science Day"), QStringLiteral("Lab Last Day")}));
    }

    void tableRows()
    {
        const KpiTable table(snapshot(KpiFixture::trieste, KpiFixture::period));
        QStringList keys;
        for (const KpiTable::Row &row : table.rows())
            keys.append(row.key);
        QCOMPARE(keys, KpiCatalogue::keys());
        QCOMPARE(table.rows().at(0).label, QStringLiteral("Institutions involved"));
        QCOMPARE(table.rows().at(0).actual, 6);
        QCOMPARE(table.rows().at(0).target, 10.0);
        QCOMPARE(table.rows().at(0).progress, 0.6);
        QCOMPARE(table.rows().at(2).key, QStringLiteral("teachers"));
        QVERIFY(!table.rows().at(2).target);
        QVERIFY(!table.rows().at(2).progress);

        QCOMPARE(table.breakdowns().size(), 2);
        QCOMPARE(table.breakdowns().at(0).rows.size(), partnerTypeCount);
        QCOMPARE(table.breakdowns().at(1).rows.size(), eventKindCount);
        QCOMPARE(table.breakdowns().at(1).rows.at(3).key,
                 QStringLiteral("events_held.by_kind.lab"));
        QCOMPARE(table.breakdowns().at(1).rows.at(3).actual, 1);

        QCOMPARE(table.scopeName(), KpiFixture::trieste);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(table.title(), QStringLiteral("Trieste · Period 2 (01/03/2021 – 31/08/2021)"));
        const KpiTable all(
            calculator()
                .snapshot(scope(QString(), QString(), QDate(2021, 1, 1), QDate(2021, 1, 31)))
                .value());
        QCOMPARE(all.title(), QStringLiteral("All clusters · 01/01/2021 – 31/01/2021"));
    }

    void tableCsv()
    {
        const KpiTable table(snapshot(KpiFixture::trieste, KpiFixture::period));
        const QByteArray expected =
            "key,KPI,Actual,Target,Progress,Note\r\n"
            "institutions,Institutions involved,6,10,0.6,\r\n"
            "pupils,Pupils reached,105,200,0.525,\r\n"
            "teachers,Teachers reached,22,,,\r\n"
            "parents,Parents reached,20,,,\r\n"
            "researchers,Researchers reached,3,,,\r\n"
            "teacher_trainees,Teacher-training students reached,10,,,\r\n"
            "others,Others reached,7,,,\r\n"
            "events_held,Events held,5,4,1.25,\r\n"
            "institutions.by_type.school,School,2,,,\r\n"
            "institutions.by_type.university,University,0,,,\r\n"
            "institutions.by_type.research_centre,Research centre,1,,,\r\n"
            "institutions.by_type.museum,Museum or science centre,1,,,\r\n"
            "institutions.by_type.business,Business/industry,0,,,\r\n"
            "institutions.by_type.nonprofit,Non-profit or association,1,,,\r\n"
            "institutions.by_type.local_authority,Local authority,1,,,\r\n"
            "institutions.by_type.government,Governmental institution,0,,,\r\n"
            "institutions.by_type.other,Other,0,,,\r\n"
            "events_held.by_kind.event,Event,1,,,\r\n"
            "events_held.by_kind.course,Academy course,0,,,\r\n"
            "events_held.by_kind.workshop,Workshop,1,,,\r\n"
            "events_held.by_kind.lab,Lab,1,,,\r\n"
            "events_held.by_kind.visit,Visit,0,,,\r\n"
            "events_held.by_kind.webinar,Webinar,0,,,\r\n"
            "events_held.by_kind.meeting,Meeting,1,,,\r\n"
            "events_held.by_kind.training,Training,1,,,\r\n";
        QCOMPARE(table.toCsv(CsvDialect::English), expected);

        // Every cluster, Italian dialect: semicolons, decimal commas, no grouping, the
        // byte-order mark; progress, over the clusters that set the target, rounded to four
        // decimals (9 / 15, 180 / 300.5, 4 / 10), and the note that says so.
        const QByteArray italian =
            KpiTable(snapshot(QString(), KpiFixture::period)).toCsv(CsvDialect::Italian);
        QVERIFY(italian.startsWith("\xEF\xBB\xBFkey;KPI;"));
        QVERIFY2(italian.contains("\r\ninstitutions;Institutions involved;10;15;0,6;\"Target set "
                                  "by 2 of 3 clusters;"),
                 italian.constData());
        QVERIFY(italian.contains("\r\npupils;Pupils reached;180;300,5;0,599;\""));
        QVERIFY(italian.contains("\r\nteachers;Teachers reached;26;10;0,4;\""));
        QVERIFY(italian.contains("\r\nparents;Parents reached;20;;;\r\n"));

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("kpi.csv"));
        QString error;
        QVERIFY2(table.writeCsv(path, CsvDialect::English, &error), qPrintable(error));
        QCOMPARE(fileBytes(path), expected);
    }

    void tableText()
    {
        // Numbers as the locale writes them: grouping and decimal comma in Italian.
        KpiSnapshot big;
        big.scope.clusterId = QStringLiteral("x");
        big.scope.clusterName = QStringLiteral("Trieste Education Cluster");
        big.scope.from = QDate(2021, 1, 1);
        big.scope.to = QDate(2022, 9, 30);
        big.values.reach[std::size_t(Figure::Pupils)] = 12345;
        big.values.institutionsByType[std::size_t(PartnerType::School)] = 414;
        big.targets.insert(QStringLiteral("pupils"), 20000);
        big.targets.insert(QStringLiteral("institutions"), 600);
        const KpiTable table(big);
        QCOMPARE(KpiTable::cellText(table.rows().at(1), KpiTable::Actual,
                                    QLocale(QLocale::Italian, QLocale::Italy)),
                 QStringLiteral("12.345"));
        QCOMPARE(KpiTable::cellText(table.rows().at(1), KpiTable::Progress,
                                    QLocale(QLocale::Italian, QLocale::Italy)),
                 QStringLiteral("61,7%"));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QStringList lines = table.toText().split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0),
                 QStringLiteral("Trieste Education Cluster · 01/01/2021 – 30/09/2022"));
        QVERIFY(lines.at(1).isEmpty());
        QVERIFY(lines.at(2).startsWith(QLatin1String("KPI ")));
        QVERIFY(lines.at(2).endsWith(QLatin1String("Actual  Target  Progress")));
        const QString institutions = lines.at(3);
        const QString pupils = lines.at(4);
        QVERIFY2(institutions.startsWith(QLatin1String("Institutions involved ")),
                 qPrintable(institutions));
        QVERIFY2(institutions.endsWith(QLatin1String("   414     600     69.0%")),
                 qPrintable(institutions));
        QVERIFY2(pupils.endsWith(QLatin1String(" 12,345  20,000     61.7%")), qPrintable(pupils));
        // Aligned: the numbers end where the headers end.
        QCOMPARE(institutions.size(), lines.at(2).size());
        QCOMPARE(pupils.indexOf(QLatin1String("12,345")) + 6,
                 lines.at(2).indexOf(QLatin1String("Actual")) + 6);
        // The rows without target stop after the actual column.
        QCOMPARE(lines.at(5).size(), lines.at(2).indexOf(QLatin1String("Actual")) + 6);
        QVERIFY(
            lines.contains(QStringLiteral("Institutions by type")
                               .leftJustified(lines.at(2).indexOf(QLatin1String(" Actual")) - 1) +
                           QStringLiteral("  Actual")));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.startsWith(QLatin1String("  School ")) &&
                   line.endsWith(QLatin1String(" 414"));
        }));
        for (const QString &line : lines)
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
    }

    void json()
    {
        const QJsonObject json = KpiJson::toJson(snapshot(KpiFixture::trieste, KpiFixture::period));
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), KpiFixture::trieste);
        QCOMPARE(json.value(QStringLiteral("period")).toString(), KpiFixture::period);
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2021-03-01"));
        QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2021-08-31"));
        const QJsonObject institutions = json.value(QStringLiteral("institutions")).toObject();
        QCOMPARE(institutions.value(QStringLiteral("total")).toInt(), 6);
        const QJsonObject byType = institutions.value(QStringLiteral("by_type")).toObject();
        QCOMPARE(byType.keys(),
                 (QStringList{QStringLiteral("business"), QStringLiteral("government"),
                              QStringLiteral("local_authority"), QStringLiteral("museum"),
                              QStringLiteral("nonprofit"), QStringLiteral("other"),
                              QStringLiteral("research_centre"), QStringLiteral("school"),
                              QStringLiteral("university")}));
        QCOMPARE(byType.value(QStringLiteral("school")).toInt(), 2);
        QCOMPARE(byType.value(QStringLiteral("university")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("teacher_trainees")).toInt(), 10);
        QCOMPARE(json.value(QStringLiteral("others")).toInt(), 7);
        const QJsonObject held = json.value(QStringLiteral("events_held")).toObject();
        QCOMPARE(held.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(held.value(QStringLiteral("by_kind")).toObject().size(), eventKindCount);
        const QJsonObject targets = json.value(QStringLiteral("targets")).toObject();
        QCOMPARE(targets.keys(),
                 (QStringList{QStringLiteral("events_held"), QStringLiteral("institutions"),
                              QStringLiteral("pupils")}));
        QCOMPARE(targets.value(QStringLiteral("institutions")).toDouble(), 10.0);
        QCOMPARE(targets.value(QStringLiteral("pupils")).toDouble(), 200.0);
        QCOMPARE(targets.value(QStringLiteral("events_held")).toDouble(), 4.0);

        const QJsonObject range = KpiJson::toJson(
            calculator()
                .snapshot(scope(QString(), QString(), QDate(2021, 1, 1), QDate(2021, 1, 31)))
                .value());
        QCOMPARE(range.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
        QVERIFY(range.value(QStringLiteral("period")).isNull());
        QVERIFY(range.value(QStringLiteral("targets")).toObject().isEmpty());
    }

    void xlsx()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const KpiTable table(snapshot(KpiFixture::trieste, KpiFixture::period));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("kpi.xlsx"));
        QString error;
        QVERIFY2(KpiXlsx::write(table, path, &error), qPrintable(error));
        // Nothing else is left in the folder (no draft beside the file).
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("kpi.xlsx")});

        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(XLSX_TO_JSON_SCRIPT), path});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(book.value(QStringLiteral("title")).toString(), table.title());
        const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
        QCOMPARE(sheets.size(), 2);
        const QJsonObject kpis = sheets.at(0).toObject();
        const QJsonObject breakdown = sheets.at(1).toObject();
        QCOMPARE(kpis.value(QStringLiteral("name")).toString(), QStringLiteral("KPIs"));
        QCOMPARE(breakdown.value(QStringLiteral("name")).toString(), QStringLiteral("Breakdown"));

        const QJsonObject cells = kpis.value(QStringLiteral("cells")).toObject();
        auto cell = [&cells](const char *ref) {
            return cells.value(QLatin1String(ref)).toObject();
        };
        QCOMPARE(cell("A1").value(QStringLiteral("value")).toString(),
                 QStringLiteral("Trieste · Period 2 (01/03/2021 – 31/08/2021)"));
        QVERIFY(cell("A1").value(QStringLiteral("bold")).toBool());
        QCOMPARE(cell("A3").value(QStringLiteral("value")).toString(), QStringLiteral("KPI"));
        QVERIFY(cell("A3").value(QStringLiteral("bold")).toBool());
        QCOMPARE(cell("D3").value(QStringLiteral("value")).toString(), QStringLiteral("Progress"));
        QCOMPARE(cell("E3").value(QStringLiteral("value")).toString(), QStringLiteral("Note"));
        QVERIFY(!cells.contains(QStringLiteral("E4"))); // one cluster: no note
        // One row per KPI of the catalogue, from row 4, numbers as numbers.
        QCOMPARE(cell("A4").value(QStringLiteral("value")).toString(),
                 QStringLiteral("Institutions involved"));
        QCOMPARE(cell("B4").value(QStringLiteral("value")).toDouble(), 6.0);
        QCOMPARE(cell("B4").value(QStringLiteral("format")).toString(), QStringLiteral("#,##0"));
        QCOMPARE(cell("C4").value(QStringLiteral("value")).toDouble(), 10.0);
        QCOMPARE(cell("D4").value(QStringLiteral("value")).toDouble(), 0.6);
        QCOMPARE(cell("D4").value(QStringLiteral("format")).toString(), QStringLiteral("0.0%"));
        QCOMPARE(cell("B5").value(QStringLiteral("value")).toDouble(), 105.0);
        QVERIFY(!cells.contains(QStringLiteral("C6"))); // teachers: no target
        const int last = 3 + int(KpiCatalogue::all().size());
        QCOMPARE(cells.value(QStringLiteral("A%1").arg(last))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("Events held"));
        QCOMPARE(cells.value(QStringLiteral("B%1").arg(last))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 5.0);
        QVERIFY(!cells.contains(QStringLiteral("A%1").arg(last + 1)));
        // The label column fits the longest label.
        const QJsonArray widths = kpis.value(QStringLiteral("widths")).toArray();
        QVERIFY(widths.at(0).toDouble() >= double(QStringLiteral("Teacher-training students "
                                                                 "reached")
                                                      .size()));

        const QJsonObject second = breakdown.value(QStringLiteral("cells")).toObject();
        auto secondValue = [&second](const QString &ref) {
            return second.value(ref).toObject().value(QStringLiteral("value"));
        };
        QCOMPARE(secondValue(QStringLiteral("A3")).toString(),
                 QStringLiteral("Institutions by type"));
        QCOMPARE(secondValue(QStringLiteral("A4")).toString(), QStringLiteral("School"));
        QCOMPARE(secondValue(QStringLiteral("B4")).toDouble(), 2.0);
        // Nine types, a blank row, then the kinds.
        const int kinds = 4 + partnerTypeCount + 1;
        QCOMPARE(secondValue(QStringLiteral("A%1").arg(kinds)).toString(),
                 QStringLiteral("Events held by kind"));
        QCOMPARE(secondValue(QStringLiteral("A%1").arg(kinds + 4)).toString(),
                 QStringLiteral("Lab"));
        QCOMPARE(secondValue(QStringLiteral("B%1").arg(kinds + 4)).toDouble(), 1.0);

        // Written again over the file: replaced, still valid.
        QVERIFY2(KpiXlsx::write(table, path, &error), qPrintable(error));
        QVERIFY(fileBytes(path).startsWith("PK"));
    }

    void unwritablePaths()
    {
        const KpiTable table(snapshot(KpiFixture::trieste, KpiFixture::period));
        QTemporaryDir folder;
        const QString missing = folder.filePath(QStringLiteral("no-such-folder/kpi"));
        QString error;
        QVERIFY(!table.writeCsv(missing + QStringLiteral(".csv"), CsvDialect::English, &error));
        QVERIFY2(error.contains(missing + QStringLiteral(".csv")), qPrintable(error));
        error.clear();
        QVERIFY(!KpiXlsx::write(table, missing + QStringLiteral(".xlsx"), &error));
        QVERIFY2(error.contains(missing + QStringLiteral(".xlsx")), qPrintable(error));
        // A folder in the way, which not even root can replace with a file.
        const QString folderInTheWay = folder.filePath(QStringLiteral("taken.xlsx"));
        QVERIFY(QDir().mkpath(folderInTheWay));
        error.clear();
        QVERIFY(!KpiXlsx::write(table, folderInTheWay, &error));
        QVERIFY2(error.contains(folderInTheWay), qPrintable(error));
        QVERIFY(QFileInfo(folderInTheWay).isDir());

        // A read-only folder: refused, and the file already there is left as it was.
        const QString readOnly = folder.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(readOnly));
        const QString existing = readOnly + QStringLiteral("/kpi.xlsx");
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        const bool mayWriteAnyway = QFileInfo(readOnly).isWritable(); // root
        const bool written = KpiXlsx::write(table, existing, &error);
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (mayWriteAnyway)
            QSKIP("running as a user who may write anywhere");
        QVERIFY(!written);
        QVERIFY2(error.contains(existing), qPrintable(error));
        QCOMPARE(fileBytes(existing), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
