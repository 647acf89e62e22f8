#pragma once

#include "models/common/Clock.h"
#include "models/events/Event.h"
#include "models/storage/RecordChangeCommand.h"

#include <QDate>

#include <memory>

// Undoable edits of the events, with their texts for the Edit menu.
class EventChangeCommand : public RecordChangeCommand<Event>
{
public:
    using RecordChangeCommand<Event>::RecordChangeCommand;

    static std::unique_ptr<EventChangeCommand> add(RecordStore<Event> *store, const Event &event);
    // A copy of another event, saved as a new one.
    static std::unique_ptr<EventChangeCommand> duplicate(RecordStore<Event> *store,
                                                         const Event &original, const Event &copy);
    static std::unique_ptr<EventChangeCommand> edit(RecordStore<Event> *store, const Event &before,
                                                    const Event &after);
    static std::unique_ptr<EventChangeCommand> remove(RecordStore<Event> *store,
                                                      const QList<Event> &events);

    // Marks the event as held with these figures, as one step.
    static std::unique_ptr<EventChangeCommand>
    recordAttendance(RecordStore<Event> *store, const Event &before,
                     const std::array<std::optional<int>, figureCount> &figures);
    // Whether the quick attendance flow fits: a planned or confirmed event that has begun, or a
    // held event whose figures are still missing.
    static bool canRecordAttendance(const Event &event, QDate today = Clock::today());
};
