#pragma once

#include "models/common/Clock.h"
#include "models/common/Validation.h"
#include "models/events/Event.h"

#include <QCoreApplication>
#include <QDate>

enum class EventField {
    Title,
    Kind,
    Status,
    Start,
    End,
    Location,
    OnlineLink,
    Organisers,
    Participants,
    Audience,
    Subjects,
    Figures, // row: the Figure
};

using EventIssue = FieldIssue<EventField>;

// The rules an event must satisfy before it is saved; the editor, the attendance dialog and the
// CSV import share them.
class EventValidator
{
    Q_DECLARE_TR_FUNCTIONS(EventValidator)

public:
    // today: for the warning about a held event that has not happened yet.
    static QList<EventIssue> validate(const Event &event, QDate today = Clock::today());
    static bool hasErrors(const QList<EventIssue> &issues) { return ::hasErrors(issues); }

    static QString titleRequiredMessage();
    static QString startRequiredMessage();
    static QString endBeforeStartMessage();
    static QString negativeFigureMessage();
    // Figures on an event that is not held (planned, confirmed or cancelled).
    static QString figuresNotHeldMessage(EventStatus status);
};
