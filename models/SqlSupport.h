#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
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

} // namespace SqlSupport
