// events import, events export, events ics.
#include "app/cli/CommandHandlers.h"
#include "app/cli/ImportExport.h"
#include "models/common/Translations.h"
#include "models/events/EventCsv.h"
#include "models/events/EventIcs.h"
#include "models/events/EventRepository.h"
#include "models/partners/PartnerRepository.h"

namespace Cli {

namespace {

QString exportedEventsMessage(int count, const QString &cluster, const QString &file)
{
    return CommandLine::tr("Exported %n event(s) of “%1” to %2.", nullptr, count)
        .arg(cluster, file);
}

} // namespace

int eventsImport(const Invocation &invocation, const QStringList &arguments)
{
    return runImport<EventImportPlan>(
        invocation,
        {.command = QStringLiteral("events import FILE.csv"),
         .description =
             CommandLine::tr("Imports events and their participation figures from a CSV file (see "
                             "docs/file-formats.md). Organisers and partners are named as in the "
                             "cluster."),
         .plan =
             [](const Database &database, const QString &file, const QString &defaultCluster) {
                 return EventCsv::planFile(file, ClusterRepository(database.connection()),
                                           PartnerRepository(database.connection()),
                                           EventRepository(database.connection()), defaultCluster);
             },
         .save =
             [](const Database &database, const EventImportPlan &plan, QString *errorMessage) {
                 EventRepository events(database.connection());
                 QList<Event> valid = plan.validEvents();
                 if (events.saveAll(valid))
                     return true;
                 *errorMessage = events.errorMessage();
                 return false;
             },
         .importedMessage =
             [](int count, const QString &cluster, bool dryRun) {
                 return dryRun
                            ? CommandLine::tr("Would import %n event(s) into “%1”.", nullptr, count)
                                  .arg(cluster)
                            : CommandLine::tr("Imported %n event(s) into “%1”.", nullptr, count)
                                  .arg(cluster);
             }},
        arguments);
}

int eventsExport(const Invocation &invocation, const QStringList &arguments)
{
    return runExport(
        invocation,
        {.command = QStringLiteral("events export FILE.csv"),
         .description = CommandLine::tr(
             "Exports the events of a cluster, with their participation figures, to a "
             "CSV file: English headers, commas and ISO dates, or Italian headers, "
             "semicolons and DD/MM/YYYY with --language it."),
         .file = {CommandLine::tr("FILE.csv"),
                  CommandLine::tr("The CSV file to write; an existing file is replaced.")},
         .produce =
             [&invocation](const Database &database, const Cluster &cluster,
                           const QString &file) -> std::optional<std::pair<QByteArray, QString>> {
             const std::optional<QList<Event>> events =
                 readOrReport(EventRepository(database.connection()).forCluster(cluster.id));
             if (!events)
                 return std::nullopt;
             const std::optional<QHash<QString, QString>> names =
                 readOrReport(PartnerRepository(database.connection()).namesById(cluster.id));
             if (!names)
                 return std::nullopt;
             return std::pair(
                 EventCsv::write(*events, *names, cluster.name, invocation.csvDialect()),
                 exportedEventsMessage(int(events->size()), cluster.name, file));
         }},
        arguments);
}

int eventsIcs(const Invocation &invocation, const QStringList &arguments)
{
    const QCommandLineOption from(QStringLiteral("from"),
                                  CommandLine::tr("Only events that take place on or after this "
                                                  "day (YYYY-MM-DD or DD/MM/YYYY)."),
                                  CommandLine::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CommandLine::tr("Only events that take place on or before this "
                                                "day (YYYY-MM-DD or DD/MM/YYYY)."),
                                CommandLine::tr("date"));
    QDate fromDate;
    QDate toDate;
    auto readDates = [&](const QCommandLineParser &parser) {
        return readDateRange(parser, from, to, &fromDate, &toDate);
    };
    return runExport(
        invocation,
        {.command = QStringLiteral("events ics FILE.ics"),
         .description = CommandLine::tr(
             "Exports the events of a cluster to an iCalendar (RFC 5545) file that "
             "calendar programs open; with --from and --to, only the events that take "
             "place in those days."),
         .file = {CommandLine::tr("FILE.ics"),
                  CommandLine::tr("The iCalendar file to write; an existing file is replaced.")},
         .options = {from, to},
         .checkOptions = readDates,
         .produce = [&](const Database &database, const Cluster &cluster,
                        const QString &file) -> std::optional<std::pair<QByteArray, QString>> {
             const std::optional<QList<Event>> all =
                 readOrReport(EventRepository(database.connection()).forCluster(cluster.id));
             if (!all)
                 return std::nullopt;
             const std::optional<QHash<QString, QString>> names =
                 readOrReport(PartnerRepository(database.connection()).namesById(cluster.id));
             if (!names)
                 return std::nullopt;
             QList<Event> events;
             for (const Event &event : *all) {
                 if (event.overlaps(fromDate, toDate))
                     events.append(event);
             }
             const QString language = invocation.options.language.isEmpty()
                                          ? Translations::current()
                                          : invocation.options.language;
             return std::pair(EventIcs::write(events, *names, language),
                              exportedEventsMessage(int(events.size()), cluster.name, file));
         }},
        arguments);
}

} // namespace Cli
