#pragma once

#include "models/storage/RecordChangeCommand.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <utility>

// What the table models share when they mirror an edit, already saved, into their rows.
namespace RecordRows {

// The records an edit saves and the ids it deletes.
template<typename Record>
struct SplitChanges
{
    QList<Record> toSave;
    QStringList toRemove;
};

template<typename Record>
SplitChanges<Record> split(const QList<RecordChange<Record>> &changes)
{
    SplitChanges<Record> result;
    for (const RecordChange<Record> &change : changes) {
        if (change.state)
            result.toSave.append(*change.state);
        else
            result.toRemove.append(change.id);
    }
    return result;
}

// Row numbers as contiguous runs {first, last}, from the bottom up: removing the runs in this order
// keeps the numbers of the runs still to go valid, and each run is one beginRemoveRows().
inline QList<std::pair<int, int>> runsFromBottom(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> runs;
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            --first;
        }
        ++i;
        runs.append({first, last});
    }
    return runs;
}

} // namespace RecordRows
