#include "models/clusters/ClusterRepository.h"
#include "models/csv/CsvVocabulary.h"
#include "models/events/EventCsv.h"
#include "models/events/EventRepository.h"
#include "models/events/EventValidator.h"
#include "models/partners/PartnerRepository.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using TestSupport::TempDatabase;

namespace {

const QString trieste = QStringLiteral("Trieste");
const QString gorizia = QStringLiteral("Gorizia");

// The partners of tests/data/partners-good.csv, which the event files name.
const QStringList partnerNames = {
    QStringLiteral("Liceo Scientifico Orizzonte"),
    QStringLiteral("Università Fittizia del Golfo"),
    QStringLiteral("Museo delle Onde"),
    QStringLiteral("Centro Ricerche Bora"),
    QStringLiteral("Comune di Valmarina"),
};

// Adds the partners to the cluster; returns their ids by name.
QHash<QString, QString> addPartners(TempDatabase &db, const QString &clusterId,
                                    const QStringList &names = partnerNames)
{
    QList<Partner> partners;
    for (const QString &name : names) {
        Partner partner;
        partner.name = name;
        partner.type = PartnerType::Other;
        partner.clusterId = clusterId;
        partners.append(partner);
    }
    PartnerRepository repository(db.database().connection());
    if (!repository.saveAll(partners))
        qFatal("Cannot add the partners: %s", qPrintable(repository.errorMessage()));
    QHash<QString, QString> ids;
    for (const Partner &partner : std::as_const(partners))
        ids.insert(partner.name, partner.id);
    return ids;
}

EventImportPlan planTable(TempDatabase &db, const CsvTable &table, const QString &defaultCluster)
{
    const QSqlDatabase connection = db.database().connection();
    return EventCsv::plan(table, ClusterRepository(connection), PartnerRepository(connection),
                          EventRepository(connection), defaultCluster);
}

EventImportPlan planBytes(TempDatabase &db, const QByteArray &bytes,
                          const QString &defaultCluster = trieste)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::parse(bytes, &error);
    if (!table) {
        EventImportPlan plan;
        plan.fileError = error;
        return plan;
    }
    return planTable(db, *table, defaultCluster);
}

EventImportPlan planFile(TempDatabase &db, const QString &name,
                         const QString &defaultCluster = trieste)
{
    const QSqlDatabase connection = db.database().connection();
    return EventCsv::planFile(TestSupport::dataFile(name), ClusterRepository(connection),
                              PartnerRepository(connection), EventRepository(connection),
                              defaultCluster);
}

QString describe(const EventImportPlan &plan)
{
    QStringList lines{plan.fileError};
    for (const CsvRowError &error : plan.allErrors())
        lines.append(QStringLiteral("%1 [%2] %3").arg(error.line).arg(error.column, error.message));
    return lines.join(QLatin1Char('\n'));
}

// A one-row file with the given columns, for checks of single values.
QByteArray oneRow(const QByteArray &header, const QByteArray &row)
{
    return header + "\n" + row + "\n";
}

// Every field of an event, partners by name, for comparisons that say what differs.
QStringList fieldsOf(const Event &event, const QHash<QString, QString> &nameById)
{
    auto names = [&nameById](const QStringList &ids) {
        QStringList result;
        for (const QString &id : ids)
            result.append(nameById.value(id, QStringLiteral("?") + id));
        return result.join(QLatin1Char('|'));
    };
    QStringList levels;
    for (SchoolLevel level : event.audience)
        levels.append(PartnerVocabulary::key(level));
    QStringList figures;
    for (Figure figure : EventVocabulary::figures()) {
        const std::optional<int> value = event.figure(figure);
        figures.append(value ? QString::number(*value) : QStringLiteral("-"));
    }
    return {EventVocabulary::key(event.kind),
            EventVocabulary::key(event.status),
            event.titleIt,
            event.titleEn,
            event.descriptionIt,
            event.descriptionEn,
            event.startDate.toString(Qt::ISODate),
            event.startTime.toString(),
            event.endDate.toString(Qt::ISODate),
            event.endTime.toString(),
            event.location,
            event.onlineLink,
            names(event.organiserIds),
            names(event.participantIds),
            levels.join(QLatin1Char('|')),
            event.subjects.join(QLatin1Char('|')),
            figures.join(QLatin1Char(' ')),
            event.activityId};
}

QList<QStringList> fieldsOf(QList<Event> events, const QHash<QString, QString> &nameById)
{
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tuple(a.startDate, a.startTime, a.titleEn, a.titleIt) <
               std::tuple(b.startDate, b.startTime, b.titleEn, b.titleIt);
    });
    QList<QStringList> result;
    for (const Event &event : events)
        result.append(fieldsOf(event, nameById));
    return result;
}

QHash<QString, QString> invert(const QHash<QString, QString> &idsByName)
{
    QHash<QString, QString> namesById;
    for (auto it = idsByName.cbegin(); it != idsByName.cend(); ++it)
        namesById.insert(it.value(), it.key());
    return namesById;
}

