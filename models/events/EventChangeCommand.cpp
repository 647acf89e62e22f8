#include "models/events/EventChangeCommand.h"

#include <QCoreApplication>

EventChangeCommand *EventChangeCommand::add(RecordStore<Event> *store, const Event &event)
{
    return new EventChangeCommand(
        store,
        QCoreApplication::translate("EventChangeCommand", "Add “%1”").arg(event.displayTitle()),
        additions({event}));
}

EventChangeCommand *EventChangeCommand::duplicate(RecordStore<Event> *store, const Event &original,
                                                  const Event &copy)
{
    return new EventChangeCommand(
        store,
        QCoreApplication::translate("EventChangeCommand", "Duplicate “%1”")
            .arg(original.displayTitle()),
        additions({copy}));
}

EventChangeCommand *EventChangeCommand::edit(RecordStore<Event> *store, const Event &before,
                                             const Event &after)
{
    return new EventChangeCommand(
        store,
        QCoreApplication::translate("EventChangeCommand", "Edit “%1”").arg(after.displayTitle()),
        {{before, after}});
}

EventChangeCommand *EventChangeCommand::remove(RecordStore<Event> *store,
                                               const QList<Event> &events)
{
    const QString text =
        events.size() == 1 ? QCoreApplication::translate("EventChangeCommand", "Delete “%1”")
                                 .arg(events.constFirst().displayTitle())
                           : QCoreApplication::translate("EventChangeCommand", "Delete %n event(s)",
                                                         nullptr, int(events.size()));
    return new EventChangeCommand(store, text, removals(events));
}

EventChangeCommand *
EventChangeCommand::recordAttendance(RecordStore<Event> *store, const Event &before,
                                     const std::array<std::optional<int>, figureCount> &figures)
{
    Event after = before;
    after.status = EventStatus::Held;
    after.figures = figures;
    return new EventChangeCommand(
        store,
        QCoreApplication::translate("EventChangeCommand", "Record attendance for “%1”")
            .arg(before.displayTitle()),
        {{before, after}});
}

bool EventChangeCommand::canRecordAttendance(const Event &event, QDate today)
{
    switch (event.status) {
    case EventStatus::Planned:
    case EventStatus::Confirmed:
        return event.startDate.isValid() && event.startDate <= today;
    case EventStatus::Held:
        return !event.hasFigures();
    case EventStatus::Cancelled:
        return false;
    }
    return false;
}
