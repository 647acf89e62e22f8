#include "app/cli/KpiScopeOptions.h"

#include "app/cli/CliSupport.h"
#include "models/clusters/ClusterRepository.h"
#include "models/kpi/KpiCalculator.h"
#include "models/storage/Database.h"

namespace Cli {

KpiScopeOptions::KpiScopeOptions(QCommandLineOption output)
    : cluster(QStringLiteral("cluster"), CommandLine::tr("The cluster."), CommandLine::tr("name"))
    , all(QStringLiteral("all"), CommandLine::tr("Every cluster together (the project roll-up)."))
    , period(QStringLiteral("period"),
             CommandLine::tr("A reporting period of the cluster, by name."),
             CommandLine::tr("name"))
    , from(QStringLiteral("from"),
           CommandLine::tr("The first day (YYYY-MM-DD or DD/MM/YYYY), instead of a period."),
           CommandLine::tr("date"))
    , to(QStringLiteral("to"),
         CommandLine::tr("The last day (YYYY-MM-DD or DD/MM/YYYY), instead of a period."),
         CommandLine::tr("date"))
    , out(std::move(output))
{
}

std::optional<KpiScope> readKpiScope(const QCommandLineParser &parser,
                                     const KpiScopeOptions &options, const Database *database,
                                     int *exitCode)
{
    *exitCode = CommandLine::Usage;
    if (parser.isSet(options.cluster) == parser.isSet(options.all)) {
        usageError(parser.isSet(options.all)
                       ? CommandLine::tr("Give either --cluster NAME or --all, not both.")
                       : CommandLine::tr("Give --cluster NAME, or --all for every cluster."));
        return std::nullopt;
    }
    if (parser.isSet(options.cluster) && parser.value(options.cluster).trimmed().isEmpty()) {
        usageError(CommandLine::tr("The option --cluster needs a cluster name."));
        return std::nullopt;
    }
    const bool dates = parser.isSet(options.from) || parser.isSet(options.to);
    if (parser.isSet(options.period) == dates) {
        usageError(
            dates ? CommandLine::tr("Give either --period NAME or --from and --to, not both.")
                  : CommandLine::tr("Give --period NAME, or the days with --from DATE --to DATE."));
        return std::nullopt;
    }
    if (parser.isSet(options.period) && parser.value(options.period).trimmed().isEmpty()) {
        usageError(CommandLine::tr("The option --period needs the name of a reporting period."));
        return std::nullopt;
    }
    QDate fromDate;
    QDate toDate;
    if (dates) {
        for (const QCommandLineOption *option : {&options.from, &options.to}) {
            if (parser.value(*option).trimmed().isEmpty()) {
                usageError(CommandLine::tr("--from and --to go together: --%1 is missing.")
                               .arg(option->names().constFirst()));
                return std::nullopt;
            }
        }
        *exitCode = readDateRange(parser, options.from, options.to, &fromDate, &toDate);
        if (*exitCode != CommandLine::Success)
            return std::nullopt;
    }
    if (!database) {
        *exitCode = CommandLine::Success;
        return KpiScope{};
    }
    // A cluster that does not exist is said as every command says it.
    if (parser.isSet(options.cluster) &&
        !chooseCluster(ClusterRepository(database->connection()), parser.value(options.cluster),
                       true, exitCode))
        return std::nullopt;
    const KpiCalculator calculator(database->connection());
    std::optional<KpiScope> scope = calculator.resolveScope(
        parser.isSet(options.all) ? QString() : parser.value(options.cluster),
        parser.value(options.period).trimmed(), fromDate, toDate);
    if (!scope) {
        printError(calculator.errorMessage());
        *exitCode = CommandLine::Refused;
        return std::nullopt;
    }
    *exitCode = CommandLine::Success;
    return scope;
}

std::optional<KpiSnapshot> readKpiSnapshot(const Invocation &invocation,
                                           const QCommandLineParser &parser,
                                           const KpiScopeOptions &options, int *exitCode)
{
    const std::unique_ptr<Database> database = invocation.openDatabase();
    if (!database) {
        *exitCode = CommandLine::Refused;
        return std::nullopt;
    }
    const std::optional<KpiScope> scope = readKpiScope(parser, options, database.get(), exitCode);
    if (!scope)
        return std::nullopt;
    const Result<KpiSnapshot> snapshot = KpiCalculator(database->connection()).snapshot(*scope);
    if (!snapshot) {
        printError(snapshot.error());
        *exitCode = CommandLine::Refused;
        return std::nullopt;
    }
    return *snapshot;
}

} // namespace Cli
