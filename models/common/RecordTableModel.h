#pragma once

#include "models/storage/ChangeNotifier.h"
#include "models/storage/RecordRows.h"
#include "models/storage/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>
#include <optional>

// What the table models of one cluster's records (partners, events, reporting periods) share:
// their rows follow the connection's ChangeNotifier, whoever wrote — an edit, an undo, an import,
// another process — with precise row signals, never a reset, so views keep their selection and
// scroll position. Only a switch to another cluster resets. A read that fails keeps the rows that
// were read last and says why (readError(), and the subclass's signal).
//
// Row holds the record as `record` and whatever the subclass derives from it (search text...).
template<typename Record, typename Row>
class RecordTableModel : public QAbstractTableModel
{
public:
    QString clusterId() const { return m_clusterId; }
    // Shows another cluster's records (a reset). When they cannot be read the model is empty and
    // readError() says why.
    void setClusterId(const QString &clusterId)
    {
        m_clusterId = clusterId;
        Result<QList<Record>> records =
            clusterId.isEmpty() ? Result<QList<Record>>(QList<Record>()) : readCluster(clusterId);
        beginResetModel();
        m_rows.clear();
        if (records) {
            // Moved, not copied: touching every string of a whole cluster again costs as much as
            // a good part of reading it.
            m_rows.reserve(records->size());
            for (Record &record : records.value())
                m_rows.append(makeRow(std::move(record)));
        }
        indexRows();
        endResetModel();
        noteRead(records);
    }
    // Reads the cluster again and brings the rows in step. On failure the rows stay.
    bool refresh()
    {
        if (m_clusterId.isEmpty())
            return true;
        const Result<QList<Record>> records = readCluster(m_clusterId);
        noteRead(records);
        if (!records)
            return false;
        QStringList touched = m_rowById.keys();
        for (const Record &record : *records)
            touched.append(record.id);
        updateRows(touched, *records);
        return true;
    }
    // Why the last read failed; empty when it succeeded.
    QString readError() const { return m_readError; }

    // The row of a record, or -1. Signals of a removal in several runs go out while rows are
    // still moving up, so an index that no longer matches is rebuilt before it is trusted.
    int rowOf(const QString &id) const
    {
        int row = m_rowById.value(id, -1);
        if (row >= 0 && (row >= m_rows.size() || m_rows.at(row).record.id != id)) {
            indexRows();
            row = m_rowById.value(id, -1);
        }
        return row;
    }
    const Record &recordAt(int row) const { return m_rows.at(row).record; }
    std::optional<Record> record(const QString &id) const
    {
        const int row = rowOf(id);
        if (row < 0)
            return std::nullopt;
        return m_rows.at(row).record;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    RecordTableModel(RecordKind kind, const QSqlDatabase &db, QObject *parent)
        : QAbstractTableModel(parent)
        , m_kind(kind)
    {
        QObject::connect(ChangeNotifier::of(db), &ChangeNotifier::recordsChanged, this,
                         [this](const RecordChanges &changes) { follow(changes); });
    }

    // The live records of a cluster.
    virtual Result<QList<Record>> readCluster(const QString &clusterId) const = 0;
    // The live records among ids, whatever their cluster.
    virtual Result<QList<Record>> readRecords(const QStringList &ids) const = 0;
    // The row of a record, which it takes (setClusterId moves the records it read into rows).
    virtual Row makeRow(Record record) const = 0;
    // A read failed (message), or succeeded again (empty message): the subclass's signal.
    virtual void announceReadState(const QString &message) = 0;
    // The rows have followed a change (every signal of it has gone out).
    virtual void rowsFollowed() {}

    // Emits dataChanged over the columns for each contiguous run of rows: a change of many
    // records must not flood the views.
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn)
    {
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (qsizetype i = 0; i < rows.size();) {
            const int first = rows.at(i);
            int last = first;
            while (i + 1 < rows.size() && rows.at(i + 1) == last + 1) {
                ++i;
                ++last;
            }
            ++i;
            Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
        }
    }

    QList<Row> m_rows;

private:
    void follow(const RecordChanges &changes)
    {
        if (m_clusterId.isEmpty() || !changes.concerns(m_kind, m_clusterId))
            return;
        // After a failed read the rows are out of step with the database, and reading only the
        // records of this change would hide that: read the cluster again.
        if (changes.unknown || !m_readError.isEmpty()) {
            refresh();
            return;
        }
        const QStringList touched = changes.touchedIds();
        const Result<QList<Record>> records = readRecords(touched);
        noteRead(records);
        if (!records)
            return;
        QList<Record> inCluster;
        for (const Record &record : *records) {
            if (record.clusterId == m_clusterId)
                inCluster.append(record);
        }
        updateRows(touched, inCluster);
    }

    // touched: every id to look at; current: those of them that now belong in the rows.
    void updateRows(const QStringList &touched, const QList<Record> &current)
    {
        QHash<QString, const Record *> currentById;
        currentById.reserve(current.size());
        for (const Record &record : current)
            currentById.insert(record.id, &record);

        QList<int> changedRows;
        QList<int> removedRows;
        QList<const Record *> appended;
        QSet<QString> seen;
        for (const QString &id : touched) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const int row = rowOf(id);
            const Record *now = currentById.value(id);
            if (now && row >= 0) {
                if (m_rows.at(row).record == *now)
                    continue; // read again, unchanged: no repaint, no re-sort
                m_rows[row] = makeRow(*now);
                changedRows.append(row);
            } else if (now) {
                appended.append(now);
            } else if (row >= 0) {
                removedRows.append(row);
            }
        }
        emitRowsChanged(changedRows, 0, columnCount() - 1);

        if (!removedRows.isEmpty()) {
            for (const auto &[first, last] : RecordRows::runsFromBottom(removedRows)) {
                beginRemoveRows({}, first, last);
                for (int row = first; row <= last; ++row)
                    m_rowById.remove(m_rows.at(row).record.id);
                m_rows.remove(first, last - first + 1);
                endRemoveRows();
            }
            indexRows(); // later rows moved up
        }
        if (!appended.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(appended.size()) - 1);
            for (const Record *record : std::as_const(appended)) {
                m_rowById.insert(record->id, int(m_rows.size()));
                m_rows.append(makeRow(*record));
            }
            endInsertRows();
        }
        rowsFollowed();
    }

    template<typename T>
    void noteRead(const Result<T> &result)
    {
        const QString error = result.ok() ? QString() : result.error();
        if (error == m_readError)
            return;
        m_readError = error;
        announceReadState(error);
    }

    void indexRows() const
    {
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(m_rows.at(row).record.id, row);
    }

    RecordKind m_kind;
    QString m_clusterId;
    mutable QHash<QString, int> m_rowById; // rebuilt by rowOf() when rows have moved
    QString m_readError;
};
