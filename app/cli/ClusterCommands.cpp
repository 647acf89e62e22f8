// demo, cluster add, cluster list.
#include "app/cli/CliSupport.h"
#include "app/cli/CommandHandlers.h"
#include "models/clusters/ClusterRepository.h"
#include "models/demo/DemoData.h"
#include "models/events/EventRepository.h"
#include "models/storage/Database.h"

namespace Cli {

namespace {

// Columns padded to their widest cell; the last column (a number) aligned right.
void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column).rightJustified(widths.at(column))
                         : row.at(column).leftJustified(widths.at(column)) + QStringLiteral("  ");
        }
        printOut(line);
    }
}

} // namespace

int demo(const Invocation &invocation, const QStringList &arguments)
{
    const QCommandLineOption cluster =
        clusterOption(CommandLine::tr("The name of the demo cluster (default: “%1”).")
                          .arg(DemoData::defaultClusterName()));
    const Parsed parsed =
        invocation.parse(QStringLiteral("demo"),
                         CommandLine::tr("Creates a sample cluster with realistic, fictional "
                                         "partners. A cluster that holds real data is never "
                                         "touched."),
                         {cluster}, {}, arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    const std::unique_ptr<Database> database = invocation.openDatabase();
    if (!database)
        return CommandLine::Refused;

    const QString name = parsed.parser->isSet(cluster) ? parsed.parser->value(cluster) : QString();
    Cluster created;
    bool alreadyExisted = false;
    QString error;
    if (!DemoData::create(database->connection(), name, &created, &alreadyExisted, &error)) {
        printError(error);
        return CommandLine::Refused;
    }
    const std::optional<int> partners =
        readOrReport(ClusterRepository(database->connection()).partnerCount(created.id));
    if (!partners)
        return CommandLine::Refused;
    const std::optional<QList<Event>> events =
        readOrReport(EventRepository(database->connection()).forCluster(created.id));
    if (!events)
        return CommandLine::Refused;
    if (alreadyExisted)
        printOut(CommandLine::tr("The demo cluster “%1” exists already (%n partner(s)); nothing "
                                 "was changed.",
                                 nullptr, *partners)
                     .arg(created.name));
    else
        printOut(
            CommandLine::tr("Created the demo cluster “%1” with %n partner(s).", nullptr, *partners)
                .arg(created.name));
    printOut(CommandLine::tr("It holds %n event(s).", nullptr, int(events->size())));
    return CommandLine::Success;
}

int clusterAdd(const Invocation &invocation, const QStringList &arguments)
{
    const QCommandLineOption region(QStringLiteral("region"), CommandLine::tr("The region."),
                                    CommandLine::tr("region"));
    const QCommandLineOption country(QStringLiteral("country"), CommandLine::tr("The country."),
                                     CommandLine::tr("country"));
    const QCommandLineOption coordinator(QStringLiteral("coordinator"),
                                         CommandLine::tr("The coordinating organisation."),
                                         CommandLine::tr("organisation"));
    const Parsed parsed = invocation.parse(
        QStringLiteral("cluster add NAME"), CommandLine::tr("Adds a cluster."),
        {region, country, coordinator},
        {{CommandLine::tr("NAME"), CommandLine::tr("The name of the new cluster.")}}, arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    const std::unique_ptr<Database> database = invocation.openDatabase();
    if (!database)
        return CommandLine::Refused;

    Cluster cluster;
    cluster.name = parsed.parser->positionalArguments().constFirst();
    cluster.region = parsed.parser->value(region);
    cluster.country = parsed.parser->value(country);
    cluster.coordinator = parsed.parser->value(coordinator);
    ClusterRepository clusters(database->connection());
    if (!clusters.add(cluster)) {
        printError(clusters.errorMessage());
        return CommandLine::Refused;
    }
    printOut(CommandLine::tr("Added the cluster “%1”.").arg(cluster.name));
    return CommandLine::Success;
}

int clusterList(const Invocation &invocation, const QStringList &arguments)
{
    const Parsed parsed = invocation.parse(
        QStringLiteral("cluster list"),
        CommandLine::tr("Lists the clusters with their region, country and number of partners."),
        {}, {}, arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    const std::unique_ptr<Database> database = invocation.openDatabase();
    if (!database)
        return CommandLine::Refused;

    ClusterRepository clusters(database->connection());
    const std::optional<QList<Cluster>> all = readOrReport(clusters.all());
    if (!all)
        return CommandLine::Refused;
    if (all->isEmpty()) {
        printError(CommandLine::tr("There are no clusters yet. Add one with “lecdesk cluster add "
                                   "NAME”."));
        return CommandLine::Success;
    }
    QList<QStringList> rows{{CommandLine::tr("Name"), CommandLine::tr("Region"),
                             CommandLine::tr("Country"), CommandLine::tr("Partners")}};
    for (const Cluster &cluster : *all) {
        const std::optional<int> partners = readOrReport(clusters.partnerCount(cluster.id));
        if (!partners)
            return CommandLine::Refused;
        rows.append({cluster.name, cluster.region, cluster.country, QString::number(*partners)});
    }
    printTable(rows);
    return CommandLine::Success;
}

} // namespace Cli
