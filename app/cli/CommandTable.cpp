#include "app/cli/CommandTable.h"

#include "app/cli/CliSupport.h"
#include "app/cli/CommandHandlers.h"
#include "models/storage/Database.h"

namespace Cli {

const QList<Command> &commands()
{
    // The scope options kpi, report and chart share (KpiScopeOptions).
    const QString kpiScope =
        QStringLiteral("(--cluster NAME | --all) (--period NAME | --from DATE --to DATE)");
    static const QList<Command> all = {
        {.words = {QStringLiteral("demo")},
         .synopsis = QStringLiteral("[--cluster NAME]"),
         .summary = QT_TRANSLATE_NOOP(
             "CommandLine", "Create a sample cluster with realistic, fictional partners."),
         .handler = demo,
         .createsDatabase = true},
        {.words = {QStringLiteral("cluster"), QStringLiteral("add")},
         .synopsis = QStringLiteral("NAME [--region R] [--country C] [--coordinator ORG]"),
         .summary = QT_TRANSLATE_NOOP("CommandLine", "Add a cluster."),
         .handler = clusterAdd,
         .createsDatabase = true},
        {.words = {QStringLiteral("cluster"), QStringLiteral("list")},
         .summary = QT_TRANSLATE_NOOP(
             "CommandLine", "List the clusters with their region, country and number of partners."),
         .handler = clusterList},
        {.words = {QStringLiteral("partners"), QStringLiteral("import")},
         .synopsis = QStringLiteral("FILE.csv [--cluster NAME] [--skip-invalid] [--dry-run]"),
         .summary = QT_TRANSLATE_NOOP(
             "CommandLine",
             "Import partners from a CSV file; a file with a bad row imports nothing."),
         .handler = partnersImport,
         .createsDatabase = true},
        {.words = {QStringLiteral("partners"), QStringLiteral("export")},
         .synopsis = QStringLiteral("FILE.csv [--cluster NAME]"),
         .summary =
             QT_TRANSLATE_NOOP("CommandLine", "Export the partners of a cluster to a CSV file."),
         .handler = partnersExport},
        {.words = {QStringLiteral("events"), QStringLiteral("import")},
         .synopsis = QStringLiteral("FILE.csv [--cluster NAME] [--skip-invalid] [--dry-run]"),
         .summary = QT_TRANSLATE_NOOP("CommandLine",
                                      "Import events and their participation figures from a CSV "
                                      "file; a file with a bad row imports nothing."),
         .handler = eventsImport,
         .createsDatabase = true},
        {.words = {QStringLiteral("events"), QStringLiteral("export")},
         .synopsis = QStringLiteral("FILE.csv [--cluster NAME]"),
         .summary =
             QT_TRANSLATE_NOOP("CommandLine", "Export the events of a cluster to a CSV file."),
         .handler = eventsExport},
        {.words = {QStringLiteral("events"), QStringLiteral("ics")},
         .synopsis = QStringLiteral("FILE.ics [--cluster NAME] [--from DATE] [--to DATE]"),
         .summary = QT_TRANSLATE_NOOP(
             "CommandLine",
             "Export the events of a cluster to an iCalendar file for calendar programs."),
         .handler = eventsIcs},
        {.words = {QStringLiteral("kpi")},
         .synopsis =
             kpiScope + QStringLiteral("\n[--format table|csv|json] [--out FILE.csv|.xlsx|.json]"),
         .summary = QT_TRANSLATE_NOOP("CommandLine", "Compute the KPIs (institutions, people "
                                                     "reached, events held) with their targets."),
         .handler = kpi},
        {.words = {QStringLiteral("report")},
         .synopsis = kpiScope + QStringLiteral(" --out FILE.pdf"),
         .summary = QT_TRANSLATE_NOOP("CommandLine", "Write the periodic report (KPIs, charts, "
                                                     "events, institutions) as a PDF."),
         .handler = report,
         .drawsDocuments = true},
        {.words = {QStringLiteral("chart")},
         .synopsis = QStringLiteral("institutions|reach|events ") + kpiScope +
                     QStringLiteral(" --out FILE.png|svg|pdf [--size WxH] [--dpi N]"),
         .summary = QT_TRANSLATE_NOOP("CommandLine", "Draw one KPI chart as an image."),
         .handler = chart,
         .drawsDocuments = true},
    };
    return all;
}

const Command *findCommand(const QStringList &arguments)
{
    for (const Command &command : commands()) {
        if (arguments.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

namespace {

// The second words of the commands in the group, in the table's order; empty when the word
// starts no group.
QStringList subcommandsOf(const QString &group)
{
    QStringList subcommands;
    for (const Command &command : commands()) {
        if (command.words.size() > 1 && command.words.constFirst() == group)
            subcommands.append(command.words.at(1));
    }
    return subcommands;
}

// What "lecdesk GROUP" without a known subcommand gets: the group's usage for --help, else a
// usage error.
int groupUsage(const QString &group, const QString &subcommand, const QStringList &subcommands)
{
    if (isHelpOption(subcommand)) {
        printOut(CommandLine::tr("Usage: lecdesk %1 %2 …")
                     .arg(group, subcommands.join(QLatin1Char('|'))));
        printOut(CommandLine::tr("Run “lecdesk %1 SUBCOMMAND --help” for the options of one.")
                     .arg(group));
        return CommandLine::Success;
    }
    if (subcommand.isEmpty())
        return usageError(CommandLine::tr("“%1” needs one of: %2.")
                              .arg(group, subcommands.join(QStringLiteral(", "))));
    const QString meant = closestMatch(subcommand, subcommands);
    return usageError(CommandLine::tr("“%1” is not a subcommand of “%2”; use one of: %3.")
                          .arg(subcommand, group, subcommands.join(QStringLiteral(", "))) +
                      didYouMean(meant.isEmpty() ? QString() : group + QLatin1Char(' ') + meant));
}

// The first words of the commands: single commands and groups, in the table's order.
QStringList firstWords()
{
    QStringList words;
    for (const Command &command : commands()) {
        if (!words.contains(command.words.constFirst()))
            words.append(command.words.constFirst());
    }
    return words;
}

// "lecdesk WORD …" where WORD is neither a command nor a group: the command it most likely
// means, with its subcommand when the next word is (nearly) one of them.
int unknownCommand(const QStringList &arguments)
{
    const QString &word = arguments.constFirst();
    const QString unknown = CommandLine::tr("Unknown command “%1”.").arg(word);
    const QString meant = closestMatch(word, firstWords());
    if (meant.isEmpty())
        return usageError(unknown);
    const QStringList subcommands = subcommandsOf(meant);
    // The next word, unless it is an option or the command's own argument.
    const QString next = arguments.value(1);
    if (subcommands.isEmpty() || next.isEmpty() || next.startsWith(QLatin1Char('-')))
        return usageError(unknown + didYouMean(meant));
    const QString subcommand = closestMatch(next, subcommands);
    if (!subcommand.isEmpty())
        return usageError(unknown + didYouMean(meant + QLatin1Char(' ') + subcommand));
    return usageError(unknown + didYouMean(meant) + QLatin1Char(' ') +
                      CommandLine::tr("“%1” is not a subcommand of “%2”; use one of: %3.")
                          .arg(next, meant, subcommands.join(QStringLiteral(", "))));
}

// An entry of "lecdesk --help": the synopsis (continued, indented, on a line of its own at each
// '\n'), then what it does, indented. The indentation is not part of the translated text.
void appendHelpEntry(QStringList &lines, const QString &synopsis, const QString &description)
{
    const QString indent = QStringLiteral("      ");
    const QStringList synopsisLines = synopsis.split(QLatin1Char('\n'));
    lines.append(QStringLiteral("  ") + synopsisLines.constFirst());
    for (const QString &line : synopsisLines.mid(1))
        lines.append(indent + line);
    lines.append(indent + description);
}

} // namespace

QString mainHelp()
{
    QStringList lines{
        CommandLine::tr("Usage: lecdesk [--database PATH] [--language en|it] [COMMAND] [OPTIONS]"),
        QString(),
        CommandLine::tr("LEC Desk keeps the register of a Local Education Cluster. Without a "
                        "command it opens the window."),
        QString(),
        CommandLine::tr("Commands:"),
    };
    for (const Command &command : commands()) {
        const QString synopsis =
            (command.words + QStringList{command.synopsis}).join(QLatin1Char(' ')).trimmed();
        appendHelpEntry(lines, synopsis, CommandLine::tr(command.summary));
    }
    lines << QString() << CommandLine::tr("Global options, allowed anywhere:");
    appendHelpEntry(
        lines, QStringLiteral("--database PATH"),
        CommandLine::tr("The database file (default: %1).").arg(Database::defaultPath()));
    appendHelpEntry(lines, QStringLiteral("--language en|it"),
                    CommandLine::tr("The language of messages and of exported files (default: the "
                                    "system language, else English)."));
    appendHelpEntry(lines, QStringLiteral("-h, --help"),
                    CommandLine::tr("Show this help. “lecdesk COMMAND --help” shows the options of "
                                    "a command."));
    appendHelpEntry(lines, QStringLiteral("-v, --version"), CommandLine::tr("Show the version."));
    lines << QString()
          << CommandLine::tr("Exit status: 0 success, 1 the input or the data was refused, 2 wrong "
                             "usage.");
    return lines.join(QLatin1Char('\n'));
}

int dispatch(const Invocation &invocation, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(CommandLine::tr("No command given."));
    const QString &word = arguments.constFirst();
    if (isHelpOption(word) || word == QLatin1String("help")) {
        printOut(mainHelp());
        return CommandLine::Success;
    }
    if (isVersionOption(word)) {
        printOut(QStringLiteral("lecdesk ") + QCoreApplication::applicationVersion());
        return CommandLine::Success;
    }
    if (word.startsWith(QLatin1Char('-'))) {
        const QString name = word.section(QLatin1Char('='), 0, 0);
        return usageError(
            CommandLine::tr("Unknown option “%1”.").arg(word) +
            didYouMean(closestMatch(
                name, {QStringLiteral("--") + databaseOption, QStringLiteral("--") + languageOption,
                       QStringLiteral("--help"), QStringLiteral("--version")})));
    }
    if (const Command *command = findCommand(arguments)) {
        Invocation run = invocation;
        run.createsDatabase = command->createsDatabase;
        return command->handler(run, arguments.mid(command->words.size()));
    }
    if (const QStringList subcommands = subcommandsOf(word); !subcommands.isEmpty())
        return groupUsage(word, arguments.value(1), subcommands);
    return unknownCommand(arguments);
}

} // namespace Cli
