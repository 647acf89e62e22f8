#include "app/cli/CommandLine.h"

#include "models/clusters/ClusterRepository.h"
#include "models/common/AtomicFile.h"
#include "models/common/Translations.h"
#include "models/demo/DemoData.h"
#include "models/events/EventCsv.h"
#include "models/events/EventIcs.h"
#include "models/events/EventRepository.h"
#include "models/kpi/KpiCalculator.h"
#include "models/kpi/KpiJson.h"
#include "models/kpi/KpiReportData.h"
#include "models/kpi/KpiTable.h"
#include "models/kpi/KpiXlsx.h"
#include "models/partners/PartnerCsv.h"
#include "models/partners/PartnerRepository.h"
#include "models/storage/Database.h"
#include "views/dashboard/KpiCharts.h"
#include "views/reports/KpiReport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

const QString databaseOption = QStringLiteral("database");
const QString languageOption = QStringLiteral("language");

// Options of QGuiApplication and QApplication (-style fusion, --platform offscreen, -reverse):
// they open the window. Any other option makes a command line, so that a typo is reported.
const QStringList qtOptionsWithValue = {
    QStringLiteral("platform"),      QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"), QStringLiteral("plugin"),
    QStringLiteral("qmljsdebugger"), QStringLiteral("style"),
    QStringLiteral("stylesheet"),    QStringLiteral("session"),
    QStringLiteral("display"),       QStringLiteral("geometry"),
    QStringLiteral("title"),         QStringLiteral("qwindowgeometry"),
    QStringLiteral("qwindowicon"),   QStringLiteral("qwindowtitle"),
    QStringLiteral("name"),
};
const QStringList qtFlags = {
    QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
    QStringLiteral("dograb"),  QStringLiteral("sync"),        QStringLiteral("testability"),
};

bool isHelpOption(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("--help-all") || argument == QLatin1String("-?");
}

