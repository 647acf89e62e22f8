#pragma once

#include "models/events/Event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// iCalendar (RFC 5545) export of events, for calendar programs: one VEVENT per event, times in
// Europe/Rome (the time zone the events are recorded in), all-day events as dates.
class EventIcs
{
    Q_DECLARE_TR_FUNCTIONS(EventIcs)

public:
    // language: "it" or "en", for the titles and descriptions (each falls back to the other
    // language). partnerNamesById names the organisers in the description. stamp: DTSTAMP, the
    // current time when null.
    static QByteArray write(const QList<Event> &events,
                            const QHash<QString, QString> &partnerNamesById,
                            const QString &language, const QDateTime &stamp = QDateTime());

    // A TEXT value: backslash, semicolon and comma escaped, line breaks as \n.
    static QString escapeText(const QString &text);
    // One content line, folded so that no line is longer than 75 octets (a UTF-8 character is
    // never split), each line ended by CRLF.
    static QByteArray foldLine(const QString &line);
    // The stable UID of an event.
    static QString uid(const Event &event);
};
