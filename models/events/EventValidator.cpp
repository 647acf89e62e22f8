#include "models/events/EventValidator.h"

#include "models/partners/PartnerValidator.h"

QString EventValidator::titleRequiredMessage()
{
    return tr("A title is required, in Italian, in English or in both.");
}

QString EventValidator::startRequiredMessage()
{
    return tr("The start date is required.");
}

QString EventValidator::endBeforeStartMessage()
{
    return tr("The end cannot be before the start.");
}

QString EventValidator::negativeFigureMessage()
{
    return tr("Participation figures are whole numbers of 0 or more.");
}

QString EventValidator::figuresNotHeldMessage(EventStatus status)
{
    return tr("Participation figures are recorded only for held events; this event is “%1”. "
              "Mark it as held, or clear the figures.")
        .arg(EventVocabulary::label(status));
}

QList<EventIssue> EventValidator::validate(const Event &event, QDate today)
{
    using Severity = EventIssue::Severity;
    QList<EventIssue> issues;
    auto error = [&](EventField field, const QString &message, int row = -1) {
        issues.append({field, Severity::Error, message, row});
    };
    auto warning = [&](EventField field, const QString &message) {
        issues.append({field, Severity::Warning, message, -1});
    };

    if (event.titleIt.trimmed().isEmpty() && event.titleEn.trimmed().isEmpty())
        error(EventField::Title, titleRequiredMessage());

    if (!event.startDate.isValid()) {
        error(EventField::Start, startRequiredMessage());
    } else {
        if (event.endDate.isValid() && event.endDate < event.startDate)
            error(EventField::End, endBeforeStartMessage());
        else if (event.endTime.isValid() && !event.startTime.isValid())
            error(EventField::End, tr("An end time needs a start time; give both or neither."));
        else if (event.endTime.isValid() && event.lastDate() == event.startDate &&
                 event.endTime < event.startTime)
            error(EventField::End, endBeforeStartMessage());
    }

    if (!event.onlineLink.trimmed().isEmpty() &&
        PartnerValidator::normalizedWebsite(event.onlineLink).isEmpty())
        error(EventField::OnlineLink,
              tr("“%1” is not a web address (for example https://meet.example.org/room).")
                  .arg(event.onlineLink.trimmed()));

    for (const QString &id : event.participantIds) {
        if (event.organiserIds.contains(id)) {
            error(EventField::Participants,
                  tr("A partner cannot be both an organiser and a participant of the same event."));
            break;
        }
    }

    bool anyNegative = false;
    for (Figure figure : EventVocabulary::figures()) {
        const std::optional<int> value = event.figure(figure);
        if (value && *value < 0) {
            error(EventField::Figures, negativeFigureMessage(), int(figure));
            anyNegative = true;
        }
    }
    if (event.hasFigures() && event.status != EventStatus::Held && !anyNegative)
        error(EventField::Figures, figuresNotHeldMessage(event.status));

    if (event.status == EventStatus::Held) {
        if (event.startDate.isValid() && today.isValid() && event.startDate > today)
            warning(EventField::Status, tr("This event is marked as held but starts in the "
                                           "future."));
        else if (!event.hasFigures())
            warning(EventField::Figures, tr("No participation figures have been recorded yet."));
    }
    return issues;
}
