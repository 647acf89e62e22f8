#include "tests/support/TestSupport.h"

#include "models/clusters/ClusterRepository.h"
#include "models/storage/Database.h"

#include <QAtomicInt>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace TestSupport {

void isolateUserFolders()
{
    static QTemporaryDir folder;
    QStandardPaths::setTestModeEnabled(true);
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, folder.path());
}

TempDatabase::TempDatabase()
    : m_database(std::make_unique<Database>())
{
    m_database->open(path());
}

TempDatabase::~TempDatabase() = default;

QString TempDatabase::path() const
{
    return m_folder.filePath(QStringLiteral("lecdesk.sqlite"));
}

QString TempDatabase::errorMessage() const
{
    return m_database->errorMessage();
}

bool TempDatabase::isOpen() const
{
    return m_database->isOpen();
}

QString TempDatabase::addCluster(const QString &name, bool isDemo)
{
    Cluster cluster;
    cluster.name = name;
    cluster.isDemo = isDemo;
    ClusterRepository repository(m_database->connection());
    return repository.add(cluster) ? cluster.id : QString();
}

RawSqlite::RawSqlite(const QString &path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("raw-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.open();
}

RawSqlite::~RawSqlite()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawSqlite::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QString RawSqlite::exec(const QStringList &statements)
{
    QSqlQuery query(db());
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return statement + QStringLiteral(": ") + query.lastError().text();
    }
    return QString();
}

QString dataFile(const QString &name)
{
    return QStringLiteral(LECDESK_TEST_DATA_DIR "/") + name;
}

} // namespace TestSupport
