#pragma once

#include "server/Accounts.h"
#include "server/Clock.h"
#include "server/HttpApi.h"
#include "server/SyncStore.h"

#include <QDateTime>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>

class ServerDatabase;
class TestCertificate;

// The server's clock in a test: it stands at a fixed moment until the test moves it on (token
// expiry, login throttling). Safe to read from the server thread while the test moves it.
class TestClock
{
public:
    TestClock();
    const Clock &clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }

private:
    QDateTime m_start;
    std::atomic<qint64> m_offsetMs{0};
    Clock m_clock;
};

struct TestServerOptions
{
    HttpLimits http;
    AccountPolicy accounts;
    SyncLimits sync;
};

// The server's parts, as work given to TestServerThread::inServer() sees them.
struct TestServerParts
{
    ServerDatabase &database;
    Accounts &accounts;
    SyncStore &sync;
    HttpApi &api;
};

// lecdesk-server's HttpApi in a thread of its own, as in production: its own database connection,
// TLS with the test certificate on 127.0.0.1 and a free port, the access log in a temporary file.
// Clients in the test thread are then real concurrent clients. Several may share one database.
class TestServerThread : public QThread
{
public:
    // Starts the thread and waits until the server listens (or failed: see errorMessage()).
    TestServerThread(const QString &database, const TestCertificate &certificate,
                     const TestClock &clock, const TestServerOptions &options = {});
    ~TestServerThread() override;

    bool isListening() const { return m_port != 0; }
    QString errorMessage() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl url() const;

    // Runs `work` in the server thread (its connection, its components) and waits for it: for
    // setting up accounts and clusters and for checking what was written.
    void inServer(const std::function<void(TestServerParts &)> &work);

    QString accessLogPath() const;
    QList<QByteArray> accessLogLines() const;

protected:
    void run() override;

private:
    QString m_database;
    QString m_certificatePath;
    QString m_keyPath;
    const TestClock &m_clock;
    TestServerOptions m_options;
    QTemporaryDir m_folder;
    QSemaphore m_ready;
    quint16 m_port = 0;
    QString m_error;
    QObject *m_context = nullptr;
    TestServerParts *m_parts = nullptr;
};
