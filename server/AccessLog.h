#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QUrl;

// What the access log records of one request. Nothing here may ever hold a token, an
// Authorization header, a password or a body: the log is read by people who must not see them.
struct AccessLogEntry
{
    QString time;          // Clock text, UTC
    QString remoteAddress; // "" when unknown
    QString method;        // "GET", ...; "" when the request line could not be read
    QString path;          // see AccessLog::loggablePath()
    int status = 0;
    qint64 responseBytes = 0; // the body's size, without the headers
    qint64 durationMs = 0;
    QString username; // the authenticated caller, or "" (written as null)
    bool replayed = false;
};

// The structured access log of lecdesk-server: one compact JSON object per line and request,
//   {"time":..., "remote_address":..., "method":..., "path":..., "status":...,
//    "response_bytes":..., "duration_ms":..., "username":... or null, "replayed":...}
// written to standard error, a file, or any QIODevice. Safe to share between server threads.
class AccessLog
{
public:
    // Writes to a device that outlives the log.
    explicit AccessLog(QIODevice *device);
    ~AccessLog();
    AccessLog(const AccessLog &) = delete;
    AccessLog &operator=(const AccessLog &) = delete;

    // "-" for standard error, otherwise a file appended to (created if needed). Returns null and
    // sets *error, naming the file, when it cannot be opened.
    static std::unique_ptr<AccessLog> open(const QString &target, QString *error);

    void write(const AccessLogEntry &entry);

    // The line written for an entry, without the newline.
    static QByteArray format(const AccessLogEntry &entry);

    // The request path with only the query items the protocol defines (since, limit, state,
    // record), none of them secret; any other query item is left out, since a careless client
    // could put a credential there.
    static QString loggablePath(const QUrl &url);

private:
    AccessLog(std::unique_ptr<QFile> file);

    QMutex m_mutex;
    std::unique_ptr<QFile> m_ownedFile;
    QIODevice *m_device = nullptr;
};
