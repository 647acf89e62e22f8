#include "models/storage/SqlSupport.h"

#include "models/storage/SyncState.h"

#include <QSqlError>
#include <QSqlQuery>

bool SqlSupport::tombstoneUnlisted(QSqlDatabase db, const QString &table,
                                   const QString &parentColumn, const QString &parentId,
                                   const QString &keyColumn, const QStringList &kept,
                                   const QString &now, QString *errorMessage)
{
    QSqlQuery existing(db);
    if (!existing.prepare(QStringLiteral("SELECT ") + keyColumn + QStringLiteral(" FROM ") + table +
                          QStringLiteral(" WHERE ") + parentColumn +
                          QStringLiteral(" = ? AND deleted = 0"))) {
        *errorMessage = existing.lastError().text();
        return false;
    }
    existing.addBindValue(parentId);
    if (!existing.exec()) {
        *errorMessage = existing.lastError().text();
        return false;
    }
    QStringList dropped;
    while (existing.next()) {
        const QString key = existing.value(0).toString();
        if (!kept.contains(key))
            dropped.append(key);
    }
    QSqlQuery drop(db);
    if (!drop.prepare(QStringLiteral("UPDATE ") + table +
                      QStringLiteral(" SET deleted = 1, updated_at = ?, sync_state = ? WHERE ") +
                      parentColumn + QStringLiteral(" = ? AND ") + keyColumn +
                      QStringLiteral(" = ?"))) {
        *errorMessage = drop.lastError().text();
        return false;
    }
    for (const QString &key : std::as_const(dropped)) {
        drop.addBindValue(now);
        drop.addBindValue(SyncState::dirty());
        drop.addBindValue(parentId);
        drop.addBindValue(key);
        if (!drop.exec()) {
            *errorMessage = drop.lastError().text();
            return false;
        }
    }
    return true;
}

QString SqlSupport::placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

Result<QHash<QString, QString>> SqlSupport::liveClusters(QSqlDatabase db, const QString &table,
                                                         const QStringList &ids)
{
    QHash<QString, QString> clusters;
    QString error;
    const bool read = forEachSlice(ids, [&](const QStringList &slice) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT id, cluster_id FROM ") + table +
                           QStringLiteral(" WHERE deleted = 0 AND id IN (") +
                           placeholders(slice.size()) + QLatin1Char(')'))) {
            error = query.lastError().text();
            return false;
        }
        for (const QString &id : slice)
            query.addBindValue(id);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
        while (query.next())
            clusters.insert(query.value(0).toString(), query.value(1).toString());
        return true;
    });
    if (!read)
        return ReadError{error};
    return clusters;
}
