#pragma once

#include "models/periods/ReportingPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

// Reporting periods with their KPI targets. Every write is one transaction; deleting leaves
// tombstones. A locked period can only be unlocked: any other change to it is refused.
class ReportingPeriodRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriodRepository)

public:
    explicit ReportingPeriodRepository(QSqlDatabase db);

    // The live periods of a cluster, by start.
    QList<ReportingPeriod> forCluster(const QString &clusterId) const;
    std::optional<ReportingPeriod> find(const QString &id) const;
    // The live periods of that name (case ignored) in every cluster.
    QList<ReportingPeriod> named(const QString &name) const;
    // Every locked period of the database.
    QList<ReportingPeriod> locked() const;

    // Inserts or updates the period and makes its targets exactly period.targets. Fills an
    // empty id; trims the name.
    bool save(ReportingPeriod &period);
    bool remove(const QStringList &ids);
    // Saves some periods and tombstones others in one transaction: one undoable edit.
    bool apply(QList<ReportingPeriod> &toSave, const QStringList &toRemove);

    QString errorMessage() const { return m_errorMessage; }

private:
    QList<ReportingPeriod> select(const QString &where, const QVariantList &values) const;
    bool write(ReportingPeriod &period, const QString &now);
    bool tombstone(const QString &id, const QString &now);
    // Refuses a change to a locked period other than unlocking it.
    bool checkLock(const std::optional<ReportingPeriod> &before,
                   const std::optional<ReportingPeriod> &after);
    bool fail(const QString &reason);

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
