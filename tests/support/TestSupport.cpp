#include "TestSupport.h"

#include "ClusterRepository.h"
#include "Database.h"

#include <QSettings>
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

QString dataFile(const QString &name)
{
    return QStringLiteral(LECDESK_TEST_DATA_DIR "/") + name;
}

} // namespace TestSupport
