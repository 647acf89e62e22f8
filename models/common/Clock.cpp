#include "models/common/Clock.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>

QDate Clock::overriddenToday(QString *problem)
{
    const QString value = qEnvironmentVariable("LECDESK_TODAY").trimmed();
    if (value.isEmpty())
        return {};
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid() && problem)
        *problem = QCoreApplication::translate(
                       "Clock", "LECDESK_TODAY is “%1”, not a date written as YYYY-MM-DD "
                                "(e.g. 2026-11-20); the system's date is used.")
                       .arg(value);
    return day;
}

QDate Clock::today()
{
    const QDate overridden = overriddenToday();
    return overridden.isValid() ? overridden : QDate::currentDate();
}

void Clock::warnIfOverrideIgnored()
{
    QString problem;
    overriddenToday(&problem);
    if (!problem.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(problem));
}
