#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

// Rolls back unless commit() was called: every edit is one transaction, whatever path it leaves by.
//
// Built on SQLite savepoints rather than BEGIN/COMMIT so that transactions nest: a repository call
// inside a caller's Transaction (the demo data adds a cluster and its partners) becomes part of
// the caller's transaction instead of failing. The outermost savepoint begins and commits the real
// transaction; SQLite resolves the shared name to the innermost open savepoint.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(exec(QStringLiteral("SAVEPOINT lec_transaction")))
    {
    }
    ~Transaction()
    {
        if (m_active) {
            exec(QStringLiteral("ROLLBACK TO lec_transaction"));
            exec(QStringLiteral("RELEASE lec_transaction"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // On failure (e.g. the database is busy) the transaction stays open and is rolled back when
    // this object goes.
    bool commit()
    {
        if (!m_active || !exec(QStringLiteral("RELEASE lec_transaction")))
            return false;
        m_active = false;
        return true;
    }

private:
    bool exec(const QString &statement)
    {
        QSqlQuery query(m_db);
        return query.exec(statement);
    }

    QSqlDatabase m_db;
    bool m_active;
};
