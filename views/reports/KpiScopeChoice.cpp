#include "views/reports/KpiScopeChoice.h"

#include <QSettings>

namespace {

// The dashboard's keys from before the report shared them, so that a saved choice still counts.
const QString allClustersKey = QStringLiteral("dashboard/allClusters");
const QString customKey = QStringLiteral("dashboard/customDates");
const QString periodKey = QStringLiteral("dashboard/period");
const QString fromKey = QStringLiteral("dashboard/from");
const QString toKey = QStringLiteral("dashboard/to");

} // namespace

KpiScopeChoice KpiScopeChoice::load()
{
    const QSettings settings;
    KpiScopeChoice choice;
    choice.allClusters = settings.value(allClustersKey, false).toBool();
    choice.custom = settings.value(customKey, false).toBool();
    choice.periodName = settings.value(periodKey).toString();
    choice.from = QDate::fromString(settings.value(fromKey).toString(), Qt::ISODate);
    choice.to = QDate::fromString(settings.value(toKey).toString(), Qt::ISODate);
    return choice;
}

void KpiScopeChoice::save() const
{
    QSettings settings;
    settings.setValue(allClustersKey, allClusters);
    settings.setValue(customKey, custom);
    settings.setValue(periodKey, periodName);
    settings.setValue(fromKey, from.toString(Qt::ISODate));
    settings.setValue(toKey, to.toString(Qt::ISODate));
}
