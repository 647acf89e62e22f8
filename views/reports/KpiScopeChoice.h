#pragma once

#include <QDate>
#include <QString>

// The scope of the KPIs the coordinator chose last on the dashboard (a cluster or all of them; a
// reporting period by name or any days), remembered across sessions. The periodic report starts
// from it, so that the report covers what the dashboard showed.
struct KpiScopeChoice
{
    bool allClusters = false;
    bool custom = false; // the days from and to, not a period
    QString periodName;  // empty: none chosen yet (the period under way is shown)
    QDate from;
    QDate to;

    static KpiScopeChoice load();
    void save() const;
};
