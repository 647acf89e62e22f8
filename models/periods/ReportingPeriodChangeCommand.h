#pragma once

#include "models/periods/ReportingPeriod.h"
#include "models/storage/RecordChangeCommand.h"

#include <memory>

// Undoable edits of the reporting periods, with their texts for the Edit menu.
class ReportingPeriodChangeCommand : public RecordChangeCommand<ReportingPeriod>
{
public:
    using RecordChangeCommand<ReportingPeriod>::RecordChangeCommand;

    static std::unique_ptr<ReportingPeriodChangeCommand> add(RecordStore<ReportingPeriod> *store,
                                                             const ReportingPeriod &period);
    static std::unique_ptr<ReportingPeriodChangeCommand> edit(RecordStore<ReportingPeriod> *store,
                                                              const ReportingPeriod &before,
                                                              const ReportingPeriod &after);
    static std::unique_ptr<ReportingPeriodChangeCommand>
    remove(RecordStore<ReportingPeriod> *store, const QList<ReportingPeriod> &periods);
    // Locking records that the period has been reported; unlocking allows corrections again.
    static std::unique_ptr<ReportingPeriodChangeCommand>
    setLocked(RecordStore<ReportingPeriod> *store, const ReportingPeriod &period, bool locked);
};
