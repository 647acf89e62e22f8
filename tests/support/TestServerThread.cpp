#include "tests/support/TestServerThread.h"

#include "server/AccessLog.h"
#include "server/ServerDatabase.h"
#include "tests/support/TestCertificate.h"

#include <QFile>

TestClock::TestClock()
    : m_start(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
{
    m_clock.set([this] { return m_start.addMSecs(m_offsetMs.load()); });
}

TestServerThread::TestServerThread(const QString &database, const TestCertificate &certificate,
                                   const TestClock &clock, const TestServerOptions &options)
    : m_database(database)
    , m_certificatePath(certificate.certificatePath())
    , m_keyPath(certificate.keyPath())
    , m_clock(clock)
    , m_options(options)
{
    start();
    m_ready.acquire();
}

TestServerThread::~TestServerThread()
{
    quit();
    wait();
}

QUrl TestServerThread::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString TestServerThread::accessLogPath() const
{
    return m_folder.filePath(QStringLiteral("access.log"));
}

QList<QByteArray> TestServerThread::accessLogLines() const
{
    QFile file(accessLogPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

void TestServerThread::inServer(const std::function<void(TestServerParts &)> &work)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(
        m_context, [this, &work] { work(*m_parts); }, Qt::BlockingQueuedConnection);
}

void TestServerThread::run()
{
    const auto fail = [this](const QString &error) {
        m_error = error;
        m_ready.release();
    };
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(m_database, &error);
    if (!error.isEmpty())
        return fail(error);
    const std::unique_ptr<ServerDatabase> database = ServerDatabase::open(location, &error);
    if (!database)
        return fail(error);
    const QSslConfiguration tls = HttpApi::tlsConfiguration(m_certificatePath, m_keyPath, &error);
    if (tls.isNull())
        return fail(error);
    const std::unique_ptr<AccessLog> log = AccessLog::open(accessLogPath(), &error);
    if (!log)
        return fail(error);

    Accounts accounts(*database, m_clock.clock(), m_options.accounts);
    SyncStore sync(*database, m_clock.clock(), m_options.sync);
    HttpApi api(*database, accounts, sync, m_clock.clock(), m_options.http, log.get());
    api.sslSetup(tls);
    m_port = api.listen(QHostAddress::LocalHost, 0);
    if (!m_port)
        return fail(QStringLiteral("the server could not listen on 127.0.0.1"));

    QObject context;
    TestServerParts parts{*database, accounts, sync, api};
    m_context = &context;
    m_parts = &parts;
    m_ready.release();
    exec();
    m_context = nullptr;
    m_parts = nullptr;
}