// Events that use every field and value: organisers and participants, figures, one or both
// titles, timed, all-day and multi-day events, text that needs quoting.
QList<Event> sampleEvents(const QString &clusterId, const QHash<QString, QString> &partnerIds)
{
    const QString liceo = partnerIds.value(partnerNames.at(0));
    const QString university = partnerIds.value(partnerNames.at(1));
    const QString museum = partnerIds.value(partnerNames.at(2));
    const QString bora = partnerIds.value(partnerNames.at(3));
    QList<Event> events;
    int index = 0;
    for (EventKind kind : EventVocabulary::kinds()) {
        for (EventStatus status : EventVocabulary::statuses()) {
            Event event;
            event.clusterId = clusterId;
            event.kind = kind;
            event.status = status;
            if (index % 3 != 1)
                event.titleIt =
                    QStringLiteral("Laboratorio %1: “robot”, sensori; e altro").arg(index);
            if (index % 3 != 0)
                event.titleEn = QStringLiteral("Lab %1, \"robots\" and sensors").arg(index);
            if (index % 4 == 0)
                event.descriptionIt = QStringLiteral("Prima riga; con punto e virgola\nseconda "
                                                     "riga, con \"virgolette\"");
            if (index % 4 == 1)
                event.descriptionEn = QStringLiteral("Bring a laptop, please.\n\nAsk at the desk.");
            event.startDate = QDate(2021, 9, 1).addDays(index * 11);
            switch (index % 4) {
            case 0: // all day
                break;
            case 1: // all day, several days
                event.endDate = event.startDate.addDays(2);
                break;
            case 2: // timed, ending the same day
                event.startTime = QTime(9, 30);
                event.endTime = QTime(12, 45);
                break;
            case 3: // timed, ending another day
                event.startTime = QTime(17, 0);
                event.endDate = event.startDate.addDays(1);
                event.endTime = QTime(13, 0);
                break;
            }
            event.location = index % 2 ? QStringLiteral("Via del Faro 3, Trieste") : QString();
            if (index % 5 == 0)
                event.onlineLink = QStringLiteral("https://meet.example.org/room-%1").arg(index);
            if (index % 3 == 0)
                event.organiserIds = {liceo};
            if (index % 3 == 1)
                event.organiserIds = {university, museum};
            if (index % 2 == 0)
                event.participantIds = {bora};
            if (index % 4 == 3)
                event.audience = {SchoolLevel::Primary, SchoolLevel::Vocational};
            if (index % 3 == 2)
                event.subjects = {QStringLiteral("science"), QStringLiteral("Robotica educativa"),
                                  QStringLiteral("mathematics")};
            if (status == EventStatus::Held) {
                event.setFigure(Figure::Pupils, 20 + index);
                event.setFigure(Figure::Teachers, index % 3);
                if (index % 2)
                    event.setFigure(Figure::TeacherTrainees, 0);
                event.setFigure(Figure::Others, 1000);
            }
            events.append(event);
            ++index;
        }
    }
    return events;
}

} // namespace

class TestEventCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void goodFile()
    {
        TempDatabase db;
        const QString clusterId = db.addCluster(trieste);
        const QHash<QString, QString> ids = addPartners(db, clusterId);
        const EventImportPlan plan = planFile(db, QStringLiteral("events-good.csv"));
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QVERIFY(plan.warnings.isEmpty());
        QCOMPARE(plan.rows.size(), 5);
        QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));

        const Event &lab = plan.rows.at(0).event;
        QCOMPARE(plan.rows.at(0).line, 2);
        QCOMPARE(lab.clusterId, clusterId);
        QCOMPARE(plan.rows.at(0).clusterName, trieste);
        // An English "title" header is the English title.
        QCOMPARE(lab.titleEn, QStringLiteral("Robotics lab for primary schools"));
        QVERIFY(lab.titleIt.isEmpty());
        QCOMPARE(lab.kind, EventKind::Lab);
        QCOMPARE(lab.status, EventStatus::Held);
        QCOMPARE(lab.startDate, QDate(2022, 3, 1));
        QCOMPARE(lab.startTime, QTime(9, 30));
        // A time alone ends the event on its start day.
        QVERIFY(!lab.endDate.isValid());
        QCOMPARE(lab.endTime, QTime(12, 30));
        QCOMPARE(lab.location, QStringLiteral("Via del Faro 3, Trieste"));
        QCOMPARE(lab.organiserIds,
                 QStringList{ids.value(QStringLiteral("Liceo Scientifico Orizzonte"))});
        QCOMPARE(lab.participantIds, (QStringList{ids.value(QStringLiteral("Centro Ricerche Bora")),
                                                  ids.value(QStringLiteral("Museo delle Onde"))}));
        QCOMPARE(lab.figure(Figure::Pupils), std::optional<int>(45));
        QCOMPARE(lab.figure(Figure::Teachers), std::optional<int>(4));
        QCOMPARE(lab.figure(Figure::Parents), std::nullopt);
        QCOMPARE(lab.figure(Figure::Researchers), std::optional<int>(1));
        QCOMPARE(lab.figure(Figure::TeacherTrainees), std::optional<int>(2));
        QCOMPARE(lab.subjects,
                 (QStringList{QStringLiteral("technology"), QStringLiteral("engineering")}));
        QCOMPARE(lab.descriptionEn,
                 QStringLiteral("Build a rover; then race it.\nBring a laptop."));

        const Event &course = plan.rows.at(1).event;
        QCOMPARE(course.kind, EventKind::Course);
        QVERIFY(course.isAllDay());
        QCOMPARE(course.endDate, QDate(2022, 4, 8));
        QCOMPARE(course.figure(Figure::Parents), std::optional<int>(0));
        QCOMPARE(course.figure(Figure::Others), std::optional<int>(3));
        // Unknown subjects are kept as free text.
        QCOMPARE(course.subjects,
                 (QStringList{QStringLiteral("science"), QStringLiteral("mathematics"),
                              QStringLiteral("Astronomy")}));

        // Names are matched ignoring case and accents; DD/MM/YYYY is read too.
        const Event &openDay = plan.rows.at(2).event;
        QCOMPARE(openDay.startDate, QDate(2022, 5, 15));
        QCOMPARE(openDay.organiserIds,
                 (QStringList{ids.value(QStringLiteral("Museo delle Onde")),
                              ids.value(QStringLiteral("Università Fittizia del Golfo"))}));
        QCOMPARE(openDay.status, EventStatus::Confirmed);
        QCOMPARE(plan.rows.at(3).event.endDate, QDate(2022, 11, 10));
        QCOMPARE(plan.rows.at(3).event.endTime, QTime(18, 30));
        QCOMPARE(plan.rows.at(4).event.kind, EventKind::Meeting);
        QCOMPARE(plan.rows.at(4).event.status, EventStatus::Cancelled);

        QList<Event> events = plan.validEvents();
        EventRepository repository(db.database().connection());
        QVERIFY2(repository.saveAll(events), qPrintable(repository.errorMessage()));
        QCOMPARE(repository.forCluster(clusterId).value().size(), 5);
    }

    void italianFile()
    {
        TempDatabase db;
        const QString clusterId = db.addCluster(trieste);
        const QHash<QString, QString> ids = addPartners(db, clusterId);
        const EventImportPlan plan = planFile(db, QStringLiteral("events-italian.csv"));
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
        QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));
        QCOMPARE(plan.rows.size(), 8);
        QCOMPARE(plan.header.constFirst(), QStringLiteral("Titolo"));

        // Every Italian kind and status.
        const QList<EventKind> kinds{EventKind::Lab,      EventKind::Course,  EventKind::Event,
                                     EventKind::Webinar,  EventKind::Meeting, EventKind::Visit,
                                     EventKind::Workshop, EventKind::Training};
        const QList<EventStatus> statuses{
            EventStatus::Held,      EventStatus::Held, EventStatus::Confirmed, EventStatus::Planned,
            EventStatus::Cancelled, EventStatus::Held, EventStatus::Held,      EventStatus::Held};
        for (qsizetype i = 0; i < plan.rows.size(); ++i) {
            QCOMPARE(plan.rows.at(i).event.kind, kinds.at(i));
            QCOMPARE(plan.rows.at(i).event.status, statuses.at(i));
        }

        const Event &lab = plan.rows.at(0).event;
        // An Italian "titolo" header is the Italian title.
        QCOMPARE(lab.titleIt, QStringLiteral("Laboratorio di robotica"));
        QVERIFY(lab.titleEn.isEmpty());
        QCOMPARE(lab.startDate, QDate(2022, 3, 1));
        QCOMPARE(lab.startTime, QTime(9, 30));
        QCOMPARE(lab.endTime, QTime(12, 30));
        QCOMPARE(
            lab.descriptionIt,
            QStringLiteral("Costruiamo un rover; poi la gara.\nPortate un portatile, grazie."));
        QCOMPARE(lab.audience,
                 (QList<SchoolLevel>{SchoolLevel::Primary, SchoolLevel::LowerSecondary}));
        QCOMPARE(lab.subjects,
                 (QStringList{QStringLiteral("technology"), QStringLiteral("engineering")}));
        QCOMPARE(lab.figure(Figure::TeacherTrainees), std::optional<int>(2));
        QCOMPARE(lab.organiserIds,
                 QStringList{ids.value(QStringLiteral("Liceo Scientifico Orizzonte"))});

        const Event &course = plan.rows.at(1).event;
        QCOMPARE(course.startDate, QDate(2022, 4, 4));
        QCOMPARE(course.endDate, QDate(2022, 4, 8));
        QCOMPARE(course.subjects,
                 (QStringList{QStringLiteral("science"), QStringLiteral("mathematics"),
                              QStringLiteral("astronomia")}));
        QCOMPARE(course.audience, QList<SchoolLevel>{SchoolLevel::UpperSecondary});
        QCOMPARE(plan.rows.at(2).event.subjects, QStringList{QStringLiteral("arts")});
        QCOMPARE(plan.rows.at(5).event.audience, QList<SchoolLevel>{SchoolLevel::Vocational});
        QCOMPARE(plan.rows.at(7).event.participantIds,
                 QStringList{ids.value(QStringLiteral("Liceo Scientifico Orizzonte"))});
    }

    void badRows()
    {
        TempDatabase db;
        const QString triesteId = db.addCluster(trieste);
        const QString goriziaId = db.addCluster(gorizia);
        addPartners(db, triesteId);
        Event existing;
        existing.clusterId = triesteId;
        existing.titleEn = QStringLiteral("Existing event");
        existing.startDate = QDate(2022, 1, 10);
        existing.startTime = QTime(10, 0);
        QVERIFY(EventRepository(db.database().connection()).save(existing));

        const EventImportPlan plan = planFile(db, QStringLiteral("events-bad.csv"));
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QCOMPARE(plan.rows.size(), 26);

        struct Expected
        {
            int line;
            QString column;
            QString fragment;
        };
        const QList<Expected> expected{
            {3, QStringLiteral("title"), QStringLiteral("A title is required")},
            {4, QStringLiteral("kind"),
             QStringLiteral("The kind of event is required. Use one of: "
                            "event, course, workshop")},
            {5, QStringLiteral("kind"), QStringLiteral("“party” is not a kind of event")},
            {6, QStringLiteral("start"), QStringLiteral("The start date is required")},
            {7, QStringLiteral("start"), QStringLiteral("“2022/13/45” is not a date")},
            {8, QStringLiteral("start"),
             QStringLiteral("“31/02/2022” is not a valid date: that day "
                            "does not exist")},
            {9, QStringLiteral("start"), QStringLiteral("“2022-03-04 25:00” is not a valid time")},
            {10, QStringLiteral("end"), QStringLiteral("cannot be before the start")},
            {11, QStringLiteral("status"), QStringLiteral("The status is required")},
            {12, QStringLiteral("status"), QStringLiteral("“done” is not an event status")},
            {13, QStringLiteral("pupils"), QStringLiteral("“12.5” is not a whole number")},
            {14, QStringLiteral("teachers"), QStringLiteral("“-3” is a negative number")},
            {15, QStringLiteral("parents"), QStringLiteral("“abc” is not a whole number")},
            {16, QStringLiteral("pupils"),
             EventValidator::figuresNotHeldMessage(EventStatus::Planned)},
            {17, QStringLiteral("organiser"),
             QStringLiteral(
                 "There is no partner called “Liceo Inesistente” in cluster “Trieste”.")},
            {18, QStringLiteral("partners"),
             QStringLiteral("There is no partner called “Ghost Museum” in cluster “Trieste”.")},
            {19, QStringLiteral("partners"), QStringLiteral("both an organiser and a participant")},
            {20, QStringLiteral("audience"),
             QStringLiteral("“kindergarten” is not a school level")},
            {21, QStringLiteral("online_link"), QStringLiteral("ftp://files.example.org")},
            {22, QString(), QStringLiteral("but the header line has 18")},
            {23, QStringLiteral("title"), QStringLiteral("is already on line 2 of this file")},
            {24, QStringLiteral("title"),
             QStringLiteral("An event called “Existing event” starting 2022-01-10 10:00 already "
                            "exists in cluster “Trieste”.")},
            {25, QStringLiteral("cluster"), QStringLiteral("no cluster called “Atlantide”")},
            {28, QStringLiteral("end"), QStringLiteral("“2022-02-30” is not a valid date")},
        };
        const QList<CsvRowError> errors = plan.allErrors();
        QCOMPARE(errors.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CsvRowError &error = errors.at(i);
            const Expected &want = expected.at(i);
            QCOMPARE(error.line, want.line);
            QCOMPARE(error.column, want.column);
            QVERIFY2(error.message.contains(want.fragment), qPrintable(error.message));
        }
        // Each figure message names the rule too.
        QVERIFY(errors.at(10).message.contains(EventValidator::negativeFigureMessage()));

        QCOMPARE(plan.validCount(), 2);
        QCOMPARE(plan.invalidCount(), 24);
        QVERIFY(!plan.canImport(false));
        QVERIFY(plan.canImport(true));
        const QList<Event> valid = plan.validEvents();
        QCOMPARE(valid.at(0).titleEn, QStringLiteral("Good event"));
        QCOMPARE(valid.at(1).titleEn, QStringLiteral("Multi-line\ntitle"));
        QCOMPARE(valid.at(1).clusterId, goriziaId);
        QCOMPARE(plan.rows.at(24).line, 26);
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileError");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<int>("validRows");
        QTest::newRow("no title column")
            << QByteArray("kind,start,status\nlab,2022-03-01,planned\n")
            << QStringLiteral("“title” (in Italian “titolo”) is missing") << QString() << 0;
        QTest::newRow("missing kind")
            << QByteArray("title,start,status\nA,2022-03-01,planned\n")
            << QStringLiteral("“kind” (in Italian “tipo”) is missing") << QString() << 0;
        QTest::newRow("missing start")
            << QByteArray("title,kind,status\nA,lab,planned\n")
            << QStringLiteral("“start” (in Italian “inizio”) is missing") << QString() << 0;
        QTest::newRow("missing status")
            << QByteArray("titolo;tipo;inizio\nA;lab;01/03/2022\n")
            << QStringLiteral("“status” (in Italian “stato”) is missing") << QString() << 0;
        QTest::newRow("column twice")
            << QByteArray("title,kind,start,status,Titolo\nA,lab,2022-03-01,planned,B\n")
            << QStringLiteral("“Titolo” twice (columns 1 and 5)") << QString() << 0;
        QTest::newRow("header only") << QByteArray("title,kind,start,status\n")
                                     << QStringLiteral("no events") << QString() << 0;
        QTest::newRow("unknown column is ignored")
            << QByteArray("title,kind,start,status,budget\nA,lab,2022-03-01,planned,100\n")
            << QString() << QStringLiteral("“budget” is not an event column") << 1;
        QTest::newRow("a specific title column stands for the title")
            << QByteArray("Titolo italiano;Tipo;Inizio;Stato\nA;laboratorio;01/03/2022;"
                          "pianificato\n")
            << QString() << QString() << 1;
        QTest::newRow("headers in any case and spelling")
            << QByteArray(" TITLE ;Kind;START;Status;Organizers;Teacher Trainees;Link Online\n"
                          "A;lab;2022-03-01;held;;3;meet.example.org\n")
            << QString() << QString() << 1;
    }
    void headerProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileError);
        QFETCH(QString, warning);
        QFETCH(int, validRows);
        TempDatabase db;
        db.addCluster(trieste);
        const EventImportPlan plan = planBytes(db, bytes);
        if (fileError.isEmpty()) {
            QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        } else {
            QVERIFY2(plan.fileError.contains(fileError), qPrintable(plan.fileError));
            QVERIFY(plan.rows.isEmpty());
        }
        if (warning.isEmpty() && fileError.isEmpty()) {
            QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
        } else if (!warning.isEmpty()) {
            QCOMPARE(plan.warnings.size(), 1);
            QVERIFY2(plan.warnings.constFirst().contains(warning),
                     qPrintable(plan.warnings.constFirst()));
        }
        QVERIFY2(plan.validCount() == validRows, qPrintable(describe(plan)));
    }

    void titleColumns_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("titleIt");
        QTest::addColumn<QString>("titleEn");
        const QByteArray tail = ",lab,2022-03-01,planned\n";
        QTest::newRow("English header")
            << QByteArray("title,kind,start,status\nT") + tail << QString() << QStringLiteral("T");
        QTest::newRow("Italian header")
            << QByteArray("titolo,kind,start,status\nT") + tail << QStringLiteral("T") << QString();
        QTest::newRow("specific columns win")
            << QByteArray("title,title_it,title_en,kind,start,status\nT,I,E") + tail
            << QStringLiteral("I") << QStringLiteral("E");
        QTest::newRow("one specific column is enough")
            << QByteArray("title,title_it,title_en,kind,start,status\nT,I,") + tail
            << QStringLiteral("I") << QString();
        QTest::newRow("empty specific columns")
            << QByteArray("titolo,title_it,title_en,kind,start,status\nT,,") + tail
            << QStringLiteral("T") << QString();
    }
    void titleColumns()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, titleIt);
        QFETCH(QString, titleEn);
        TempDatabase db;
        db.addCluster(trieste);
        const EventImportPlan plan = planBytes(db, bytes);
        QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));
        QCOMPARE(plan.rows.at(0).event.titleIt, titleIt);
        QCOMPARE(plan.rows.at(0).event.titleEn, titleEn);
    }

    void figures_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("whole") << QByteArray("pupils") << QByteArray("12") << QString()
                               << QString();
        QTest::newRow("zero") << QByteArray("others") << QByteArray("0") << QString() << QString();
        QTest::newRow("decimal") << QByteArray("pupils") << QByteArray("12.5")
                                 << QStringLiteral("pupils") << QStringLiteral("“12.5”");
        QTest::newRow("decimal comma") << QByteArray("alunni") << QByteArray("\"12,5\"")
                                       << QStringLiteral("alunni") << QStringLiteral("“12,5”");
        QTest::newRow("negative") << QByteArray("futuri insegnanti") << QByteArray("-3")
                                  << QStringLiteral("futuri insegnanti")
                                  << QStringLiteral("“-3” is a negative number");
        QTest::newRow("text") << QByteArray("Researchers") << QByteArray("abc")
                              << QStringLiteral("Researchers") << QStringLiteral("“abc”");
        QTest::newRow("huge") << QByteArray("teachers") << QByteArray("99999999999")
                              << QStringLiteral("teachers") << QStringLiteral("too large");
    }
    void figures()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QString, column);
        QFETCH(QString, fragment);
        TempDatabase db;
        db.addCluster(trieste);
        const EventImportPlan plan = planBytes(
            db, oneRow("title,kind,start,status," + header, "A,lab,2022-03-01,held," + value));
        if (column.isEmpty()) {
            QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));
            QCOMPARE(plan.rows.at(0).event.totalParticipants(), value.toInt());
            return;
        }
        const QList<CsvRowError> errors = plan.allErrors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).column, column);
        QVERIFY2(errors.at(0).message.contains(fragment), qPrintable(errors.at(0).message));
    }

    void datesAndTimes_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("end");
        QTest::addColumn<QString>("expected"); // start|end as ISO, or the error's column: fragment
        QTest::newRow("ISO date") << QByteArray("2022-03-01") << QByteArray()
                                  << QStringLiteral("2022-03-01|");
        QTest::newRow("Italian date, one digit") << QByteArray("1/3/2022") << QByteArray("3/3/2022")
                                                 << QStringLiteral("2022-03-01|2022-03-03");
        QTest::newRow("ISO date and time")
            << QByteArray("2022-03-01 9:05") << QByteArray("2022-03-01 10:00")
            << QStringLiteral("2022-03-01T09:05|2022-03-01T10:00");
        QTest::newRow("ISO T separator") << QByteArray("2022-03-01T09:05") << QByteArray("11:00")
                                         << QStringLiteral("2022-03-01T09:05|T11:00");
        QTest::newRow("Italian date and time")
            << QByteArray("01/03/2022 17:30") << QByteArray("02/03/2022 09:00")
            << QStringLiteral("2022-03-01T17:30|2022-03-02T09:00");
        QTest::newRow("31 February")
            << QByteArray("31/02/2022") << QByteArray() << QStringLiteral("start: does not exist");
        QTest::newRow("29 February 2024")
            << QByteArray("29/02/2024") << QByteArray() << QStringLiteral("2024-02-29|");
        QTest::newRow("bad time") << QByteArray("2022-03-01 24:00") << QByteArray()
                                  << QStringLiteral("start: not a valid time");
        QTest::newRow("bad end time") << QByteArray("2022-03-01 10:00") << QByteArray("9:75")
                                      << QStringLiteral("end: not a valid time");
        QTest::newRow("end not a date") << QByteArray("2022-03-01") << QByteArray("tomorrow")
                                        << QStringLiteral("end: “tomorrow” is not a date");
        QTest::newRow("end before start, same day")
            << QByteArray("2022-03-01 10:00") << QByteArray("09:00")
            << QStringLiteral("end: cannot be before the start");
        QTest::newRow("end time without start time")
            << QByteArray("2022-03-01") << QByteArray("2022-03-01 12:00")
            << QStringLiteral("end: needs a start time");
    }
    void datesAndTimes()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, end);
        QFETCH(QString, expected);
        TempDatabase db;
        db.addCluster(trieste);
        const EventImportPlan plan = planBytes(
            db, oneRow("title;kind;start;end;status", "A;lab;" + start + ';' + end + ";planned"));
        const EventImportRow &row = plan.rows.at(0);
        if (expected.contains(QLatin1Char('|'))) {
            QVERIFY2(row.isValid(), qPrintable(describe(plan)));
            auto iso = [](QDate date, QTime time) -> QString {
                return date.toString(Qt::ISODate) +
                       (time.isValid()
                            ? QStringLiteral("T") + time.toString(QStringLiteral("HH:mm"))
                            : QString());
            };
            QCOMPARE(iso(row.event.startDate, row.event.startTime) + QLatin1Char('|') +
                         iso(row.event.endDate, row.event.endTime),
                     expected);
        } else {
            QCOMPARE(row.errors.size(), 1);
            QCOMPARE(row.errors.at(0).column, expected.section(QStringLiteral(": "), 0, 0));
            QVERIFY2(row.errors.at(0).message.contains(expected.section(QStringLiteral(": "), 1)),
                     qPrintable(row.errors.at(0).message));
        }
    }

    void duplicates()
    {
        TempDatabase db;
        const QString triesteId = db.addCluster(trieste);
        db.addCluster(gorizia);
        Event existing;
        existing.clusterId = triesteId;
        existing.titleIt = QStringLiteral("Università in piazza");
        existing.titleEn = QStringLiteral("University in the square");
        existing.startDate = QDate(2022, 5, 20);
        QVERIFY(EventRepository(db.database().connection()).save(existing));

        const EventImportPlan plan = planBytes(
            db, "title_it,title_en,kind,start,status,cluster\n"
                "  universita IN  piazza ,,event,20/05/2022,planned,\n"    // 2: the Italian title
                ",UNIVERSITY in the square,event,2022-05-20,planned,\n"    // 3: the English one
                "Università in piazza,,event,2022-05-20 10:00,planned,\n"  // 4: another start
                "Università in piazza,,event,2022-05-20,planned,Gorizia\n" // 5: another cluster
                "Coding,,lab,2022-06-01 10:00,planned,\n"                  // 6
                ",coding,lab,01/06/2022 10:00,planned,\n"                  // 7: same as 6
                "Coding,,lab,2022-06-01 11:00,planned,\n"                  // 8: another time
                "Coding,,lab,2022-06-01 10:00,planned,gorizia\n");         // 9: another cluster
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        const QList<CsvRowError> errors = plan.allErrors();
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).line, 2);
        QCOMPARE(errors.at(0).column, QStringLiteral("title_it"));
        QVERIFY2(
            errors.at(0).message.contains(QStringLiteral("already exists in cluster “Trieste”")),
            qPrintable(errors.at(0).message));
        QCOMPARE(errors.at(1).line, 3);
        QVERIFY(errors.at(1).message.contains(QStringLiteral("already exists")));
        QCOMPARE(errors.at(2).line, 7);
        QVERIFY2(errors.at(2).message.contains(QStringLiteral("already on line 6")),
                 qPrintable(errors.at(2).message));
    }

    void partnersByName()
    {
        TempDatabase db;
        const QString triesteId = db.addCluster(trieste);
        const QString goriziaId = db.addCluster(gorizia);
        const QHash<QString, QString> ids = addPartners(
            db, triesteId, {QStringLiteral("Arte | Scienza"), QStringLiteral("Museo delle Onde")});
        addPartners(db, goriziaId, {QStringLiteral("Solo a Gorizia")});
        const EventImportPlan plan =
            planBytes(db, "title,kind,start,status,organiser,partners\n"
                          "A,lab,2022-03-01,planned,arte | scienza,\n"
                          "B,lab,2022-03-01,planned,,Museo delle onde | Solo a Gorizia\n"
                          "C,lab,2022-03-01,planned,| Museo delle Onde ||,\n");
        QCOMPARE(plan.rows.at(0).event.organiserIds,
                 QStringList{ids.value(QStringLiteral("Arte | Scienza"))});
        QVERIFY(plan.rows.at(0).isValid());
        // A partner of another cluster is not a partner of this one.
        const QList<CsvRowError> errors = plan.rows.at(1).errors;
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).column, QStringLiteral("partners"));
        QCOMPARE(
            errors.at(0).message,
            QStringLiteral("There is no partner called “Solo a Gorizia” in cluster “Trieste”."));
        QVERIFY(plan.rows.at(2).isValid());
        QCOMPARE(plan.rows.at(2).event.organiserIds,
                 QStringList{ids.value(QStringLiteral("Museo delle Onde"))});
    }

    void clusterResolution()
    {
        TempDatabase db;
        db.addCluster(trieste);
        const QString goriziaId = db.addCluster(gorizia);
        EventImportPlan plan =
            planBytes(db, "title,kind,start,status\nA,lab,2022-03-01,planned\n", QString());
        QCOMPARE(plan.invalidCount(), 1);
        QVERIFY(plan.allErrors().at(0).column.isEmpty());
        QVERIFY(plan.allErrors().at(0).message.contains(QStringLiteral("--cluster")));

        plan = planBytes(db, "title,kind,start,status,Cluster\nA,lab,2022-03-01,planned,GORIZIA\n");
        QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));
        QCOMPARE(plan.rows.at(0).event.clusterId, goriziaId);
        QCOMPARE(plan.rows.at(0).clusterName, gorizia);
    }

    void subjectsAndAudienceTerms()
    {
        for (const QString &key : EventVocabulary::subjectKeys()) {
            QCOMPARE(CsvVocabulary::subjects().find(key), std::optional<QString>(key));
            const QString italian = CsvVocabulary::subjects().text(key, CsvDialect::Italian);
            QVERIFY2(!italian.isEmpty() && italian != key, qPrintable(key));
            QCOMPARE(CsvVocabulary::subjects().find(italian.toUpper()),
                     std::optional<QString>(key));
        }
        for (EventKind kind : EventVocabulary::kinds())
            QVERIFY(!CsvVocabulary::eventKinds().text(kind, CsvDialect::Italian).isEmpty());
        for (EventStatus status : EventVocabulary::statuses())
            QVERIFY(!CsvVocabulary::eventStatuses().text(status, CsvDialect::Italian).isEmpty());
    }

    void hundredThousandRows()
    {
        TempDatabase db;
        const QString clusterId = db.addCluster(trieste);
        addPartners(db, clusterId);
        constexpr int rowCount = 100000;
        QByteArray bytes = "titolo;tipo;inizio;fine;organizzatore;partner;stato;alunni;insegnanti;"
                           "materie;descrizione italiana\r\n";
        bytes.reserve(rowCount * 170);
        const QList<QByteArray> kinds{"laboratorio", "corso", "workshop", "visita", "webinar"};
        for (int i = 0; i < rowCount; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QDate day = QDate(2020, 1, 1).addDays(i % 1000);
            // Every 1000th row has an unknown kind.
            const QByteArray kind =
                i % 1000 == 999 ? QByteArray("festa") : kinds.at(i % kinds.size());
            bytes += "Evento " + n + ';' + kind + ';' +
                     day.toString(QStringLiteral("dd/MM/yyyy")).toUtf8() + " 09:30;12:00;" +
                     "Liceo Scientifico Orizzonte;Museo delle Onde|Centro Ricerche Bora;svolto;" +
                     QByteArray::number(i % 60) + ';' + QByteArray::number(i % 7) +
                     ";scienze|robotica;\"nota " + n + "\nsu due righe\"\r\n";
        }
        QString error;
        const std::optional<CsvTable> table = CsvReader::parse(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        const EventImportPlan plan = planTable(db, *table, trieste);
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QCOMPARE(plan.rows.size(), rowCount);
        QCOMPARE(plan.invalidCount(), rowCount / 1000);
        QCOMPARE(plan.validCount(), rowCount - rowCount / 1000);
        QCOMPARE(plan.rows.constLast().line, 2 + (rowCount - 1) * 2);
        QCOMPARE(plan.rows.at(998).errors.size(), 0);
        QCOMPARE(plan.rows.at(999).errors.at(0).column, QStringLiteral("tipo"));
        QCOMPARE(plan.rows.constLast().event.participantIds.size(), 2);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("English") << int(CsvDialect::English);
        QTest::newRow("Italian") << int(CsvDialect::Italian);
    }
    void roundTrip()
    {
        QFETCH(int, dialect);
        TempDatabase source;
        const QString sourceId = source.addCluster(trieste);
        const QHash<QString, QString> sourcePartners = addPartners(source, sourceId);
        QList<Event> events = sampleEvents(sourceId, sourcePartners);
        EventRepository sourceRepository(source.database().connection());
        QVERIFY2(sourceRepository.saveAll(events), qPrintable(sourceRepository.errorMessage()));
        const QList<Event> stored = sourceRepository.forCluster(sourceId).value();
        QCOMPARE(stored.size(), 32);
        for (const Event &event : stored)
            QVERIFY(!EventValidator::hasErrors(EventValidator::validate(event)));

        const QByteArray bytes =
            EventCsv::write(stored, invert(sourcePartners), trieste, CsvDialect(dialect));

        // Into a fresh database whose cluster has the same name and the same partners.
        TempDatabase target;
        const QString targetId = target.addCluster(trieste);
        const QHash<QString, QString> targetPartners = addPartners(target, targetId);
        const EventImportPlan plan = planBytes(target, bytes, QString());
        QVERIFY2(plan.fileError.isEmpty() && plan.invalidCount() == 0, qPrintable(describe(plan)));
        QVERIFY(plan.warnings.isEmpty());
        for (const EventImportRow &row : plan.rows)
            QVERIFY2(row.warnings.isEmpty(), qPrintable(row.warnings.join(QLatin1Char('\n'))));
        QList<Event> imported = plan.validEvents();
        EventRepository targetRepository(target.database().connection());
        QVERIFY2(targetRepository.saveAll(imported), qPrintable(targetRepository.errorMessage()));
        const QList<Event> reloaded = targetRepository.forCluster(targetId).value();

        QCOMPARE(fieldsOf(reloaded, invert(targetPartners)),
                 fieldsOf(stored, invert(sourcePartners)));
        // Field by field, the ids aside.
        QHash<QString, QString> sourceIdForTarget;
        for (const QString &name : partnerNames)
            sourceIdForTarget.insert(targetPartners.value(name), sourcePartners.value(name));
        QList<Event> mapped;
        for (Event event : reloaded) {
            const auto source = std::find_if(stored.cbegin(), stored.cend(), [&](const Event &e) {
                return e.startDate == event.startDate && e.titleIt == event.titleIt &&
                       e.titleEn == event.titleEn;
            });
            QVERIFY(source != stored.cend());
            event.id = source->id;
            event.clusterId = source->clusterId;
            for (QStringList *ids : {&event.organiserIds, &event.participantIds}) {
                for (QString &id : *ids)
                    id = sourceIdForTarget.value(id);
            }
            QVERIFY(event == *source);
            mapped.append(event);
        }
        QCOMPARE(mapped.size(), stored.size());

        QCOMPARE(EventCsv::write(reloaded, invert(targetPartners), trieste, CsvDialect(dialect)),
                 bytes);
    }

    void writeEnglish()
    {
        Event later;
        later.titleIt = QStringLiteral("Visita");
        later.kind = EventKind::Visit;
        later.status = EventStatus::Held;
        later.startDate = QDate(2022, 3, 2);
        later.setFigure(Figure::Pupils, 25);
        later.setFigure(Figure::Others, 0);
        Event timed;
        timed.titleIt = QStringLiteral("Laboratorio");
        timed.titleEn = QStringLiteral("Lab, robots");
        timed.kind = EventKind::Lab;
        timed.startDate = QDate(2022, 3, 1);
        timed.startTime = QTime(9, 30);
        timed.endTime = QTime(12, 0);
        timed.organiserIds = {QStringLiteral("p1"), QStringLiteral("p2")};
        timed.participantIds = {QStringLiteral("p3"), QStringLiteral("gone")};
        timed.subjects = {QStringLiteral("science"), QStringLiteral("Robotica")};
        timed.audience = {SchoolLevel::Primary, SchoolLevel::LowerSecondary};
        timed.descriptionEn = QStringLiteral("Two\nlines");
        Event allDay = timed;
        allDay.startTime = QTime();
        allDay.endTime = QTime();
        allDay.endDate = QDate(2022, 3, 3);
        allDay.titleEn = QStringLiteral("All day");
        allDay.titleIt.clear();
        allDay.status = EventStatus::Cancelled;
        const QHash<QString, QString> names{{QStringLiteral("p1"), QStringLiteral("Liceo")},
                                            {QStringLiteral("p2"), QStringLiteral("Museo")},
                                            {QStringLiteral("p3"), QStringLiteral("Comune")}};
        const QByteArray bytes = EventCsv::write({later, timed, allDay}, names, trieste);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray("title,kind,start,end,location,organiser,partners,status,pupils,"
                            "teachers,parents,researchers,teacher_trainees,others,subjects,"
                            "title_it,title_en,description_it,description_en,online_link,"
                            "audience,cluster\r"));
        // Sorted by start (all-day first on the same day), then title.
        QCOMPARE(lines.at(1),
                 QByteArray("All day,lab,2022-03-01,2022-03-03,,Liceo | Museo,Comune,cancelled,,,,,"
                            ",,science | Robotica,,All day,,\"Two"));
        QCOMPARE(lines.at(2), QByteArray("lines\",,primary | lower_secondary,Trieste\r"));
        QCOMPARE(lines.at(3),
                 QByteArray("\"Lab, robots\",lab,2022-03-01 09:30,12:00,,Liceo | Museo,Comune,"
                            "planned,,,,,,,science | Robotica,Laboratorio,\"Lab, robots\",,\"Two"));
        // The English title falls back to the Italian one.
        QCOMPARE(lines.at(5), QByteArray("Visita,visit,2022-03-02,,,,,held,25,,,,,0,,Visita,,,,,,"
                                         "Trieste\r"));
    }

    void writeItalian()
    {
        Event event;
        event.titleIt = QStringLiteral("Laboratorio; robot");
        event.titleEn = QStringLiteral("Robot lab");
        event.kind = EventKind::Meeting;
        event.status = EventStatus::Held;
        event.startDate = QDate(2022, 3, 1);
        event.startTime = QTime(17, 0);
        event.endDate = QDate(2022, 3, 2);
        event.endTime = QTime(9, 5);
        event.subjects = {QStringLiteral("mathematics"), QStringLiteral("arts")};
        event.audience = {SchoolLevel::Vocational};
        event.setFigure(Figure::TeacherTrainees, 7);
        const QByteArray bytes = EventCsv::write({event}, {}, trieste, CsvDialect::Italian);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0),
                 QStringLiteral("titolo;tipo;inizio;fine;luogo;organizzatore;partner;stato;alunni;"
                                "insegnanti;genitori;ricercatori;futuri insegnanti;altri;materie;"
                                "titolo italiano;titolo inglese;descrizione italiana;descrizione "
                                "inglese;link online;pubblico;cluster"));
        QCOMPARE(
            lines.at(1),
            QStringLiteral("\"Laboratorio; robot\";incontro;01/03/2022 17:00;02/03/2022 09:05;;"
                           ";;svolto;;;;;7;;matematica | arte;\"Laboratorio; robot\";Robot "
                           "lab;;;;formazione professionale;Trieste"));
    }
};

QTEST_GUILESS_MAIN(TestEventCsv)
#include "tst_eventcsv.moc"
