#pragma once

#include "app/cli/CliSupport.h"
#include "models/clusters/ClusterRepository.h"
#include "models/storage/Database.h"

#include <QHash>

#include <functional>

// The runners the CSV imports and the file exports share: the command gives what differs.
namespace Cli {

// What differs between importing partners and importing events.
template<typename Plan>
struct ImportCommand
{
    QString command;     // "partners import FILE.csv"
    QString description; // for --help
    std::function<Plan(const Database &, const QString &file, const QString &defaultCluster)> plan;
    std::function<bool(const Database &, const Plan &, QString *errorMessage)> save;
    // "Imported 3 partners into “Trieste”." or, in a dry run, "Would import …".
    std::function<QString(int count, const QString &cluster, bool dryRun)> importedMessage;
};

// "FILE:LINE: column 'name': message", or without the column for a problem of the whole row.
QString rowErrorLine(const QString &file, const CsvRowError &error);

// One line per cluster, in the order the file first names them.
template<typename Plan>
void printImportSummary(const ImportCommand<Plan> &import, const Plan &plan, bool dryRun)
{
    QStringList clusterNames;
    QHash<QString, int> counts;
    for (const CsvImportRow &row : plan.rows) {
        if (!row.isValid())
            continue;
        if (!counts.contains(row.clusterName))
            clusterNames.append(row.clusterName);
        ++counts[row.clusterName];
    }
    for (const QString &name : std::as_const(clusterNames))
        printOut(import.importedMessage(counts.value(name), name, dryRun));
    if (const int invalid = plan.invalidCount(); invalid > 0)
        printOut(dryRun ? CommandLine::tr("Would skip %n row(s) with errors.", nullptr, invalid)
                        : CommandLine::tr("Skipped %n row(s) with errors.", nullptr, invalid));
}

// Every import: check every row first, list every bad row, write all or nothing.
template<typename Plan>
int runImport(const Invocation &invocation, const ImportCommand<Plan> &import,
              const QStringList &arguments)
{
    const QCommandLineOption cluster =
        clusterOption(CommandLine::tr("The cluster for rows without a cluster column (may be "
                                      "omitted when the database has one cluster)."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         CommandLine::tr("Import the valid rows and skip the bad "
                                                         "ones (default: a bad row imports "
                                                         "nothing)."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        CommandLine::tr("Check the file and report, but write nothing."));
    const Parsed parsed = invocation.parse(
        import.command, import.description, {cluster, skipInvalid, dryRun},
        {{CommandLine::tr("FILE.csv"), CommandLine::tr("The CSV file to read.")}}, arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    const QCommandLineParser &parser = *parsed.parser;
    const QString file = parser.positionalArguments().constFirst();
    const bool isDryRun = parser.isSet(dryRun);
    const bool skip = parser.isSet(skipInvalid);

    // A dry run writes nothing, not even a new database file: it reads, as a read command does.
    Invocation run = invocation;
    run.createsDatabase = run.createsDatabase && !isDryRun;
    const std::unique_ptr<Database> database = run.openDatabase();
    if (!database)
        return CommandLine::Refused;
    int exitCode = CommandLine::Success;
    const std::optional<Cluster> defaultCluster = chooseCluster(
        ClusterRepository(database->connection()), parser.value(cluster), false, &exitCode);
    if (exitCode != CommandLine::Success)
        return exitCode;

    const Plan plan =
        import.plan(*database, file, defaultCluster ? defaultCluster->name : QString());
    if (!plan.fileError.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(file, plan.fileError));
        return CommandLine::Refused;
    }
    for (const QString &warning : plan.warnings)
        printError(CommandLine::tr("%1: warning: %2").arg(file, warning));
    bool unknownCluster = false;
    for (const CsvImportRow &row : plan.rows) {
        for (const QString &warning : row.warnings)
            printError(CommandLine::tr("%1:%2: warning: %3")
                           .arg(file, QString::number(row.line), warning));
        for (const CsvRowError &error : row.errors)
            printError(rowErrorLine(file, error));
        unknownCluster = unknownCluster || row.unknownCluster;
    }
    // Rows that name a cluster that does not exist: where to find the ones that do, once.
    if (unknownCluster)
        printError(CommandLine::tr("“lecdesk cluster list” shows the clusters."));

    const int invalid = plan.invalidCount();
    if (!plan.canImport(skip)) {
        if (plan.validCount() == 0)
            printError(
                CommandLine::tr("No row of %1 can be imported; nothing was imported.").arg(file));
        else
            printError(CommandLine::tr("%n row(s) have errors, so nothing was imported. Correct "
                                       "them, or import the other rows with --skip-invalid.",
                                       nullptr, invalid));
        return CommandLine::Refused;
    }

    QString saveError;
    if (isDryRun) {
        printOut(CommandLine::tr("Dry run: nothing was written."));
    } else if (!import.save(*database, plan, &saveError)) {
        printError(saveError);
        return CommandLine::Refused;
    }
    printImportSummary(import, plan, isDryRun);
    return CommandLine::Success;
}

// What differs between the exports.
struct ExportCommand
{
    QString command;                        // "partners export FILE.csv"
    QString description;                    // for --help
    std::pair<QString, QString> file;       // the positional argument: name and description
    QList<QCommandLineOption> options = {}; // besides --cluster
    // Checks the command's own options before the database is opened: returns Success to go on,
    // or the exit code to stop with.
    std::function<int(const QCommandLineParser &)> checkOptions = {};
    // The file's bytes and the message that says what was written; nullopt when the data
    // cannot be read (readOrReport has said why).
    std::function<std::optional<std::pair<QByteArray, QString>>(const Database &, const Cluster &,
                                                                const QString &file)>
        produce;
};

// Every export: one cluster (--cluster, or the only one), one file written whole.
int runExport(const Invocation &invocation, const ExportCommand &exporter,
              const QStringList &arguments);

} // namespace Cli
