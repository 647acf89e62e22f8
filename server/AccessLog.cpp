#include "server/AccessLog.h"

#include "protocol/SyncMessages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

AccessLog::AccessLog(QIODevice *device)
    : m_device(device)
{
}

AccessLog::AccessLog(std::unique_ptr<QFile> file)
    : m_ownedFile(std::move(file))
    , m_device(m_ownedFile.get())
{
}

AccessLog::~AccessLog() = default;

std::unique_ptr<AccessLog> AccessLog::open(const QString &target, QString *error)
{
    auto file = std::make_unique<QFile>();
    bool opened = false;
    if (target == QLatin1String("-")) {
        opened = file->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    } else {
        file->setFileName(target);
        opened = file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
    }
    if (!opened) {
        *error =
            QStringLiteral("Cannot open the access log %1: %2")
                .arg(target == QLatin1String("-") ? QStringLiteral("(standard error)") : target,
                     file->errorString());
        return nullptr;
    }
    return std::unique_ptr<AccessLog>(new AccessLog(std::move(file)));
}

void AccessLog::write(const AccessLogEntry &entry)
{
    QByteArray line = format(entry);
    line.append('\n');
    const QMutexLocker locker(&m_mutex);
    // One write call per line, so that lines of several threads or processes never interleave.
    m_device->write(line);
}

QByteArray AccessLog::format(const AccessLogEntry &entry)
{
    const QJsonObject object{
        {QStringLiteral("time"), entry.time},
        {QStringLiteral("remote_address"), Protocol::textOrNull(entry.remoteAddress)},
        {QStringLiteral("method"), Protocol::textOrNull(entry.method)},
        {QStringLiteral("path"), Protocol::textOrNull(entry.path)},
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("response_bytes"), entry.responseBytes},
        {QStringLiteral("duration_ms"), entry.durationMs},
        {QStringLiteral("username"), Protocol::textOrNull(entry.username)},
        {QStringLiteral("replayed"), entry.replayed},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AccessLog::loggablePath(const QUrl &url)
{
    static const QStringList loggableKeys = {QStringLiteral("since"), QStringLiteral("limit"),
                                             QStringLiteral("state"), QStringLiteral("record")};
    const QUrlQuery query(url);
    QUrlQuery kept;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded)) {
        if (loggableKeys.contains(key))
            kept.addQueryItem(key, value);
    }
    const QString path = url.path(QUrl::FullyEncoded);
    if (kept.isEmpty())
        return path;
    return path + u'?' + kept.toString(QUrl::FullyEncoded);
}
