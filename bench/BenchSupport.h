#pragma once

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <initializer_list>
#include <sqlite3.h>
#include <utility>
#include <vector>

// The median time of a few rounds of the same work, in milliseconds; *result keeps what the last
// round returned, so the work cannot be optimised away and can be printed.
template<typename Round>
double medianMilliseconds(int rounds, Round round, int *result)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        *result = round();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Two ways of doing the same work timed in alternation, round by round, so that a change in the
// machine's load (other processes on a shared machine) falls on both alike. Returns the medians
// in milliseconds; *resultA and *resultB keep what the last rounds returned.
template<typename RoundA, typename RoundB>
std::pair<double, double> interleavedMedianMilliseconds(int rounds, RoundA a, RoundB b,
                                                        int *resultA, int *resultB)
{
    std::vector<double> timesA;
    std::vector<double> timesB;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        *resultA = a();
        timesA.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        *resultB = b();
        timesB.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(timesA.begin(), timesA.end());
    std::sort(timesB.begin(), timesB.end());
    return {timesA.at(timesA.size() / 2), timesB.at(timesB.size() / 2)};
}

// The raw baseline: opens the SQLite file read-only with the C API, runs each statement with the
// cluster id bound to ?1, fetches every column of every row as text, and returns the number of
// rows of the first statement (the rows a view would show). -1 when the file cannot be opened.
inline int rawSqliteRows(const QByteArray &path, const QByteArray &clusterId,
                         std::initializer_list<const char *> statements)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    int rows = 0;
    bool first = true;
    for (const char *sql : statements) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, clusterId.constData(), int(clusterId.size()),
                          SQLITE_STATIC);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                sqlite3_column_text(statement, column);
            if (first)
                ++rows;
        }
        sqlite3_finalize(statement);
        first = false;
    }
    sqlite3_close(db);
    return rows;
}
