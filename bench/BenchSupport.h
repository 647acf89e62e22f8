#pragma once

#include <QElapsedTimer>

#include <algorithm>
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
