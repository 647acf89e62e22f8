#include "models/events/EventChangeCommand.h"

#include <QCoreApplication>

std::unique_ptr<EventChangeCommand> EventChangeCommand::add(RecordStore<Event> *store,
                                                            const Event &event)
{
    return std::make_unique<EventChangeCommand>(
        store,
        [title = event.displayTitle()] {
            return QCoreApplication::translate("EventChangeCommand", "Add “%1”").arg(title);
        },
        additions({event}));
}

std::unique_ptr<EventChangeCommand>
EventChangeCommand::duplicate(RecordStore<Event> *store, const Event &original, const Event &copy)
{
    return std::make_unique<EventChangeCommand>(
        store,
        [title = original.displayTitle()] {
            return QCoreApplication::translate("EventChangeCommand", "Duplicate “%1”").arg(title);
        },
        additions({copy}));
}

std::unique_ptr<EventChangeCommand>
EventChangeCommand::edit(RecordStore<Event> *store, const Event &before, const Event &after)
{
    return std::make_unique<EventChangeCommand>(
        store,
        [title = after.displayTitle()] {
            return QCoreApplication::translate("EventChangeCommand", "Edit “%1”").arg(title);
        },
        QList<Entry>{{before, after}});
}

std::unique_ptr<EventChangeCommand> EventChangeCommand::remove(RecordStore<Event> *store,
                                                               const QList<Event> &events)
{
    const DescribeStep text = [count = int(events.size()), title = events.value(0).displayTitle()] {
        return count == 1
                   ? QCoreApplication::translate("EventChangeCommand", "Delete “%1”").arg(title)
                   : QCoreApplication::translate("EventChangeCommand", "Delete %n event(s)",
                                                 nullptr, count);
    };
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
        [title = before.displayTitle(), correcting = before.hasFigures()] {
            return correcting ? QCoreApplication::translate("EventChangeCommand",
                                                            "Correct attendance for “%1”")
                                    .arg(title)
                              : QCoreApplication::translate("EventChangeCommand",
                                                            "Record attendance for “%1”")
                                    .arg(title);
        },
        QList<Entry>{{before, after}});
}

bool EventChangeCommand::canRecordAttendance(const Event &event, QDate today)
{
    switch (event.status) {
    case EventStatus::Planned:
    case EventStatus::Confirmed:
        return event.startDate.isValid() && event.startDate <= today;
    case EventStatus::Held:
        return true; // recorded for the first time, or late figures corrected
    case EventStatus::Cancelled:
        return false;
    }
    return false;
}
