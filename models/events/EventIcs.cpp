#include "models/events/EventIcs.h"

#include "models/partners/PartnerValidator.h"

namespace {

constexpr qsizetype maxLineOctets = 75;
const QString timeZoneId = QStringLiteral("Europe/Rome");

// Central European Time with the EU summer-time rules (last Sunday of March and of October).
const char *const romeTimeZone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Rome",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

QString icsDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString icsLocalDateTime(QDate date, QTime time)
{
    return icsDate(date) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss"));
}

QString icsStatus(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned:
        return QStringLiteral("TENTATIVE");
    case EventStatus::Confirmed:
    case EventStatus::Held:
        break;
    case EventStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("CONFIRMED");
}

// Collects the content lines of the calendar.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(EventIcs)

public:
    Writer(const QHash<QString, QString> &partnerNamesById, const QString &language,
           const QDateTime &stamp)
        : m_partnerNamesById(partnerNamesById)
        , m_language(language)
        , m_stamp(stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")))
    {
    }

    QByteArray calendar(const QList<Event> &events)
    {
        line(QStringLiteral("BEGIN:VCALENDAR"));
        line(QStringLiteral("VERSION:2.0"));
        line(QStringLiteral("PRODID:-//LEC Desk//LEC Desk ") + QLatin1String(LECDESK_VERSION) +
             QStringLiteral("//EN"));
        line(QStringLiteral("CALSCALE:GREGORIAN"));
        line(QStringLiteral("METHOD:PUBLISH"));
        for (const char *text : romeTimeZone)
            line(QLatin1String(text));
        for (const Event &event : events) {
            if (event.startDate.isValid())
                vevent(event);
        }
        line(QStringLiteral("END:VCALENDAR"));
        return m_out;
    }

private:
    void line(const QString &text) { m_out += EventIcs::foldLine(text); }

    void text(const char *name, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            line(QLatin1String(name) + QLatin1Char(':') + EventIcs::escapeText(value));
    }

    void vevent(const Event &event)
    {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + EventIcs::uid(event));
        line(QStringLiteral("DTSTAMP:") + m_stamp);
        times(event);
        text("SUMMARY", event.title(m_language));
        text("DESCRIPTION", description(event));
        text("LOCATION", event.location);
        // A URI, not TEXT: it is written without escapes.
        if (const QString url = PartnerValidator::normalizedWebsite(event.onlineLink);
            !url.isEmpty())
            line(QStringLiteral("URL:") + url);
        text("CATEGORIES", EventVocabulary::label(event.kind));
        line(QStringLiteral("STATUS:") + icsStatus(event.status));
        line(QStringLiteral("END:VEVENT"));
    }

    void times(const Event &event)
    {
        const QString zoned = QStringLiteral(";TZID=") + timeZoneId + QLatin1Char(':');
        if (event.isAllDay()) {
            // DTEND of a date is exclusive: the day after the last day.
            line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(event.startDate));
            line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(event.lastDate().addDays(1)));
            return;
        }
        line(QStringLiteral("DTSTART") + zoned +
             icsLocalDateTime(event.startDate, event.startTime));
        if (event.endTime.isValid())
            line(QStringLiteral("DTEND") + zoned +
                 icsLocalDateTime(event.lastDate(), event.endTime));
        else if (event.endDate.isValid()) // until the end of the last day
            line(QStringLiteral("DTEND") + zoned +
                 icsLocalDateTime(event.endDate.addDays(1), QTime(0, 0)));
    }

    QString description(const Event &event) const
    {
        QStringList parts;
        if (const QString text = event.description(m_language).trimmed(); !text.isEmpty())
            parts.append(text);
        QStringList facts{tr("Kind: %1").arg(EventVocabulary::label(event.kind))};
        if (const QStringList names = partnerNames(event.organiserIds); !names.isEmpty())
            facts.append(tr("Organised by: %1").arg(names.join(QStringLiteral(", "))));
        if (const QStringList names = partnerNames(event.participantIds); !names.isEmpty())
            facts.append(tr("With: %1").arg(names.join(QStringLiteral(", "))));
        parts.append(facts.join(QLatin1Char('\n')));
        return parts.join(QStringLiteral("\n\n"));
    }

    QStringList partnerNames(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids) {
            if (const auto name = m_partnerNamesById.constFind(id);
                name != m_partnerNamesById.cend())
                names.append(*name);
        }
        return names;
    }

    const QHash<QString, QString> &m_partnerNamesById;
    const QString m_language;
    const QString m_stamp;
    QByteArray m_out;
};

} // namespace

QByteArray EventIcs::write(const QList<Event> &events,
                           const QHash<QString, QString> &partnerNamesById, const QString &language,
                           const QDateTime &stamp)
{
    return Writer(partnerNamesById, language,
                  stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc())
        .calendar(events);
}

QString EventIcs::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case ';':
            escaped += QStringLiteral("\\;");
            break;
        case ',':
            escaped += QStringLiteral("\\,");
            break;
        case '\r':
            // CRLF is one line break.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            Q_FALLTHROUGH();
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray EventIcs::foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    folded.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = maxLineOctets; // continuation lines start with a space, which counts
    while (bytes.size() - start > room) {
        qsizetype end = start + room;
        // Back up to the first byte of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        folded += bytes.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        room = maxLineOctets - 1;
    }
    folded += bytes.mid(start);
    folded += "\r\n";
    return folded;
}

QString EventIcs::uid(const Event &event)
{
    return event.id + QStringLiteral("@lecdesk");
}
