#pragma once

#include <QDate>
#include <QMap>
#include <QMetaType>
#include <QString>

// A reporting period of a cluster (e.g. "Period 2", 2021-01-01 to 2022-09-30) with its KPI
// targets. Locked once reported: from then on nothing that counts towards its KPIs may change.
struct ReportingPeriod
{
    QString id;
    QString clusterId;
    QString name;
    QDate start;
    QDate end;
    bool locked = false;
    // Target per KPI key of KpiCatalogue; a KPI without an entry has no target.
    QMap<QString, double> targets;

    void assignMissingIds();
    bool contains(QDate day) const { return day >= start && day <= end; }
    bool overlaps(QDate from, QDate to) const { return start <= to && end >= from; }

    friend bool operator==(const ReportingPeriod &, const ReportingPeriod &) = default;
};

Q_DECLARE_METATYPE(ReportingPeriod)
