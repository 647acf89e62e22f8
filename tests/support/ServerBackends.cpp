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
