#pragma once

#include <QJsonObject>

struct KpiSnapshot;

// The KPI JSON of INTERFACES.md (`lecdesk kpi --format json`): every type, kind and figure key is
// present, with 0 where nothing counts; "targets" holds the KPIs that have one. Besides the
// contract: "period", the name of the reporting period, or null for a free date range;
// "clusters", how many clusters the figures sum over; "target_clusters" and
// "actual_in_target_clusters", for each key of "targets", how many clusters set that target and
// what those clusters reached together (docs/cli.md).
namespace KpiJson {
QJsonObject toJson(const KpiSnapshot &snapshot);
}
