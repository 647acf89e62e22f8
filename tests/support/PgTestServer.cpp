#include "tests/support/PgTestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

QString PgTestServer::binDir()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : found) {
        const QString dir = versions.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

bool PgTestServer::runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = binDir() + u'/' + tool;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder.path());
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2 %3")
                      .arg(tool, process.errorString(),
                           QString::fromLocal8Bit(process.readAll()).right(2000));
        return false;
    }
    return true;
}

PgTestServer::PgTestServer()
{
    if (binDir().isEmpty()) {
        m_error =
            QStringLiteral("PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin"
                           " or on PATH): run scripts/setup.sh");
        return;
    }
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return;
    }
    if (runningAsRoot()) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(m_folder.path()).constData(), postgres->pw_uid,
                                 postgres->pw_gid) != 0) {
            m_error = QStringLiteral("no postgres user to run the test server as");
            return;
        }
    }
    m_dataDir = m_folder.filePath(QStringLiteral("data"));
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth=trust"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C")}))
        return;
    // A port can be taken between the probe and pg_ctl; try a few.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options =
            QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off"
                           " -c max_connections=100")
                .arg(m_port)
                .arg(m_folder.path());
        m_running = runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                             m_folder.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                             QStringLiteral("-o"), options, QStringLiteral("start")});
    }
    if (m_running)
        m_error.clear();
}

PgTestServer::~PgTestServer()
{
    if (m_running)
        runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PgTestServer::createDatabase(const QString &name)
{
    if (!m_running)
        return {};
    const QString connection =
        QStringLiteral("pg-test-admin-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // A database name cannot be a bound value; the tests choose simple names.
            created = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!created)
                m_error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return created ? QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name)
                   : QString();
}
