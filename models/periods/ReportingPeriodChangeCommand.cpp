#include "models/periods/ReportingPeriodChangeCommand.h"

#include <QCoreApplication>

namespace {

QString described(const char *source, const ReportingPeriod &period)
{
    return QCoreApplication::translate("ReportingPeriodChangeCommand", source).arg(period.name);
}

} // namespace

ReportingPeriodChangeCommand *ReportingPeriodChangeCommand::add(RecordStore<ReportingPeriod> *store,
                                                                const ReportingPeriod &period)
{
    return new ReportingPeriodChangeCommand(
        store,
        described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Add period “%1”"), period),
        additions({period}));
}

ReportingPeriodChangeCommand *
ReportingPeriodChangeCommand::edit(RecordStore<ReportingPeriod> *store,
                                   const ReportingPeriod &before, const ReportingPeriod &after)
{
    return new ReportingPeriodChangeCommand(
        store,
        described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Edit period “%1”"), after),
        {{before, after}});
}

ReportingPeriodChangeCommand *
ReportingPeriodChangeCommand::remove(RecordStore<ReportingPeriod> *store,
                                     const QList<ReportingPeriod> &periods)
{
    const QString description =
        periods.size() == 1
            ? described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Delete period “%1”"),
                        periods.constFirst())
            : QCoreApplication::translate("ReportingPeriodChangeCommand", "Delete %n period(s)",
                                          nullptr, int(periods.size()));
    return new ReportingPeriodChangeCommand(store, description, removals(periods));
}

ReportingPeriodChangeCommand *
ReportingPeriodChangeCommand::setLocked(RecordStore<ReportingPeriod> *store,
                                        const ReportingPeriod &period, bool locked)
{
    ReportingPeriod after = period;
    after.locked = locked;
    return new ReportingPeriodChangeCommand(
        store,
        locked ? described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Lock period “%1”"),
                           period)
               : described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Unlock period “%1”"),
                           period),
        {{period, after}});
}
