#pragma once

#include "models/periods/ReportingPeriod.h"
#include "models/storage/RecordChangeCommand.h"
#include "models/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

using ReportingPeriodChange = RecordChange<ReportingPeriod>;

// Reporting periods with their KPI targets. Every write is one transaction and is announced
// through the connection's ChangeNotifier (RecordKind::ReportingPeriod); deleting leaves
// tombstones. A locked period can only be unlocked: any other change to it is refused. Reads say
// when they fail.
class ReportingPeriodRepository : public RecordStore<ReportingPeriod>
{
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriodRepository)

public:
    explicit ReportingPeriodRepository(QSqlDatabase db);

    // The live periods of a cluster, by start.
    Result<QList<ReportingPeriod>> forCluster(const QString &clusterId) const;
    Result<std::optional<ReportingPeriod>> find(const QString &id) const;
    // The live periods among ids, whatever their cluster.
    Result<QList<ReportingPeriod>> byIds(const QStringList &ids) const;
    // The live periods of that name (case ignored) in every cluster.
    Result<QList<ReportingPeriod>> named(const QString &name) const;
    // Every locked period of the database.
    Result<QList<ReportingPeriod>> locked() const;

    // Inserts or updates the period and makes its targets exactly period.targets. Fills an
    // empty id; trims the name.
    bool save(ReportingPeriod &period);
    bool remove(const QStringList &ids);
    // Saves some periods and tombstones others in one transaction: one undoable edit.
    bool apply(QList<ReportingPeriod> &toSave, const QStringList &toRemove);
    // The same as a list of changes: how undo commands write.
    bool apply(const QList<ReportingPeriodChange> &changes) override;

    QString errorMessage() const override { return m_errorMessage; }

private:
    Result<QList<ReportingPeriod>> select(const QString &where, const QVariantList &values) const;
    bool write(ReportingPeriod &period, const QString &now);
    bool tombstone(const QString &id, const QString &now);
    // Refuses a change to a locked period other than unlocking it, and any change when the
    // stored period cannot be read.
    bool checkLock(const Result<std::optional<ReportingPeriod>> &stored,
                   const std::optional<ReportingPeriod> &after);
    bool fail(const QString &reason);

    QSqlDatabase m_db;
    mutable QString m_errorMessage;
};
