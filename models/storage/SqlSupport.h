#pragma once

#include "models/storage/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

// How values are written to and read from SQLite text columns: ISO dates, UTC timestamps.
namespace SqlSupport {

inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

// Text columns are NOT NULL: a null QString would bind as NULL, so it becomes "".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Tombstones the live rows of a child table (contacts, event links, targets) that belong to
// parentId and whose keyColumn is not in kept: how a save drops the entries an edit no longer
// lists. Table and column names are the caller's constants; every value is bound. On failure
// returns false with the database's message in *errorMessage.
bool tombstoneUnlisted(QSqlDatabase db, const QString &table, const QString &parentColumn,
                       const QString &parentId, const QString &keyColumn, const QStringList &kept,
                       const QString &now, QString *errorMessage);

// The cluster of each live row (deleted = 0) of table among ids: what a write is about to change,
// so that its announcement can tell new records from changed ones and name the clusters.
Result<QHash<QString, QString>> liveClusters(QSqlDatabase db, const QString &table,
                                             const QStringList &ids);

// Runs fn on ids in slices small enough for one statement's bound values.
template<typename Fn>
bool forEachSlice(const QStringList &ids, Fn fn)
{
    constexpr qsizetype sliceSize = 500;
    for (qsizetype first = 0; first < ids.size(); first += sliceSize) {
        if (!fn(ids.mid(first, sliceSize)))
            return false;
    }
    return true;
}

// "?, ?, ?": the placeholders of an IN list of count values.
QString placeholders(qsizetype count);

} // namespace SqlSupport
