#pragma once

#include "models/clusters/Cluster.h"
#include "models/common/Clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A sample cluster with realistic, clearly fictional data so that a newcomer sees a living app.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static QString defaultClusterName();
    // "School year 2025/26" for 2025, in the user's language.
    static QString schoolYearName(int startYear);

    // Creates the cluster (marked as demo) with its partners, contact persons, events and
    // reporting periods in one transaction, dated relative to today: the last two school years
    // up to today and the next four months. Refuses, with *errorMessage set, when a cluster of
    // that name exists and is not a demo cluster; a demo cluster that exists already is left as
    // it is (returns true, *alreadyExisted set).
    static bool create(QSqlDatabase db, const QString &clusterName, Cluster *created,
                       bool *alreadyExisted, QString *errorMessage, QDate today = Clock::today());

private:
    static QString cannotReadMessage(const QString &reason);
};
