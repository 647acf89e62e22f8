#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

// Notices writes to the database file by anyone but this connection — `lecdesk partners import`
// run while the window is open, a second window on the same file — and announces them through the
// connection's ChangeNotifier as outside writes, so that open views read again and follow.
// SQLite's data_version tells whether another connection committed since the last look; the
// file watcher only says when to look.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    DatabaseWatcher(QSqlDatabase db, const QString &path, QObject *parent = nullptr);

    // Looks now: announces an outside write when one happened since the last look.
    void check();

private:
    qint64 dataVersion() const;
    void watchFiles();

    QSqlDatabase m_db;
    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // one look for a burst of file events
    qint64 m_lastVersion = -1;
};
