#pragma once

#include "models/storage/ChangeNotifier.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Rolls back unless commit() was called: every edit is one transaction, whatever path it leaves by.
// The changes the repositories announce inside it reach the connection's ChangeNotifier listeners
// once the outermost transaction has committed, and never if it rolls back.
//
// Transactions nest: a Transaction made while another is open on the same connection becomes an
// SQLite savepoint inside it, so that a repository call (which opens its own Transaction) can be
// part of a larger edit, e.g. the demo data adding a cluster and its partners all or nothing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_nested(depth() > 0)
    {
        m_active = m_nested ? exec(QStringLiteral("SAVEPOINT lec_nested")) : m_db.transaction();
        if (m_active) {
            ++depth();
            ChangeNotifier::of(m_db)->transactionOpened();
        }
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        if (m_nested) {
            exec(QStringLiteral("ROLLBACK TO lec_nested"));
            exec(QStringLiteral("RELEASE lec_nested"));
        } else {
            m_db.rollback();
        }
        --depth();
        ChangeNotifier::of(m_db)->transactionClosed(false);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }

    // A commit that fails (e.g. the database is busy) leaves the transaction to be rolled back
    // when this object goes. A nested commit only releases its savepoint into the outer one.
    bool commit()
    {
        if (!m_active)
            return false;
        if (!(m_nested ? exec(QStringLiteral("RELEASE lec_nested")) : m_db.commit()))
            return false;
        m_active = false;
        --depth();
        ChangeNotifier::of(m_db)->transactionClosed(true);
        return true;
    }

private:
    // Open Transactions per connection; connections are per thread.
    int &depth() const
    {
        static thread_local QHash<QString, int> depths;
        return depths[m_db.connectionName()];
    }

    bool exec(const QString &statement)
    {
        QSqlQuery query(m_db);
        return query.exec(statement);
    }

    QSqlDatabase m_db;
    bool m_nested;
    bool m_active = false;
};
