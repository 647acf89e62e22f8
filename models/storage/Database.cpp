#include "models/storage/Database.h"

#include "models/storage/ChangeNotifier.h"
#include "models/storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

// 'LECD': marks the file as ours, so another program's SQLite file is not mistaken for one.
constexpr int applicationId = 0x4C454344;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("lecdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/lecdesk.sqlite");
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

bool Database::fail(const QString &message)
{
    m_errorMessage = message;
    return false;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    ChangeNotifier::release(m_connectionName);
}

bool Database::checkExistingFile(Creation creation, bool *isNew)
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    *isNew = !info.exists() || info.size() == 0;
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(m_path));
    if (!info.exists() && creation == Creation::Nothing)
        return fail(tr("There is no database %1.").arg(m_path));
    if (!QFileInfo(folder).isDir()) {
        if (creation != Creation::FileAndFolder)
            return fail(tr("The folder %1 does not exist, so the database %2 cannot be created "
                           "there. Create the folder first, or check the path.")
                            .arg(folder, m_path));
        if (!QDir().mkpath(folder))
            return fail(tr("Cannot create the folder %1 for the database.").arg(folder));
    }

    // SQLite needs to create its journal files next to the database, even to read a WAL file.
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isWritable())
        return fail(tr("The folder %1 is read-only. LEC Desk needs to write there to keep the "
                       "database safe; choose a writable folder or change its permissions.")
                        .arg(folder));
    if (info.exists() && !info.isWritable())
        return fail(tr("The database file %1 is read-only.").arg(m_path));

    if (!*isNew) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArrayLiteral("SQLite format 3\0"))
            return fail(tr("%1 is not an LEC Desk database (it is not an SQLite file). Nothing "
                           "was changed.")
                            .arg(m_path));
    }
    return true;
}

bool Database::configureConnection()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(tr("Cannot enable foreign keys: %1").arg(query.lastError().text()));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("Cannot switch %1 to write-ahead logging: %2")
                        .arg(m_path, query.lastError().text()));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

bool Database::open(const QString &path, Creation creation)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_errorMessage.clear();
    const bool fileExisted = QFileInfo::exists(m_path);
    if (openAndMigrate(creation))
        return true;
    close();
    // A file this call created is removed again; an existing file is never touched.
    if (!fileExisted) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }
    return false;
}

bool Database::openAndMigrate(Creation creation)
{
    bool isNew = false;
    if (!checkExistingFile(creation, &isNew))
        return false;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));

    int foundApplicationId = 0;
    {
        // The first read proves the file is a readable database before anything is written.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return fail(tr("%1 is not an LEC Desk database or is damaged: %2")
                            .arg(m_path, query.lastError().text()));
        foundApplicationId = query.value(0).toInt();
    }
    const int version = Migrations::currentVersion(db);

    if (!isNew && foundApplicationId != applicationId) {
        QSqlQuery tables(db);
        if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next() &&
            tables.value(0).toInt() > 0)
            return fail(tr("%1 is an SQLite file of another program, not an LEC Desk database. "
                           "Nothing was changed.")
                            .arg(m_path));
    }
    if (version > Migrations::latestVersion())
        return fail(tr("%1 was written by a newer version of LEC Desk (database version %2; this "
                       "version knows up to %3). Update LEC Desk to open it. Nothing was changed.")
                        .arg(m_path)
                        .arg(version)
                        .arg(Migrations::latestVersion()));

    if (!configureConnection())
        return false;
    if (foundApplicationId != applicationId) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    }

    QString migrationError;
    if (!Migrations::migrate(db, &migrationError))
        return fail(tr("Cannot bring the database %1 up to date (%2). The previous version was "
                       "kept.")
                        .arg(m_path, migrationError));
    return true;
}
