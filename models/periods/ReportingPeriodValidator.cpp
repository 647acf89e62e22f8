#include "models/periods/ReportingPeriodValidator.h"

#include "models/common/LocaleFormat.h"
#include "models/kpi/Kpi.h"

#include <cmath>

QString ReportingPeriodValidator::endBeforeStartMessage()
{
    return tr("The period cannot end before it starts.");
}

QString ReportingPeriodValidator::negativeTargetMessage()
{
    return tr("A target cannot be negative.");
}

QList<PeriodIssue> ReportingPeriodValidator::validate(const ReportingPeriod &period,
                                                      const QList<ReportingPeriod> &others)
{
    QList<PeriodIssue> issues;
    const auto error = [&issues](PeriodField field, const QString &message, int row = -1) {
        issues.append({field, PeriodIssue::Severity::Error, message, row});
    };
    const QString name = period.name.trimmed();
    if (name.isEmpty())
        error(PeriodField::Name, tr("Give the period a name, e.g. “Period 2”."));
    if (!period.start.isValid())
        error(PeriodField::Start, tr("Give the first day of the period."));
    if (!period.end.isValid())
        error(PeriodField::End, tr("Give the last day of the period."));
    else if (period.start.isValid() && period.end < period.start)
        error(PeriodField::End, endBeforeStartMessage());

    for (const ReportingPeriod &other : others) {
        if (other.id == period.id || other.clusterId != period.clusterId || name.isEmpty() ||
            other.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        // The name picks the period in the report and on the command line, so it must be one.
        error(PeriodField::Name,
              tr("The cluster already has a period named “%1” (%2 to %3). Give this one another "
                 "name.")
                  .arg(other.name, LocaleFormat::shortDate(other.start),
                       LocaleFormat::shortDate(other.end)));
        break;
    }

    const QList<KpiDefinition> &kpis = KpiCatalogue::all();
    for (auto it = period.targets.cbegin(); it != period.targets.cend(); ++it) {
        const auto index = std::find_if(kpis.cbegin(), kpis.cend(), [&it](const KpiDefinition &k) {
            return k.key == it.key();
        });
        const int row = index == kpis.cend() ? -1 : int(index - kpis.cbegin());
        if (row < 0)
            error(PeriodField::Target, tr("“%1” is not a KPI that takes a target.").arg(it.key()));
        else if (!std::isfinite(it.value()))
            error(PeriodField::Target, tr("The target must be a number."), row);
        else if (it.value() < 0)
            error(PeriodField::Target, negativeTargetMessage(), row);
    }
    return issues;
}

bool ReportingPeriodValidator::parseTarget(const QString &text, const QLocale &locale,
                                           std::optional<double> *target, QString *errorMessage)
{
    const QString clean = text.trimmed();
    if (clean.isEmpty()) {
        *target = std::nullopt;
        return true;
    }
    bool ok = false;
    double value = locale.toDouble(clean, &ok);
    if (!ok)
        value = QLocale::c().toDouble(clean, &ok);
    if (!ok || !std::isfinite(value)) {
        *errorMessage = tr("“%1” is not a number.").arg(clean);
        return false;
    }
    if (value < 0) {
        *errorMessage = negativeTargetMessage();
        return false;
    }
    *target = value;
    return true;
}
