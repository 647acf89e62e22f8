#pragma once

#include "models/common/Validation.h"
#include "models/periods/ReportingPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <optional>

enum class PeriodField {
    Name,
    Start,
    End,
    Target, // which one: ReportingPeriodValidator::targetKey(issue)
};

using PeriodIssue = FieldIssue<PeriodField>;

// The rules a reporting period and its targets must satisfy before they are saved.
class ReportingPeriodValidator
{
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriodValidator)

public:
    // others: the cluster's other periods, for the rule that a name is used once per cluster.
    // For a Target issue, row is the index of the KPI in KpiCatalogue::all().
    static QList<PeriodIssue> validate(const ReportingPeriod &period,
                                       const QList<ReportingPeriod> &others);
    static bool hasErrors(const QList<PeriodIssue> &issues) { return ::hasErrors(issues); }

    // Reads a target as typed: a number ≥ 0 in the given locale (or in C notation), or empty for
    // no target. On bad text returns false and *errorMessage says why.
    static bool parseTarget(const QString &text, const QLocale &locale,
                            std::optional<double> *target, QString *errorMessage);

    static QString endBeforeStartMessage();
    static QString negativeTargetMessage();
};
