#include "models/events/EventChangeCommand.h"

#include <QCoreApplication>

std::unique_ptr<EventChangeCommand> EventChangeCommand::add(RecordStore<Event> *store,
                                                            const Event &event)
{
    return std::make_unique<EventChangeCommand>(
        store,
        QCoreApplication::translate("EventChangeCommand", "Add “%1”").arg(event.displayTitle()),
        additions({event}));
}

std::unique_ptr<EventChangeCommand>
EventChangeCommand::duplicate(RecordStore<Event> *store, const Event &original, const Event &copy)
{
    return std::make_unique<EventChangeCommand>(
        store,
        QCoreApplication::translate("EventChangeCommand", "Duplicate “%1”")
            .arg(original.displayTitle()),
        additions({copy}));
}

std::unique_ptr<EventChangeCommand>
EventChangeCommand::edit(RecordStore<Event> *store, const Event &before, const Event &after)
{
    return std::make_unique<EventChangeCommand>(
        store,
        QCoreApplication::translate("EventChangeCommand", "Edit “%1”").arg(after.displayTitle()),
        QList<Entry>{{before, after}});
}

std::unique_ptr<EventChangeCommand> EventChangeCommand::remove(RecordStore<Event> *store,
                                                               const QList<Event> &events)
{
    const QString text =
        events.size() == 1 ? QCoreApplication::translate("EventChangeCommand", "Delete “%1”")
                                 .arg(events.constFirst().displayTitle())
                           : QCoreApplication::translate("EventChangeCommand", "Delete %n event(s)",
                                                         nullptr, int(events.size()));
    return std::make_unique<EventChangeCommand>(store, text, removals(events));
}

std::unique_ptr<EventChangeCommand>
EventChangeCommand::recordAttendance(RecordStore<Event> *store, const Event &before,
                                     const std::array<std::optional<int>, figureCount> &figures)
{
    Event after = before;
    after.status = EventStatus::Held;
    after.figures = figures;
    return std::make_unique<EventChangeCommand>(
        store,
        QCoreApplication::translate("EventChangeCommand", "Record attendance for “%1”")
            .arg(before.displayTitle()),
        QList<Entry>{{before, after}});
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
