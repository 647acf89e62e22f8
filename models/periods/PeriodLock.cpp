#include "models/periods/PeriodLock.h"

#include "models/common/LocaleFormat.h"
#include "models/periods/ReportingPeriodRepository.h"

#include <QLocale>

namespace {

// What an event adds to the KPIs of a period: its kind and figures when held and starting in
// it, nothing otherwise. Not recorded and 0 add the same.
struct EventContribution
{
    bool counts = false;
    EventKind kind = EventKind::Event;
    std::array<int, figureCount> figures{};

    friend bool operator==(const EventContribution &, const EventContribution &) = default;
};

EventContribution contribution(const std::optional<Event> &event, const ReportingPeriod &period)
{
    EventContribution result;
    if (!event || event->clusterId != period.clusterId || event->status != EventStatus::Held ||
        !period.contains(event->startDate))
        return result;
    result.counts = true;
    result.kind = event->kind;
    for (int i = 0; i < figureCount; ++i)
        result.figures[std::size_t(i)] = event->figures[std::size_t(i)].value_or(0);
    return result;
}

// What a partner adds to the institutions KPI of a period: its type while a member in it.
std::optional<PartnerType> contribution(const std::optional<Partner> &partner,
                                        const ReportingPeriod &period)
{
    if (!partner || partner->clusterId != period.clusterId ||
        !partner->isMemberDuring(period.start, period.end))
        return std::nullopt;
    return partner->type;
}

} // namespace

PeriodLock::PeriodLock(QList<ReportingPeriod> lockedPeriods)
    : m_periods(std::move(lockedPeriods))
{
}

Result<PeriodLock> PeriodLock::load(QSqlDatabase db)
{
    return ReportingPeriodRepository(std::move(db))
        .locked()
        .map([](const QList<ReportingPeriod> &periods) { return PeriodLock(periods); });
}

QString PeriodLock::cannotCheckMessage(const QString &reason)
{
    return tr("Cannot check the locked reporting periods, so nothing was changed: %1").arg(reason);
}

QString PeriodLock::message(const QString &record, const ReportingPeriod &period) const
{
    return tr("“%1” counts towards the reporting period “%2” (%3 to %4), which is locked because "
              "it has been reported, so its KPIs can no longer change. To make this change, "
              "first unlock the period under Reports › Reporting periods.")
        .arg(record, period.name, LocaleFormat::shortDate(period.start),
             LocaleFormat::shortDate(period.end));
}

QString PeriodLock::refusal(const std::optional<Event> &before,
                            const std::optional<Event> &after) const
{
    const QString language =
        QLocale().language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en");
    for (const ReportingPeriod &period : m_periods) {
        if (contribution(before, period) != contribution(after, period))
            return message((before ? before : after)->title(language), period);
    }
    return {};
}

QString PeriodLock::refusal(const std::optional<Partner> &before,
                            const std::optional<Partner> &after) const
{
    for (const ReportingPeriod &period : m_periods) {
        if (contribution(before, period) != contribution(after, period))
            return message((before ? before : after)->name, period);
    }
    return {};
}
