#pragma once

#include "models/clusters/Cluster.h"
#include "models/events/Event.h"
#include "models/kpi/Kpi.h"
#include "models/partners/Partner.h"
#include "models/storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Everything the periodic report shows for a scope, read in one go: the KPI snapshot and the
// rows behind it (the drill-down of KpiCalculator, so that the lists add up to the KPIs).
struct KpiReportData
{
    Q_DECLARE_TR_FUNCTIONS(KpiReportData)

public:
    KpiSnapshot snapshot;
    std::optional<Cluster> cluster;       // the cluster of the scope; none for every cluster
    QList<Partner> institutions;          // members during the period, by name
    QList<Event> events;                  // held events starting in the period, by start
    QHash<QString, QString> partnerNames; // organiser and partner names by id
    QHash<QString, QString> clusterNames; // cluster names by id, for the roll-up

    // Reads the data of a scope (from KpiCalculator::resolveScope).
    static Result<KpiReportData> collect(QSqlDatabase db, const KpiScope &scope);

private:
    static QString cannotReadMessage(const QString &reason);
};
