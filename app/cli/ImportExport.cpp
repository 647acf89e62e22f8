#include "app/cli/ImportExport.h"

namespace Cli {

QString rowErrorLine(const QString &file, const CsvRowError &error)
{
    if (error.column.isEmpty())
        return QStringLiteral("%1:%2: %3").arg(file, QString::number(error.line), error.message);
    // Multi-argument arg(): a "%1" inside a file name or message is not substituted again.
    return CommandLine::tr("%1:%2: column '%3': %4")
        .arg(file, QString::number(error.line), error.column, error.message);
}

int runExport(const Invocation &invocation, const ExportCommand &exporter,
              const QStringList &arguments)
{
    const QCommandLineOption cluster = clusterOption(
        CommandLine::tr("The cluster to export (may be omitted when the database has one "
                        "cluster)."));
    const Parsed parsed = invocation.parse(exporter.command, exporter.description,
                                           QList<QCommandLineOption>{cluster} + exporter.options,
                                           {exporter.file}, arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    if (exporter.checkOptions) {
        if (const int exitCode = exporter.checkOptions(*parsed.parser);
            exitCode != CommandLine::Success)
            return exitCode;
    }
    const QString file = parsed.parser->positionalArguments().constFirst();
    const std::unique_ptr<Database> database = invocation.openDatabase();
    if (!database)
        return CommandLine::Refused;

    int exitCode = CommandLine::Success;
    const std::optional<Cluster> chosen = chooseCluster(
        ClusterRepository(database->connection()), parsed.parser->value(cluster), true, &exitCode);
    if (!chosen)
        return exitCode;

    const std::optional<std::pair<QByteArray, QString>> produced =
        exporter.produce(*database, *chosen, file);
    if (!produced)
        return CommandLine::Refused;
    const auto &[bytes, message] = *produced;
    if (!writeFile(file, bytes))
        return CommandLine::Refused;
    printOut(message);
    return CommandLine::Success;
}

} // namespace Cli
