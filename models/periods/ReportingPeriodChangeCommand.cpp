#include "models/periods/ReportingPeriodChangeCommand.h"

#include <QCoreApplication>

namespace {

DescribeStep described(const char *source, const ReportingPeriod &period)
{
    return [source, name = period.name] {
        return QCoreApplication::translate("ReportingPeriodChangeCommand", source).arg(name);
    };
}

} // namespace

std::unique_ptr<ReportingPeriodChangeCommand>
ReportingPeriodChangeCommand::add(RecordStore<ReportingPeriod> *store,
                                  const ReportingPeriod &period)
{
    return std::make_unique<ReportingPeriodChangeCommand>(
        store,
        described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Add period “%1”"), period),
        additions({period}));
}

std::unique_ptr<ReportingPeriodChangeCommand>
ReportingPeriodChangeCommand::edit(RecordStore<ReportingPeriod> *store,
                                   const ReportingPeriod &before, const ReportingPeriod &after)
{
    return std::make_unique<ReportingPeriodChangeCommand>(
        store,
        described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Edit period “%1”"), after),
        QList<Entry>{{before, after}});
}

std::unique_ptr<ReportingPeriodChangeCommand>
ReportingPeriodChangeCommand::remove(RecordStore<ReportingPeriod> *store,
                                     const QList<ReportingPeriod> &periods)
{
    const DescribeStep description =
        periods.size() == 1
            ? described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Delete period “%1”"),
                        periods.constFirst())
            : DescribeStep([count = int(periods.size())] {
                  return QCoreApplication::translate("ReportingPeriodChangeCommand",
                                                     "Delete %n period(s)", nullptr, count);
              });
    return std::make_unique<ReportingPeriodChangeCommand>(store, description, removals(periods));
}

std::unique_ptr<ReportingPeriodChangeCommand>
ReportingPeriodChangeCommand::setLocked(RecordStore<ReportingPeriod> *store,
                                        const ReportingPeriod &period, bool locked)
{
    ReportingPeriod after = period;
    after.locked = locked;
    return std::make_unique<ReportingPeriodChangeCommand>(
        store,
        locked ? described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Lock period “%1”"),
                           period)
               : described(QT_TRANSLATE_NOOP("ReportingPeriodChangeCommand", "Unlock period “%1”"),
                           period),
        QList<Entry>{{period, after}});
}
