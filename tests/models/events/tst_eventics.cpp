#include "models/events/EventIcs.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime stamp(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);

// The physical lines of an .ics file, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// The content lines, unfolded.
QStringList contentLines(const QByteArray &ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    return QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(bytes); // decoding happens on conversion
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

Event makeEvent(const QString &id, const QString &titleEn, QDate start)
{
    Event event;
    event.id = id;
    event.titleEn = titleEn;
    event.startDate = start;
    return event;
}

// A python3 that has the icalendar package (python3-icalendar; see scripts/setup.sh). The first
// python3 on PATH may be another installation without it.
QString pythonWithIcalendar()
{
    for (const QString &candidate :
         {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

class TestEventIcs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Lab: robots") << QStringLiteral("Lab: robots");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("a\\, b");
        QTest::newRow("semicolon") << QStringLiteral("a; b") << QStringLiteral("a\\; b");
        QTest::newRow("backslash") << QStringLiteral("C:\\dati") << QStringLiteral("C:\\\\dati");
        QTest::newRow("backslash before n") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
        QTest::newRow("LF") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("CR") << QStringLiteral("one\rtwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("blank line")
            << QStringLiteral("one\n\ntwo") << QStringLiteral("one\\n\\ntwo");
        QTest::newRow("quotes and accents")
            << QStringLiteral("“Università” \"x\"") << QStringLiteral("“Università” \"x\"");
    }
    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(EventIcs::escapeText(text), escaped);
    }

    void foldLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << QStringLiteral("SUMMARY:Lab");
        QTest::newRow("75 octets") << QStringLiteral("SUMMARY:") + QString(67, QLatin1Char('x'));
        QTest::newRow("76 octets") << QStringLiteral("SUMMARY:") + QString(68, QLatin1Char('x'));
        QTest::newRow("long ASCII")
            << QStringLiteral("DESCRIPTION:") + QString(500, QLatin1Char('y'));
        QTest::newRow("two-byte characters")
            << QStringLiteral("SUMMARY:") + QString(100, QChar(0x00E8)); // è
        QTest::newRow("three-byte characters, shifted")
            << QStringLiteral("SUMMARY:x") + QString(80, QChar(0x20AC)); // €
        QTest::newRow("four-byte characters")
            << QStringLiteral("SUMMARY:ab") + QString::fromUtf8("\xF0\x9F\x94\xAD").repeated(60);
        QTest::newRow("mixed") << QStringLiteral("LOCATION:") +
                                      QStringLiteral("Università “Golfo”, aula 3; ").repeated(8);
    }
    void foldLine()
    {
        QFETCH(QString, line);
        const QByteArray folded = EventIcs::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = physicalLines(folded);
        const QByteArray utf8 = line.toUtf8();
        QCOMPARE(lines.size() > 1, utf8.size() > 75);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray &physical = lines.at(i);
            QVERIFY2(physical.size() <= 75, physical.constData());
            QCOMPARE(physical.startsWith(' '), i > 0);
            // No character is cut in two: every physical line is valid UTF-8 on its own.
            QVERIFY2(isValidUtf8(physical), physical.toHex().constData());
            // Shorter only by the bytes of a character that did not fit.
            if (i + 1 < lines.size())
                QVERIFY2(physical.size() >= 71, physical.constData());
        }
        QCOMPARE(contentLines(folded), QStringList{line});
    }

    void calendarStructure()
    {
        Event timed = makeEvent(QStringLiteral("e1"), QStringLiteral("Lab"), QDate(2022, 3, 1));
        timed.startTime = QTime(9, 30);
        timed.endTime = QTime(12, 0);
        timed.status = EventStatus::Planned;
        timed.kind = EventKind::Lab;
        timed.onlineLink = QStringLiteral("meet.example.org/room,1");
        Event allDay = makeEvent(QStringLiteral("e2"), QStringLiteral("Course"), QDate(2022, 4, 4));
        allDay.endDate = QDate(2022, 4, 8);
        allDay.status = EventStatus::Confirmed;
        allDay.kind = EventKind::Course;
        Event oneDay =
            makeEvent(QStringLiteral("e3"), QStringLiteral("Visit"), QDate(2022, 12, 31));
        oneDay.status = EventStatus::Held;
        Event overnight =
            makeEvent(QStringLiteral("e4"), QStringLiteral("Camp"), QDate(2022, 7, 1));
        overnight.startTime = QTime(18, 0);
        overnight.endDate = QDate(2022, 7, 2);
        overnight.status = EventStatus::Cancelled;
        Event open = makeEvent(QStringLiteral("e5"), QStringLiteral("Talk"), QDate(2022, 7, 3));
        open.startTime = QTime(18, 0);
        const Event undated; // not a calendar entry

        const QByteArray ics = EventIcs::write({timed, allDay, oneDay, overnight, open, undated},
                                               {}, QStringLiteral("en"), stamp);
        QVERIFY(!ics.contains("\n\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        for (const QByteArray &line : physicalLines(ics))
            QVERIFY2(line.size() <= 75, line.constData());

        const QStringList lines = contentLines(ics);
        QCOMPARE(lines.constFirst(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.constLast(), QStringLiteral("END:VCALENDAR"));
        for (const char *expected :
             {"VERSION:2.0", "CALSCALE:GREGORIAN", "BEGIN:VTIMEZONE", "TZID:Europe/Rome",
              "TZNAME:CET", "TZNAME:CEST", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
              "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"})
            QVERIFY2(lines.contains(QLatin1String(expected)), expected);
        QVERIFY(lines.at(2).startsWith(QLatin1String("PRODID:-//LEC Desk//")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 5);
        QCOMPARE(lines.count(QStringLiteral("DTSTAMP:20240102T030405Z")), 5);

        auto eventLines = [&lines](const QString &uid) {
            const qsizetype begin = lines.indexOf(QStringLiteral("UID:") + uid);
            const qsizetype end = lines.indexOf(QStringLiteral("END:VEVENT"), begin);
            return lines.mid(begin, end - begin);
        };
        QCOMPARE(eventLines(QStringLiteral("e1@lecdesk")),
                 (QStringList{
                     QStringLiteral("UID:e1@lecdesk"), QStringLiteral("DTSTAMP:20240102T030405Z"),
                     QStringLiteral("DTSTART;TZID=Europe/Rome:20220301T093000"),
                     QStringLiteral("DTEND;TZID=Europe/Rome:20220301T120000"),
                     QStringLiteral("SUMMARY:Lab"), QStringLiteral("DESCRIPTION:Kind: Lab"),
                     QStringLiteral("URL:https://meet.example.org/room,1"),
                     QStringLiteral("CATEGORIES:Lab"), QStringLiteral("STATUS:TENTATIVE")}));
        const QStringList course = eventLines(QStringLiteral("e2@lecdesk"));
        QVERIFY(course.contains(QStringLiteral("DTSTART;VALUE=DATE:20220404")));
        // DTEND of a date is exclusive: the day after the last day.
        QVERIFY(course.contains(QStringLiteral("DTEND;VALUE=DATE:20220409")));
        QVERIFY(course.contains(QStringLiteral("CATEGORIES:Academy course")));
        QVERIFY(course.contains(QStringLiteral("STATUS:CONFIRMED")));
        const QStringList visit = eventLines(QStringLiteral("e3@lecdesk"));
        QVERIFY(visit.contains(QStringLiteral("DTSTART;VALUE=DATE:20221231")));
        QVERIFY(visit.contains(QStringLiteral("DTEND;VALUE=DATE:20230101")));
        QVERIFY(visit.contains(QStringLiteral("STATUS:CONFIRMED")));
        const QStringList camp = eventLines(QStringLiteral("e4@lecdesk"));
        QVERIFY(camp.contains(QStringLiteral("DTEND;TZID=Europe/Rome:20220703T000000")));
        QVERIFY(camp.contains(QStringLiteral("STATUS:CANCELLED")));
        const QStringList talk = eventLines(QStringLiteral("e5@lecdesk"));
        QVERIFY(!talk.join(QLatin1Char('\n')).contains(QLatin1String("DTEND")));

        // A stamp in local time is written in UTC; the same events give the same file.
        const QDateTime local = stamp.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Rome")));
        QCOMPARE(EventIcs::write({timed, allDay, oneDay, overnight, open}, {}, QStringLiteral("en"),
                                 local),
                 EventIcs::write({timed, allDay, oneDay, overnight, open}, {}, QStringLiteral("en"),
                                 stamp));
        QCOMPARE(EventIcs::uid(timed), QStringLiteral("e1@lecdesk"));
    }

    void languageAndPartners()
    {
        Event lab = makeEvent(QStringLiteral("e1"), QStringLiteral("Robot lab"), QDate(2022, 3, 1));
        lab.titleIt = QStringLiteral("Laboratorio di robotica");
        lab.descriptionEn = QStringLiteral("In English");
        lab.organiserIds = {QStringLiteral("p1"), QStringLiteral("unknown")};
        lab.participantIds = {QStringLiteral("p2")};
        const QHash<QString, QString> names{{QStringLiteral("p1"), QStringLiteral("Liceo")},
                                            {QStringLiteral("p2"), QStringLiteral("Museo, Onde")}};
        const QStringList italian =
            contentLines(EventIcs::write({lab}, names, QStringLiteral("it"), stamp));
        QVERIFY(italian.contains(QStringLiteral("SUMMARY:Laboratorio di robotica")));
        // Without an Italian description the English one is used.
        const QString description = italian.filter(QStringLiteral("DESCRIPTION:")).value(0);
        QVERIFY2(description.startsWith(QLatin1String("DESCRIPTION:In English\\n\\n")),
                 qPrintable(description));
        QVERIFY2(description.contains(QLatin1String("Liceo")), qPrintable(description));
        QVERIFY2(description.contains(QLatin1String("Museo\\, Onde")), qPrintable(description));
        const QStringList english =
            contentLines(EventIcs::write({lab}, names, QStringLiteral("en"), stamp));
        QVERIFY(english.contains(QStringLiteral("SUMMARY:Robot lab")));
    }

    // The file as another program reads it: python3-icalendar.
    void parsedByIcalendar()
    {
        const QString python = pythonWithIcalendar();
        if (python.isEmpty())
            QFAIL("No python3 with the icalendar package; install python3-icalendar "
                  "(scripts/setup.sh does).");

        Event winter = makeEvent(QStringLiteral("0b4f6c9e-1111-4a2b-9c3d-000000000001"),
                                 QStringLiteral("Lab, robots; sensors — più “idee” \\ tutto"),
                                 QDate(2022, 3, 1));
        winter.startTime = QTime(9, 30);
        winter.endTime = QTime(12, 0);
        winter.descriptionEn =
            QStringLiteral("First line; with a comma, too.\nSecond line: è "
                           "così.\n\n") +
            QStringLiteral("Una riga lunghissima con lettere accentate àèìòù ").repeated(4);
        winter.location = QStringLiteral("Via del Faro 3, Trieste");
        winter.onlineLink = QStringLiteral("https://meet.example.org/room?a=1&b=2");
        winter.kind = EventKind::Workshop;
        winter.status = EventStatus::Confirmed;
        Event summer = makeEvent(QStringLiteral("0b4f6c9e-1111-4a2b-9c3d-000000000002"),
                                 QString(70, QChar(0x00E8)), QDate(2022, 7, 15));
        summer.startTime = QTime(18, 15);
        summer.status = EventStatus::Held;
        Event course = makeEvent(QStringLiteral("0b4f6c9e-1111-4a2b-9c3d-000000000003"),
                                 QStringLiteral("Academy"), QDate(2022, 4, 4));
        course.endDate = QDate(2022, 4, 8);
        course.kind = EventKind::Course;
        course.status = EventStatus::Cancelled;
        Event planned = makeEvent(QStringLiteral("0b4f6c9e-1111-4a2b-9c3d-000000000004"),
                                  QStringLiteral("Open day"), QDate(2022, 10, 30));
        planned.startTime = QTime(10, 0);

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("events.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            EventIcs::write({winter, summer, course, planned}, {}, QStringLiteral("en"), stamp));
        file.close();

        QProcess process;
        process.start(python, {QStringLiteral(ICS_TO_JSON_SCRIPT), path});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        QJsonParseError error;
        const QJsonObject calendar =
            QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        QCOMPARE(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(calendar.value(QStringLiteral("calscale")).toString(),
                 QStringLiteral("GREGORIAN"));
        QCOMPARE(calendar.value(QStringLiteral("timezones")).toArray(),
                 QJsonArray{QStringLiteral("Europe/Rome")});
        const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 4);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("uid")).toString(), EventIcs::uid(winter));
        QCOMPARE(first.value(QStringLiteral("dtstamp")).toString(),
                 QStringLiteral("2024-01-02T03:04:05+00:00"));
        QCOMPARE(first.value(QStringLiteral("summary")).toString(), winter.titleEn);
        QVERIFY2(first.value(QStringLiteral("description"))
                     .toString()
                     .startsWith(winter.descriptionEn.trimmed() + QStringLiteral("\n\nKind: ")),
                 qPrintable(first.value(QStringLiteral("description")).toString()));
        QCOMPARE(first.value(QStringLiteral("location")).toString(), winter.location);
        QCOMPARE(first.value(QStringLiteral("url")).toString(), winter.onlineLink);
        QCOMPARE(first.value(QStringLiteral("categories")).toArray(),
                 QJsonArray{QStringLiteral("Workshop")});
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));
        const QJsonObject start = first.value(QStringLiteral("dtstart")).toObject();
        QCOMPARE(start.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Rome"));
        QCOMPARE(start.value(QStringLiteral("all_day")).toBool(), false);
        // Central European Time in winter, summer time in July.
        QCOMPARE(start.value(QStringLiteral("value")).toString(),
                 QStringLiteral("2022-03-01T09:30:00+01:00"));
        QCOMPARE(first.value(QStringLiteral("dtend"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("2022-03-01T12:00:00+01:00"));

        const QJsonObject second = events.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("summary")).toString(), summer.titleEn);
        QCOMPARE(second.value(QStringLiteral("dtstart"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("2022-07-15T18:15:00+02:00"));
        QVERIFY(second.value(QStringLiteral("dtend")).isNull());
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));

        const QJsonObject third = events.at(2).toObject();
        const QJsonObject courseStart = third.value(QStringLiteral("dtstart")).toObject();
        QCOMPARE(courseStart.value(QStringLiteral("all_day")).toBool(), true);
        QCOMPARE(courseStart.value(QStringLiteral("value")).toString(),
                 QStringLiteral("2022-04-04"));
        QCOMPARE(third.value(QStringLiteral("dtend"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("2022-04-09"));
        QCOMPARE(third.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
        QCOMPARE(third.value(QStringLiteral("categories")).toArray(),
                 QJsonArray{QStringLiteral("Academy course")});

        QCOMPARE(events.at(3).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("TENTATIVE"));
    }
};

QTEST_GUILESS_MAIN(TestEventIcs)
#include "tst_eventics.moc"
