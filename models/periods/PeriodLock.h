#pragma once

#include "models/events/Event.h"
#include "models/partners/Partner.h"
#include "models/periods/ReportingPeriod.h"
#include "models/storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The rule of a locked reporting period: no edit may change a KPI it has reported. An edit is
// given as a record's state before and after (nullopt: absent or deleted), as undo commands and
// imports hold it; the repositories ask before every write.
class PeriodLock
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLock)

public:
    PeriodLock() = default;
    explicit PeriodLock(QList<ReportingPeriod> lockedPeriods);
    // Every locked period of the database.
    static Result<PeriodLock> load(QSqlDatabase db);

    bool isEmpty() const { return m_periods.isEmpty(); }

    // Empty when the edit is allowed; otherwise a message naming the record and the period.
    QString refusal(const std::optional<Event> &before, const std::optional<Event> &after) const;
    QString refusal(const std::optional<Partner> &before,
                    const std::optional<Partner> &after) const;

    // The first refusal among the records of one edit: each saved record against its stored state,
    // each removed id as a delete. The stored states are read at once with readStored(ids), which
    // returns the live records among ids as a Result; when they cannot be read the edit is refused
    // too: a lock that cannot be checked holds.
    template<typename Record, typename ReadStored>
    QString refusal(const QList<Record> &toSave, const QStringList &toRemove,
                    ReadStored readStored) const
    {
        if (isEmpty())
            return {};
        QStringList ids = toRemove;
        for (const Record &record : toSave)
            ids.append(record.id);
        const Result<QList<Record>> stored = readStored(ids);
        if (!stored)
            return cannotCheckMessage(stored.error());
        QHash<QString, Record> storedById;
        for (const Record &record : *stored)
            storedById.insert(record.id, record);
        const auto before = [&storedById](const QString &id) {
            const auto it = storedById.constFind(id);
            return it == storedById.cend() ? std::optional<Record>() : std::optional<Record>(*it);
        };
        for (const Record &record : toSave) {
            if (QString why = refusal(before(record.id), std::optional<Record>(record));
                !why.isEmpty())
                return why;
        }
        for (const QString &id : toRemove) {
            if (QString why = refusal(before(id), std::optional<Record>()); !why.isEmpty())
                return why;
        }
        return {};
    }

    // Why an edit is refused when the locked periods cannot be read.
    static QString cannotCheckMessage(const QString &reason);

private:
    QString message(const QString &record, const ReportingPeriod &period) const;

    QList<ReportingPeriod> m_periods;
};
