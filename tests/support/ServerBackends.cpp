#include "tests/support/ServerBackends.h"

#include <QTest>

void ServerBackends::addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString ServerBackends::freshDatabase(const QString &backend)
{
    ++m_count;
    if (backend == QLatin1String("sqlite"))
        return m_folder.filePath(QStringLiteral("server-%1.sqlite").arg(m_count));
    if (!m_postgres)
        m_postgres = std::make_unique<PgTestServer>();
    if (!m_postgres->isRunning()) {
        m_error = m_postgres->errorMessage();
        return {};
    }
    const QString url = m_postgres->createDatabase(QStringLiteral("lecdesk_test_%1").arg(m_count));
    m_error = m_postgres->errorMessage();
    return url;
}

std::unique_ptr<ServerDatabase> ServerBackends::openFreshDatabase(const QString &backend,
                                                                  DatabaseLocation *location)
{
    const QString text = freshDatabase(backend);
    if (text.isEmpty())
        return nullptr;
    QString error;
    const DatabaseLocation parsed = DatabaseLocation::parse(text, &error);
    std::unique_ptr<ServerDatabase> database = ServerDatabase::open(parsed, &error);
    if (!database) {
        m_error = error;
        return nullptr;
    }
    if (location)
        *location = parsed;
    return database;
}
