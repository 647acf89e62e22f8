#include "models/storage/DatabaseWatcher.h"

#include "models/storage/ChangeNotifier.h"

#include <QFileInfo>
#include <QSqlQuery>

DatabaseWatcher::DatabaseWatcher(QSqlDatabase db, const QString &path, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_path(path)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(50);
    connect(&m_settle, &QTimer::timeout, this, &DatabaseWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watchFiles(); // a file replaced (the WAL after a checkpoint) drops out of the watch
        m_settle.start();
    });
    m_lastVersion = dataVersion();
    watchFiles();
}

void DatabaseWatcher::watchFiles()
{
    // A commit in WAL mode writes the -wal file; a checkpoint writes the database itself.
    for (const QString &file : {m_path, QString(m_path + QStringLiteral("-wal"))}) {
        if (!m_watcher.files().contains(file) && QFileInfo::exists(file))
            m_watcher.addPath(file);
    }
}

qint64 DatabaseWatcher::dataVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void DatabaseWatcher::check()
{
    const qint64 version = dataVersion();
    // -1: the file cannot be read right now; the next look tells.
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    ChangeNotifier::of(m_db)->announceOutsideWrite();
}
