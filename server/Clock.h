#pragma once

#include <QDateTime>

#include <functional>

// The server's idea of "now", replaceable so that tests can move time forward (token expiry,
// login throttling) without waiting. Timestamps are stored as UTC ISO text with milliseconds,
// which sorts and compares as text the same on SQLite and PostgreSQL.
class Clock
{
public:
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }
    QString nowText() const { return text(now()); }
    void set(std::function<QDateTime()> now) { m_now = std::move(now); }

    static QString text(const QDateTime &time)
    {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    static QDateTime parse(const QString &text)
    {
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    }

private:
    std::function<QDateTime()> m_now;
};
