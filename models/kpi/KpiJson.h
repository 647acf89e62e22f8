#pragma once

#include <QJsonObject>

struct KpiSnapshot;

// The KPI JSON of INTERFACES.md (`lecdesk kpi --format json`): every type, kind and figure key is
// present, with 0 where nothing counts; "targets" holds the KPIs that have one. Besides the
// contract: "period", the name of the reporting period, or null for a free date range.
namespace KpiJson {
QJsonObject toJson(const KpiSnapshot &snapshot);
}