bool isVersionOption(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

void writeTo(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Data and results go to standard output, everything that went wrong to standard error.
void printOut(const QString &line)
{
    writeTo(stdout, line + QLatin1Char('\n'));
}

void printError(const QString &line)
{
    writeTo(stderr, line + QLatin1Char('\n'));
}

// Takes --database and --language out of the arguments wherever they stand (before "--").
bool extractGlobalOptions(const QStringList &arguments, GlobalOptions *options, QStringList *rest,
                          QString *errorMessage)
{
    rest->clear();
    bool endOfOptions = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || endOfOptions || !argument.startsWith(QLatin1String("--"))) {
            rest->append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            endOfOptions = true;
            rest->append(argument);
            continue;
        }
        const QString body = argument.mid(2);
        const QString name = body.section(QLatin1Char('='), 0, 0);
        if (name != databaseOption && name != languageOption) {
            rest->append(argument);
            continue;
        }
        QString value;
        if (body.contains(QLatin1Char('='))) {
            value = body.section(QLatin1Char('='), 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            *errorMessage = CommandLine::tr("The option --%1 needs a value.").arg(name);
            return false;
        }
        if (name == databaseOption) {
            if (value.isEmpty()) {
                *errorMessage = CommandLine::tr("The option --database needs a file name.");
                return false;
            }
            options->databasePath = value;
        } else {
            value = value.toLower();
            if (!Translations::supported().contains(value)) {
                *errorMessage = CommandLine::tr("The language “%1” is not available; use %2.")
                                    .arg(value, Translations::supported().join(QLatin1Char('|')));
                return false;
            }
            options->language = value;
        }
    }
    return true;
}

// The commands, with the tr() context of CommandLine.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    Commands(const GlobalOptions &options, const QString &program)
        : m_options(options)
        , m_program(program)
    {
    }

    int dispatch(const QStringList &arguments)
    {
        if (arguments.isEmpty())
            return usageError(tr("No command given."));
        const QString &command = arguments.first();
        const QStringList rest = arguments.mid(1);
        if (isHelpOption(command) || command == QLatin1String("help")) {
            printOut(mainHelp());
            return CommandLine::Success;
        }
        if (isVersionOption(command)) {
            printOut(QStringLiteral("lecdesk ") + QCoreApplication::applicationVersion());
            return CommandLine::Success;
        }
        if (command.startsWith(QLatin1Char('-')))
            return usageError(tr("Unknown option “%1”.").arg(command));
        if (command == QLatin1String("demo"))
            return demo(rest);
        if (command == QLatin1String("cluster"))
            return group(command, rest, {QStringLiteral("add"), QStringLiteral("list")});
        if (command == QLatin1String("partners"))
            return group(command, rest, {QStringLiteral("import"), QStringLiteral("export")});
        if (command == QLatin1String("kpi"))
            return kpi(rest);
        if (command == QLatin1String("events"))
            return group(
                command, rest,
                {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("ics")});
        if (command == QLatin1String("report"))
            return report(rest);
        if (command == QLatin1String("chart"))
            return chart(rest);
        return usageError(tr("Unknown command “%1”.").arg(command));
    }

private:
    // What parsing a command's own arguments gave: the parser to go on with, or none and the
    // exit code to stop with (after --help or a usage error).
    struct Parsed
    {
        std::unique_ptr<QCommandLineParser> parser;
        int exitCode = CommandLine::Success;
    };

    int usageError(const QString &message) const
    {
        printError(message);
        printError(tr("Run “lecdesk --help” for the commands and their options."));
        return CommandLine::Usage;
    }

    QString mainHelp() const
    {
        QStringList lines{
            tr("Usage: lecdesk [--database PATH] [--language en|it] [COMMAND] [OPTIONS]"),
            QString(),
            tr("LEC Desk keeps the register of a Local Education Cluster. Without a command it "
               "opens the window."),
            QString(),
            tr("Commands:"),
            QStringLiteral("  demo [--cluster NAME]"),
            tr("      Create a sample cluster with realistic, fictional partners."),
            QStringLiteral("  cluster add NAME [--region R] [--country C] [--coordinator ORG]"),
            tr("      Add a cluster."),
            QStringLiteral("  cluster list"),
            tr("      List the clusters with their region, country and number of partners."),
            QStringLiteral(
                "  partners import FILE.csv [--cluster NAME] [--skip-invalid] [--dry-run]"),
            tr("      Import partners from a CSV file; a file with a bad row imports nothing."),
            QStringLiteral("  partners export FILE.csv [--cluster NAME]"),
            tr("      Export the partners of a cluster to a CSV file."),
            QStringLiteral(
                "  events import FILE.csv [--cluster NAME] [--skip-invalid] [--dry-run]"),
            tr("      Import events and their participation figures from a CSV file; a file with "
               "a bad row imports nothing."),
            QStringLiteral("  events export FILE.csv [--cluster NAME]"),
            tr("      Export the events of a cluster to a CSV file."),
            QStringLiteral("  events ics FILE.ics [--cluster NAME] [--from DATE] [--to DATE]"),
            tr("      Export the events of a cluster to an iCalendar file for calendar programs."),
            QStringLiteral(
                "  kpi (--cluster NAME | --all) (--period NAME | --from DATE --to DATE)"),
            QStringLiteral("      [--format table|csv|json] [--out FILE.csv|.xlsx|.json]"),
            tr("      Compute the KPIs (institutions, people reached, events held) with their "
               "targets."),
            QStringLiteral(
                "  report (--cluster NAME | --all) (--period NAME | --from DATE --to DATE) "
                "--out FILE.pdf"),
            tr("      Write the periodic report (KPIs, charts, events, institutions) as a PDF."),
            QStringLiteral("  chart institutions|reach|events (--cluster NAME | --all) "
                           "(--period NAME | --from DATE --to DATE) --out FILE.png|svg|pdf "
                           "[--size WxH] [--dpi N]"),
            tr("      Draw one KPI chart as an image."),
            QString(),
            tr("Global options, allowed anywhere:"),
            QStringLiteral("  --database PATH"),
            tr("      The database file (default: %1).").arg(Database::defaultPath()),
            QStringLiteral("  --language en|it"),
            tr("      The language of messages and of exported files (default: the system "
               "language, else English)."),
            QStringLiteral("  -h, --help"),
            tr("      Show this help. “lecdesk COMMAND --help” shows the options of a command."),
            QStringLiteral("  -v, --version"),
            tr("      Show the version."),
            QString(),
            tr("Exit status: 0 success, 1 the input or the data was refused, 2 wrong usage."),
        };
        return lines.join(QLatin1Char('\n'));
    }

    // "cluster add", "partners import"...: a command made of a group and a subcommand.
    int group(const QString &group, const QStringList &arguments, const QStringList &subcommands)
    {
        const QString subcommand = arguments.value(0);
        if (isHelpOption(subcommand)) {
            printOut(tr("Usage: lecdesk %1 %2 …").arg(group, subcommands.join(QLatin1Char('|'))));
            printOut(tr("Run “lecdesk %1 SUBCOMMAND --help” for the options of one.").arg(group));
            return CommandLine::Success;
        }
        if (subcommand.isEmpty())
            return usageError(
                tr("“%1” needs one of: %2.").arg(group, subcommands.join(QStringLiteral(", "))));
        const QStringList rest = arguments.mid(1);
        if (group == QLatin1String("cluster") && subcommand == QLatin1String("add"))
            return clusterAdd(rest);
        if (group == QLatin1String("cluster") && subcommand == QLatin1String("list"))
            return clusterList(rest);
        if (group == QLatin1String("partners") && subcommand == QLatin1String("import"))
            return partnersImport(rest);
        if (group == QLatin1String("partners") && subcommand == QLatin1String("export"))
            return partnersExport(rest);
        if (group == QLatin1String("events") && subcommand == QLatin1String("import"))
            return eventsImport(rest);
        if (group == QLatin1String("events") && subcommand == QLatin1String("export"))
            return eventsExport(rest);
        if (group == QLatin1String("events") && subcommand == QLatin1String("ics"))
            return eventsIcs(rest);
        return usageError(tr("“%1” is not a subcommand of “%2”; use one of: %3.")
                              .arg(subcommand, group, subcommands.join(QStringLiteral(", "))));
    }

    // Parses a command's own options with QCommandLineParser. positionals: name and description
    // of the arguments the command takes, all required.
    Parsed parse(const QString &command, const QString &description,
                 const QList<QCommandLineOption> &options,
                 const QList<std::pair<QString, QString>> &positionals,
                 const QStringList &arguments) const
    {
        Parsed result;
        result.parser = std::make_unique<QCommandLineParser>();
        QCommandLineParser &parser = *result.parser;
        parser.setApplicationDescription(description);
        const QCommandLineOption help = parser.addHelpOption();
        parser.addOptions(options);
        // Listed for the help text; they were taken out of the arguments already.
        parser.addOption({databaseOption, tr("The database file."), tr("path")});
        parser.addOption({languageOption, tr("The language: en or it."), tr("language")});
        for (const auto &[name, positionalDescription] : positionals)
            parser.addPositionalArgument(name, positionalDescription);

        if (!parser.parse(QStringList{m_program} + arguments)) {
            result.exitCode = usageError(parser.errorText());
            result.parser.reset();
            return result;
        }
        if (parser.isSet(help)) {
            QString text = parser.helpText();
            // Qt's first line names the program only; ours names the command too.
            text = tr("Usage: lecdesk %1 [options]").arg(command) +
                   text.mid(text.indexOf(QLatin1Char('\n')));
            writeTo(stdout, text);
            result.exitCode = CommandLine::Success;
            result.parser.reset();
            return result;
        }
        const QStringList given = parser.positionalArguments();
        if (given.size() < positionals.size()) {
            result.exitCode = usageError(tr("“lecdesk %1” needs %2.")
                                             .arg(command.section(QLatin1Char(' '), 0, 1),
                                                  positionals.at(given.size()).first));
        } else if (given.size() > positionals.size()) {
            result.exitCode =
                usageError(tr("Unexpected argument “%1”.").arg(given.at(positionals.size())));
        }
        if (result.exitCode != CommandLine::Success)
            result.parser.reset();
        return result;
    }

    QString databasePath() const
    {
        return m_options.databasePath.isEmpty() ? Database::defaultPath() : m_options.databasePath;
    }

    std::unique_ptr<Database> openDatabase() const
    {
        auto database = std::make_unique<Database>();
        if (!database->open(databasePath())) {
            printError(database->errorMessage());
            return nullptr;
        }
        return database;
    }

    static QCommandLineOption clusterOption(const QString &description)
    {
        return QCommandLineOption(QStringLiteral("cluster"), description, tr("name"));
    }

    int demo(const QStringList &arguments)
    {
        const QCommandLineOption cluster =
            clusterOption(tr("The name of the demo cluster (default: “%1”).")
                              .arg(DemoData::defaultClusterName()));
        const Parsed parsed =
            parse(QStringLiteral("demo"),
                  tr("Creates a sample cluster with realistic, fictional "
                     "partners. A cluster that holds real data is never touched."),
                  {cluster}, {}, arguments);
        if (!parsed.parser)
            return parsed.exitCode;
        const std::unique_ptr<Database> database = openDatabase();
        if (!database)
            return CommandLine::Refused;

        const QString name =
            parsed.parser->isSet(cluster) ? parsed.parser->value(cluster) : QString();
        Cluster created;
        bool alreadyExisted = false;
        QString error;
        if (!DemoData::create(database->connection(), name, &created, &alreadyExisted, &error)) {
            printError(error);
            return CommandLine::Refused;
        }
        const int partners = ClusterRepository(database->connection()).partnerCount(created.id);
        if (alreadyExisted)
            printOut(
                tr("The demo cluster “%1” exists already (%n partner(s)); nothing was changed.",
                   nullptr, partners)
                    .arg(created.name));
        else
            printOut(tr("Created the demo cluster “%1” with %n partner(s).", nullptr, partners)
                         .arg(created.name));
        const int events =
            int(EventRepository(database->connection()).forCluster(created.id).size());
        printOut(tr("It holds %n event(s).", nullptr, events));
        return CommandLine::Success;
    }

    int clusterAdd(const QStringList &arguments)
    {
        const QCommandLineOption region(QStringLiteral("region"), tr("The region."), tr("region"));
        const QCommandLineOption country(QStringLiteral("country"), tr("The country."),
                                         tr("country"));
        const QCommandLineOption coordinator(QStringLiteral("coordinator"),
                                             tr("The coordinating organisation."),
                                             tr("organisation"));
        const Parsed parsed = parse(QStringLiteral("cluster add NAME"), tr("Adds a cluster."),
                                    {region, country, coordinator},
                                    {{tr("NAME"), tr("The name of the new cluster.")}}, arguments);
        if (!parsed.parser)
            return parsed.exitCode;
        const std::unique_ptr<Database> database = openDatabase();
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
        printOut(tr("Added the cluster “%1”.").arg(cluster.name));
        return CommandLine::Success;
    }

    int clusterList(const QStringList &arguments)
    {
        const Parsed parsed =
            parse(QStringLiteral("cluster list"),
                  tr("Lists the clusters with their region, country and number of partners."), {},
                  {}, arguments);
        if (!parsed.parser)
            return parsed.exitCode;
        const std::unique_ptr<Database> database = openDatabase();
        if (!database)
            return CommandLine::Refused;

        ClusterRepository clusters(database->connection());
        const QList<Cluster> all = clusters.all();
        if (all.isEmpty()) {
            printError(tr("There are no clusters yet. Add one with “lecdesk cluster add NAME”."));
            return CommandLine::Success;
        }
        QList<QStringList> rows{{tr("Name"), tr("Region"), tr("Country"), tr("Partners")}};
        for (const Cluster &cluster : all)
            rows.append({cluster.name, cluster.region, cluster.country,
                         QString::number(clusters.partnerCount(cluster.id))});
        printTable(rows);
        return CommandLine::Success;
    }

    // Columns padded to their widest cell; the last column (a number) aligned right.
    static void printTable(const QList<QStringList> &rows)
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
                line +=
                    last ? row.at(column).rightJustified(widths.at(column))
                         : row.at(column).leftJustified(widths.at(column)) + QStringLiteral("  ");
            }
            printOut(line);
        }
    }

    // The cluster named by --cluster, or the only one. Without --cluster and with no single
    // cluster, returns nullopt and *exitCode stays Success when that is acceptable (!required).
    std::optional<Cluster> chooseCluster(const ClusterRepository &clusters, const QString &name,
                                         bool required, int *exitCode) const
    {
        *exitCode = CommandLine::Success;
        if (!name.isEmpty()) {
            if (std::optional<Cluster> cluster = clusters.findByName(name))
                return cluster;
            printError(tr("There is no cluster called “%1”. “lecdesk cluster list” shows the "
                          "clusters.")
                           .arg(name));
            *exitCode = CommandLine::Refused;
            return std::nullopt;
        }
        const QList<Cluster> all = clusters.all();
        if (all.size() == 1)
            return all.constFirst();
        if (!required)
            return std::nullopt;
        if (all.isEmpty()) {
            printError(tr("The database has no clusters yet. Add one with “lecdesk cluster add "
                          "NAME”."));
            *exitCode = CommandLine::Refused;
        } else {
            *exitCode =
                usageError(tr("The database holds %n cluster(s): choose one with --cluster NAME.",
                              nullptr, int(all.size())));
        }
        return std::nullopt;
    }

    static QString rowErrorLine(const QString &file, const CsvRowError &error)
    {
        if (error.column.isEmpty())
            return QStringLiteral("%1:%2: %3")
                .arg(file, QString::number(error.line), error.message);
        // Multi-argument arg(): a "%1" inside a file name or message is not substituted again.
        return tr("%1:%2: column '%3': %4")
            .arg(file, QString::number(error.line), error.column, error.message);
    }

    // What differs between importing partners and importing events.
    template<typename Plan>
    struct ImportCommand
    {
        QString command;     // "partners import FILE.csv"
        QString description; // for --help
        std::function<Plan(const Database &, const QString &file, const QString &defaultCluster)>
            plan;
        std::function<bool(const Database &, const Plan &, QString *errorMessage)> save;
        // "Imported 3 partners into “Trieste”." or, in a dry run, "Would import …".
        std::function<QString(int count, const QString &cluster, bool dryRun)> importedMessage;
    };

    // Every import: check every row first, list every bad row, write all or nothing.
    template<typename Plan>
    int runImport(const ImportCommand<Plan> &import, const QStringList &arguments)
    {
        const QCommandLineOption cluster = clusterOption(
            tr("The cluster for rows without a cluster column (may be omitted when the database "
               "has one cluster)."));
        const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                             tr("Import the valid rows and skip the bad ones "
                                                "(default: a bad row imports nothing)."));
        const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                        tr("Check the file and report, but write nothing."));
        const Parsed parsed =
            parse(import.command, import.description, {cluster, skipInvalid, dryRun},
                  {{tr("FILE.csv"), tr("The CSV file to read.")}}, arguments);
        if (!parsed.parser)
            return parsed.exitCode;
        const QCommandLineParser &parser = *parsed.parser;
        const QString file = parser.positionalArguments().constFirst();
        const bool isDryRun = parser.isSet(dryRun);
        const bool skip = parser.isSet(skipInvalid);

        // A dry run must not even create the database file.
        if (isDryRun && !QFileInfo::exists(databasePath())) {
            printError(tr("The database %1 does not exist yet, so it has no cluster to import "
                          "into.")
                           .arg(databasePath()));
            return CommandLine::Refused;
        }
        const std::unique_ptr<Database> database = openDatabase();
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
            printError(tr("%1: warning: %2").arg(file, warning));
        for (const CsvImportRow &row : plan.rows) {
            for (const QString &warning : row.warnings)
                printError(tr("%1:%2: warning: %3").arg(file, QString::number(row.line), warning));
            for (const CsvRowError &error : row.errors)
                printError(rowErrorLine(file, error));
        }

        const int invalid = plan.invalidCount();
        if (!plan.canImport(skip)) {
            if (plan.validCount() == 0)
                printError(tr("No row of %1 can be imported; nothing was imported.").arg(file));
            else
                printError(tr("%n row(s) have errors, so nothing was imported. Correct them, or "
                              "import the other rows with --skip-invalid.",
                              nullptr, invalid));
            return CommandLine::Refused;
        }

        QString saveError;
        if (isDryRun) {
            printOut(tr("Dry run: nothing was written."));
        } else if (!import.save(*database, plan, &saveError)) {
            printError(saveError);
            return CommandLine::Refused;
        }
        printSummary(import, plan, isDryRun);
        return CommandLine::Success;
    }

    // One line per cluster, in the order the file first names them.
    template<typename Plan>
    static void printSummary(const ImportCommand<Plan> &import, const Plan &plan, bool dryRun)
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
            printOut(dryRun ? tr("Would skip %n row(s) with errors.", nullptr, invalid)
                            : tr("Skipped %n row(s) with errors.", nullptr, invalid));
    }

    int partnersImport(const QStringList &arguments)
    {
        return runImport<PartnerImportPlan>(
            {QStringLiteral("partners import FILE.csv"),
             tr("Imports partners from a CSV file (see docs/file-formats.md)."),
             [](const Database &database, const QString &file, const QString &defaultCluster) {
                 return PartnerCsv::planFile(file, ClusterRepository(database.connection()),
                                             PartnerRepository(database.connection()),
                                             defaultCluster);
             },
             [](const Database &database, const PartnerImportPlan &plan, QString *errorMessage) {
                 PartnerRepository partners(database.connection());
                 QList<Partner> valid = plan.validPartners();
                 if (partners.saveAll(valid))
                     return true;
                 *errorMessage = partners.errorMessage();
                 return false;
             },
             [](int count, const QString &cluster, bool dryRun) {
                 return dryRun
                            ? tr("Would import %n partner(s) into “%1”.", nullptr, count)
                                  .arg(cluster)
                            : tr("Imported %n partner(s) into “%1”.", nullptr, count).arg(cluster);
             }},
            arguments);
    }

    int eventsImport(const QStringList &arguments)
    {
        return runImport<EventImportPlan>(
            {QStringLiteral("events import FILE.csv"),
             tr("Imports events and their participation figures from a CSV file (see "
                "docs/file-formats.md). Organisers and partners are named as in the cluster."),
             [](const Database &database, const QString &file, const QString &defaultCluster) {
                 return EventCsv::planFile(file, ClusterRepository(database.connection()),
                                           PartnerRepository(database.connection()),
                                           EventRepository(database.connection()), defaultCluster);
             },
             [](const Database &database, const EventImportPlan &plan, QString *errorMessage) {
                 EventRepository events(database.connection());
                 QList<Event> valid = plan.validEvents();
                 if (events.saveAll(valid))
                     return true;
                 *errorMessage = events.errorMessage();
                 return false;
             },
             [](int count, const QString &cluster, bool dryRun) {
                 return dryRun
                            ? tr("Would import %n event(s) into “%1”.", nullptr, count).arg(cluster)
                            : tr("Imported %n event(s) into “%1”.", nullptr, count).arg(cluster);
             }},
            arguments);
    }

    // What differs between the exports.
    struct ExportCommand
    {
        QString command;                   // "partners export FILE.csv"
        QString description;               // for --help
        std::pair<QString, QString> file;  // the positional argument: name and description
        QList<QCommandLineOption> options; // besides --cluster
        // Checks the command's own options before the database is opened: returns Success to go
        // on, or the exit code to stop with.
        std::function<int(const QCommandLineParser &)> checkOptions;
        // The file's bytes and the message that says what was written.
        std::function<std::pair<QByteArray, QString>(const Database &, const Cluster &,
                                                     const QString &file)>
            produce;
    };

    int runExport(const ExportCommand &exporter, const QStringList &arguments)
    {
        const QCommandLineOption cluster =
            clusterOption(tr("The cluster to export (may be omitted when the database has one "
                             "cluster)."));
        const Parsed parsed = parse(exporter.command, exporter.description,
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
        const std::unique_ptr<Database> database = openDatabase();
        if (!database)
            return CommandLine::Refused;

        int exitCode = CommandLine::Success;
        const std::optional<Cluster> chosen =
            chooseCluster(ClusterRepository(database->connection()), parsed.parser->value(cluster),
                          true, &exitCode);
        if (!chosen)
            return exitCode;

        const auto [bytes, message] = exporter.produce(*database, *chosen, file);
        if (!writeFile(file, bytes))
            return CommandLine::Refused;
        printOut(message);
        return CommandLine::Success;
    }

    static bool writeFile(const QString &file, const QByteArray &bytes)
    {
        QString error;
        if (!AtomicFile::write(file, bytes, &error)) {
            printError(error);
            return false;
        }
        return true;
    }

    // Italian files only on request: a script must not get another format from a user's system
    // language.
    CsvDialect csvDialect() const
    {
        return m_options.language == QLatin1String("it") ? CsvDialect::Italian
                                                         : CsvDialect::English;
    }

    int partnersExport(const QStringList &arguments)
    {
        return runExport(
            {QStringLiteral("partners export FILE.csv"),
             tr("Exports the partners of a cluster to a CSV file: English headers, commas and ISO "
                "dates, or Italian headers, semicolons and DD/MM/YYYY with --language it."),
             {tr("FILE.csv"), tr("The CSV file to write; an existing file is replaced.")},
             {},
             {},
             [this](const Database &database, const Cluster &cluster, const QString &file) {
                 const QList<Partner> partners =
                     PartnerRepository(database.connection()).forCluster(cluster.id);
                 return std::pair(
                     PartnerCsv::write(partners, cluster.name, csvDialect()),
                     tr("Exported %n partner(s) of “%1” to %2.", nullptr, int(partners.size()))
                         .arg(cluster.name, file));
             }},
            arguments);
    }

    int eventsExport(const QStringList &arguments)
    {
        return runExport(
            {QStringLiteral("events export FILE.csv"),
             tr("Exports the events of a cluster, with their participation figures, to a CSV "
                "file: English headers, commas and ISO dates, or Italian headers, semicolons and "
                "DD/MM/YYYY with --language it."),
             {tr("FILE.csv"), tr("The CSV file to write; an existing file is replaced.")},
             {},
             {},
             [this](const Database &database, const Cluster &cluster, const QString &file) {
                 const QList<Event> events =
                     EventRepository(database.connection()).forCluster(cluster.id);
                 return std::pair(
                     EventCsv::write(events,
                                     PartnerRepository(database.connection()).namesById(cluster.id),
                                     cluster.name, csvDialect()),
                     exportedEventsMessage(int(events.size()), cluster.name, file));
             }},
            arguments);
    }

    static QString exportedEventsMessage(int count, const QString &cluster, const QString &file)
    {
        return tr("Exported %n event(s) of “%1” to %2.", nullptr, count).arg(cluster, file);
    }

    // Reads --from and --to, each optional. A value that is not a date, or a --from after the
    // --to, is wrong usage: returns the exit code to stop with, else Success.
    int readDateRange(const QCommandLineParser &parser, const QCommandLineOption &from,
                      const QCommandLineOption &to, QDate *fromDate, QDate *toDate) const
    {
        for (const auto &[option, date] : {std::pair{&from, fromDate}, std::pair{&to, toDate}}) {
            const QString text = parser.value(*option).trimmed();
            const CsvImport::DateParse parse = CsvImport::parseDate(text, date);
            if (parse != CsvImport::DateParse::Empty && parse != CsvImport::DateParse::Ok)
                return usageError(
                    QStringLiteral("--%1: %2")
                        .arg(option->names().constFirst(), CsvImport::dateMessage(text, parse)));
        }
        if (fromDate->isValid() && toDate->isValid() && *fromDate > *toDate)
            return usageError(tr("The day of --from is after the day of --to."));
        return CommandLine::Success;
    }

    int eventsIcs(const QStringList &arguments)
    {
        const QCommandLineOption from(QStringLiteral("from"),
                                      tr("Only events that take place on or after this day "
                                         "(YYYY-MM-DD or DD/MM/YYYY)."),
                                      tr("date"));
        const QCommandLineOption to(QStringLiteral("to"),
                                    tr("Only events that take place on or before this day "
                                       "(YYYY-MM-DD or DD/MM/YYYY)."),
                                    tr("date"));
        QDate fromDate;
        QDate toDate;
        auto readDates = [&](const QCommandLineParser &parser) {
            return readDateRange(parser, from, to, &fromDate, &toDate);
        };
        return runExport(
            {QStringLiteral("events ics FILE.ics"),
             tr("Exports the events of a cluster to an iCalendar (RFC 5545) file that calendar "
                "programs open; with --from and --to, only the events that take place in those "
                "days."),
             {tr("FILE.ics"), tr("The iCalendar file to write; an existing file is replaced.")},
             {from, to},
             readDates,
             [&](const Database &database, const Cluster &cluster, const QString &file) {
                 QList<Event> events;
                 for (const Event &event :
                      EventRepository(database.connection()).forCluster(cluster.id)) {
                     if (event.overlaps(fromDate, toDate))
                         events.append(event);
                 }
                 const QString language =
                     m_options.language.isEmpty() ? Translations::current() : m_options.language;
                 return std::pair(
                     EventIcs::write(events,
                                     PartnerRepository(database.connection()).namesById(cluster.id),
                                     language),
                     exportedEventsMessage(int(events.size()), cluster.name, file));
             }},
            arguments);
    }

    int kpi(const QStringList &arguments)
    {
        const KpiScopeOptions options(QCommandLineOption(
            QStringLiteral("out"),
            tr("Write the KPIs to this file instead of printing them: .csv, .xlsx or .json."),
            tr("file")));
        const QCommandLineOption format(QStringLiteral("format"),
                                        tr("What to print: table (the default), csv or json."),
                                        tr("format"));
        const Parsed parsed = parse(
            QStringLiteral("kpi"),
            tr("Computes the KPIs of a cluster, or of every cluster, for a reporting period or "
               "any date range, with the targets of a named period."),
            options.list() + QList<QCommandLineOption>{format}, {}, arguments);
        if (!parsed.parser)
            return parsed.exitCode;
        const QCommandLineParser &parser = *parsed.parser;
        const QCommandLineOption &out = options.out;

        // Everything about the usage is checked before the database is opened.
        int exitCode = CommandLine::Success;
        if (!readKpiScope(parser, options, nullptr, &exitCode))
            return exitCode;
        const QStringList formats{QStringLiteral("table"), QStringLiteral("csv"),
                                  QStringLiteral("json")};
        QString chosenFormat = parser.value(format).trimmed().toLower();
        if (parser.isSet(format) && !formats.contains(chosenFormat))
            return usageError(tr("--format: “%1” is not a format; use %2.")
                                  .arg(parser.value(format), formats.join(QLatin1Char('|'))));
        const QString file = parser.value(out);
        if (parser.isSet(out)) {
            // The file's extension says the format; --format may repeat it, not contradict it.
            const QString suffix = QFileInfo(file).suffix().toLower();
            const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("xlsx"),
                                       QStringLiteral("json")};
            if (!suffixes.contains(suffix))
                return usageError(tr("--out: the file name must end in .csv, .xlsx or .json."));
            if (parser.isSet(format) && chosenFormat != suffix)
                return usageError(
                    tr("--format %1 does not match the file %2.").arg(chosenFormat, file));
            chosenFormat = suffix;
        } else if (chosenFormat.isEmpty()) {
            chosenFormat = QStringLiteral("table");
        }

        const std::unique_ptr<Database> database = openDatabase();
        if (!database)
            return CommandLine::Refused;
        const std::optional<KpiSnapshot> snapshot =
            readKpiSnapshot(parser, options, *database, &exitCode);
        if (!snapshot)
            return exitCode;

        const KpiTable table(*snapshot);
        QByteArray bytes;
        if (chosenFormat == QLatin1String("json")) {
            bytes = QJsonDocument(KpiJson::toJson(*snapshot)).toJson(QJsonDocument::Indented);
        } else if (chosenFormat == QLatin1String("csv")) {
            bytes = table.toCsv(csvDialect());
        } else if (chosenFormat == QLatin1String("table")) {
            bytes = table.toText().toUtf8();
        } else {
            QString errorMessage;
            if (!KpiXlsx::write(table, file, &errorMessage)) {
                printError(errorMessage);
                return CommandLine::Refused;
            }
        }
        if (!parser.isSet(out)) {
            std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
            std::fflush(stdout);
            return CommandLine::Success;
        }
        if (!bytes.isEmpty() && !writeFile(file, bytes))
            return CommandLine::Refused;
        printOut(tr("Wrote %1 (%2).").arg(file, table.title()));
        return CommandLine::Success;
    }

    // The options of the commands that work on a KPI scope: which clusters, which days.
    struct KpiScopeOptions
    {
        explicit KpiScopeOptions(QCommandLineOption output)
            : out(std::move(output))
        {
        }

        QCommandLineOption cluster{QStringLiteral("cluster"), tr("The cluster."), tr("name")};
        QCommandLineOption all{QStringLiteral("all"),
                               tr("Every cluster together (the project roll-up).")};
        QCommandLineOption period{QStringLiteral("period"),
                                  tr("A reporting period of the cluster, by name."), tr("name")};
        QCommandLineOption from{
            QStringLiteral("from"),
            tr("The first day (YYYY-MM-DD or DD/MM/YYYY), instead of a period."), tr("date")};
        QCommandLineOption to{QStringLiteral("to"),
                              tr("The last day (YYYY-MM-DD or DD/MM/YYYY), instead of a period."),
                              tr("date")};
        QCommandLineOption out;

        QList<QCommandLineOption> list() const { return {cluster, all, period, from, to, out}; }
    };

    // Reads the scope options and finds the scope in the database. Returns nullopt with the exit
    // code in *exitCode: 2 for options that do not fit together, 1 for a scope that does not
    // exist.
    std::optional<KpiScope> readKpiScope(const QCommandLineParser &parser,
                                         const KpiScopeOptions &options, const Database *database,
                                         int *exitCode) const
    {
        *exitCode = CommandLine::Usage;
        if (parser.isSet(options.cluster) == parser.isSet(options.all)) {
            usageError(parser.isSet(options.all) ? tr("Give either --cluster NAME or --all, not "
                                                      "both.")
                                                 : tr("Give --cluster NAME, or --all for every "
                                                      "cluster."));
            return std::nullopt;
        }
        if (parser.isSet(options.cluster) && parser.value(options.cluster).trimmed().isEmpty()) {
            usageError(tr("The option --cluster needs a cluster name."));
            return std::nullopt;
        }
        const bool dates = parser.isSet(options.from) || parser.isSet(options.to);
        if (parser.isSet(options.period) == dates) {
            usageError(dates ? tr("Give either --period NAME or --from and --to, not both.")
                             : tr("Give --period NAME, or the days with --from DATE --to DATE."));
            return std::nullopt;
        }
        if (parser.isSet(options.period) && parser.value(options.period).trimmed().isEmpty()) {
            usageError(tr("The option --period needs the name of a reporting period."));
            return std::nullopt;
        }
        QDate fromDate;
        QDate toDate;
        if (dates) {
            for (const QCommandLineOption *option : {&options.from, &options.to}) {
                if (parser.value(*option).trimmed().isEmpty()) {
                    usageError(tr("--from and --to go together: --%1 is missing.")
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

    // The scope of the options in the database, and its KPIs; nullopt with the exit code in
    // *exitCode when the scope does not exist or cannot be computed.
    std::optional<KpiSnapshot> readKpiSnapshot(const QCommandLineParser &parser,
                                               const KpiScopeOptions &options,
                                               const Database &database, int *exitCode) const
    {
        const std::optional<KpiScope> scope = readKpiScope(parser, options, &database, exitCode);
        if (!scope)
            return std::nullopt;
        const KpiCalculator calculator(database.connection());
        std::optional<KpiSnapshot> snapshot = calculator.snapshot(*scope);
        if (!snapshot) {
            printError(calculator.errorMessage());
            *exitCode = CommandLine::Refused;
        }
        return snapshot;
    }

    // --out: required, with one of the suffixes.
    int checkOutput(const QCommandLineParser &parser, const QCommandLineOption &out,
                    const QStringList &suffixes, const QString &command) const
    {
        const QString file = parser.value(out);
        if (file.isEmpty())
            return usageError(tr("“lecdesk %1” needs --out FILE.").arg(command));
        if (!suffixes.contains(QFileInfo(file).suffix().toLower())) {
            QStringList names;
            for (const QString &suffix : suffixes)
                names.append(QLatin1Char('.') + suffix);
            return usageError(tr("--out: name the file %1.").arg(names.join(QStringLiteral(", "))));
        }
        return CommandLine::Success;
    }

    int report(const QStringList &arguments)
    {
        const KpiScopeOptions options(QCommandLineOption(
            QStringLiteral("out"), tr("The PDF file to write; an existing file is replaced."),
            tr("FILE.pdf")));
        const Parsed parsed =
            parse(QStringLiteral("report"),
                  tr("Writes the periodic report of a cluster, or of every cluster, for a "
                     "reporting period or any range of days: a PDF with the KPIs against their "
                     "targets, the charts, the events held by kind and the institutions involved "
                     "by type, in the language of --language."),
                  options.list(), {}, arguments);
        if (!parsed.parser)
            return parsed.exitCode;
        const QCommandLineParser &parser = *parsed.parser;
        int exitCode = CommandLine::Success;
        // Every usage error is found before the database is opened.
        if (!readKpiScope(parser, options, nullptr, &exitCode))
            return exitCode;
        if (const int check =
                checkOutput(parser, options.out, {QStringLiteral("pdf")}, QStringLiteral("report"));
            check != CommandLine::Success)
            return check;

        const std::unique_ptr<Database> database = openDatabase();
        if (!database)
            return CommandLine::Refused;
        const std::optional<KpiScope> scope =
            readKpiScope(parser, options, database.get(), &exitCode);
        if (!scope)
            return exitCode;
        QString error;
        const std::optional<KpiReportData> data =
            KpiReportData::collect(database->connection(), *scope, &error);
        if (!data) {
            printError(error);
            return CommandLine::Refused;
        }
        const QString file = parser.value(options.out);
        if (!KpiReport(*data).write(file, &error)) {
            printError(QStringLiteral("--out: ") + error);
            return CommandLine::Refused;
        }
        printOut(tr("Wrote the report of %1, %2, to %3.")
                     .arg(KpiCatalogue::scopeName(*scope), KpiCatalogue::periodText(*scope), file));
        return CommandLine::Success;
    }

    int chart(const QStringList &arguments)
    {
        const KpiScopeOptions options(
            QCommandLineOption(QStringLiteral("out"),
                               tr("The image to write: .png, .svg or .pdf; an existing file is "
                                  "replaced."),
                               tr("FILE")));
        const QCommandLineOption size(QStringLiteral("size"),
                                      tr("Width and height in pixels (default: 1600x1000)."),
                                      tr("WxH"), QStringLiteral("1600x1000"));
        const QCommandLineOption dpi(QStringLiteral("dpi"),
                                     tr("The resolution the texts are drawn for: 96 for a "
                                        "screen, 300 for print (default: 150)."),
                                     tr("N"), QStringLiteral("150"));
        QStringList kinds;
        for (KpiCharts::Kind kind : KpiCharts::kinds())
            kinds.append(KpiCharts::key(kind));
        const Parsed parsed = parse(
            QStringLiteral("chart KPI"),
            tr("Draws one KPI chart of a cluster, or of every cluster, for a reporting period or "
               "any range of days, with the cluster and the period printed on it."),
            options.list() + QList<QCommandLineOption>{size, dpi},
            {{QStringLiteral("KPI"), tr("The chart: %1.").arg(kinds.join(QStringLiteral(", ")))}},
            arguments);
        if (!parsed.parser)
            return parsed.exitCode;
        const QCommandLineParser &parser = *parsed.parser;

        const QString key = parser.positionalArguments().constFirst();
        const std::optional<KpiCharts::Kind> kind = KpiCharts::kindFromKey(key.toLower());
        if (!kind)
            return usageError(tr("There is no chart “%1”; choose one of: %2.")
                                  .arg(key, kinds.join(QStringLiteral(", "))));
        int exitCode = CommandLine::Success;
        if (!readKpiScope(parser, options, nullptr, &exitCode))
            return exitCode;
        if (const int check = checkOutput(parser, options.out, KpiCharts::fileSuffixes(),
                                          QStringLiteral("chart"));
            check != CommandLine::Success)
            return check;
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})[x×X](\\d{1,5})$"));
        const QRegularExpressionMatch sizeMatch = sizePattern.match(parser.value(size).trimmed());
        const QSize pixels = sizeMatch.hasMatch() ? QSize(sizeMatch.captured(1).toInt(),
                                                          sizeMatch.captured(2).toInt())
                                                  : QSize();
        if (!sizeMatch.hasMatch())
            return usageError(tr("--size: “%1” is not a size; give the width and height in "
                                 "pixels, as in 1600x1000.")
                                  .arg(parser.value(size)));
        if (pixels.width() < 100 || pixels.height() < 100 || pixels.width() > 20000 ||
            pixels.height() > 20000)
            return usageError(tr("--size: the chart must be between 100 and 20000 pixels wide "
                                 "and high."));
        bool isNumber = false;
        const int resolution = parser.value(dpi).trimmed().toInt(&isNumber);
        if (!isNumber || resolution < 36 || resolution > 1200)
            return usageError(tr("--dpi: “%1” is not a resolution; give a whole number from 36 to "
                                 "1200.")
                                  .arg(parser.value(dpi)));

        const std::unique_ptr<Database> database = openDatabase();
        if (!database)
            return CommandLine::Refused;
        const std::optional<KpiSnapshot> snapshot =
            readKpiSnapshot(parser, options, *database, &exitCode);
        if (!snapshot)
            return exitCode;
        const QString file = parser.value(options.out);
        QString error;
        if (!KpiCharts::hasData(*kind, *snapshot)) {
            printError(KpiCharts::emptyMessage(*kind, *snapshot));
            return CommandLine::Refused;
        }
        if (!KpiCharts::exportChart(*kind, *snapshot, file, pixels, resolution, &error)) {
            printError(QStringLiteral("--out: ") + error);
            return CommandLine::Refused;
        }
        printOut(tr("Drew “%1” to %2.").arg(KpiCharts::title(*kind), file));
        return CommandLine::Success;
    }

    const GlobalOptions m_options;
    const QString m_program;
};

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    GlobalOptions options;
    QStringList rest;
    QString error;
    // A malformed --database or --language is reported on the terminal, not in a window.
    if (!extractGlobalOptions(arguments, &options, &rest, &error))
        return true;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const QString &argument = rest.at(i);
        if (isHelpOption(argument) || isVersionOption(argument))
            return true;
        if (argument == QLatin1String("--"))
            return i + 1 < rest.size();
        if (argument.startsWith(QLatin1Char('-'))) {
            QString name = argument.section(QLatin1Char('='), 0, 0);
            while (name.startsWith(QLatin1Char('-')))
                name.remove(0, 1);
            if (qtOptionsWithValue.contains(name)) {
                if (!argument.contains(QLatin1Char('=')))
                    ++i;
                continue;
            }
            if (qtFlags.contains(name))
                continue;
        }
        return true;
    }
    return false;
}

bool CommandLine::drawsDocuments(const QStringList &arguments)
{
    GlobalOptions options;
    QStringList rest;
    QString error;
    if (!extractGlobalOptions(arguments, &options, &rest, &error))
        return false;
    const QString command = rest.value(1);
    return command == QLatin1String("report") || command == QLatin1String("chart");
}

std::optional<GlobalOptions> CommandLine::parseGlobalOptions(const QStringList &arguments,
                                                             QString *errorMessage)
{
    GlobalOptions options;
    QStringList rest;
    if (!extractGlobalOptions(arguments, &options, &rest, errorMessage))
        return std::nullopt;
    return options;
}

int CommandLine::run(const QStringList &arguments)
{
    // The system language first, so that even a malformed --language is explained in it.
    Translations::install(QString());
    GlobalOptions options;
    QStringList rest;
    QString error;
    if (!extractGlobalOptions(arguments, &options, &rest, &error)) {
        printError(error);
        return Usage;
    }
    if (!options.language.isEmpty())
        Translations::install(options.language);
    const QString program = rest.value(0, QStringLiteral("lecdesk"));
    return Commands(options, program).dispatch(rest.mid(1));
}
