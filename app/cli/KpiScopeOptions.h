#pragma once

#include "models/kpi/Kpi.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

class Database;

namespace Cli {

struct Invocation;

// The options of the commands that work on a KPI scope (kpi, report, chart): which clusters,
// which days; and where the command writes (its --out, which each describes).
struct KpiScopeOptions
{
    explicit KpiScopeOptions(QCommandLineOption output);

    QCommandLineOption cluster;
    QCommandLineOption all;
    QCommandLineOption period;
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption out;

    QList<QCommandLineOption> list() const { return {cluster, all, period, from, to, out}; }
};

// Reads the scope options and finds the scope in the database. Returns nullopt with the exit
// code in *exitCode: 2 for options that do not fit together, 1 for a scope that does not exist.
// Without a database, only checks the options (an empty scope means they are fine).
std::optional<KpiScope> readKpiScope(const QCommandLineParser &parser,
                                     const KpiScopeOptions &options, const Database *database,
                                     int *exitCode);

// Opens the database, finds the scope of the options in it and computes its KPIs; nullopt with
// the exit code in *exitCode when the database cannot be opened, the scope does not exist or its
// KPIs cannot be computed.
std::optional<KpiSnapshot> readKpiSnapshot(const Invocation &invocation,
                                           const QCommandLineParser &parser,
                                           const KpiScopeOptions &options, int *exitCode);

} // namespace Cli
