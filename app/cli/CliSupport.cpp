#include "app/cli/CliSupport.h"

#include "models/clusters/ClusterRepository.h"
#include "models/common/AtomicFile.h"
#include "models/storage/Database.h"

namespace Cli {

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

void printOut(const QString &line)
{
    writeTo(stdout, line + QLatin1Char('\n'));
}

void printError(const QString &line)
{
    writeTo(stderr, line + QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    printError(message);
    printError(CommandLine::tr("Run “lecdesk --help” for the commands and their options."));
    return CommandLine::Usage;
}

QString Invocation::databasePath() const
{
    return options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
}

std::unique_ptr<Database> Invocation::openDatabase() const
{
    auto database = std::make_unique<Database>();
    if (!database->open(databasePath())) {
        printError(database->errorMessage());
        return nullptr;
    }
    return database;
}

CsvDialect Invocation::csvDialect() const
{
    return options.language == QLatin1String("it") ? CsvDialect::Italian : CsvDialect::English;
}

Parsed Invocation::parse(const QString &command, const QString &description,
                         const QList<QCommandLineOption> &commandOptions,
                         const QList<std::pair<QString, QString>> &positionals,
                         const QStringList &arguments) const
{
    Parsed result;
    result.parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &parser = *result.parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions(commandOptions);
    // Listed for the help text; they were taken out of the arguments already.
    parser.addOption(
        {databaseOption, CommandLine::tr("The database file."), CommandLine::tr("path")});
    parser.addOption(
        {languageOption, CommandLine::tr("The language: en or it."), CommandLine::tr("language")});
    for (const auto &[name, positionalDescription] : positionals)
        parser.addPositionalArgument(name, positionalDescription);

    if (!parser.parse(QStringList{program} + arguments)) {
        result.exitCode = usageError(parser.errorText());
        result.parser.reset();
        return result;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names the program only; ours names the command too.
        text = CommandLine::tr("Usage: lecdesk %1 [options]").arg(command) +
               text.mid(text.indexOf(QLatin1Char('\n')));
        writeTo(stdout, text);
        result.exitCode = CommandLine::Success;
        result.parser.reset();
        return result;
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() < positionals.size()) {
        result.exitCode = usageError(
            CommandLine::tr("“lecdesk %1” needs %2.")
                .arg(command.section(QLatin1Char(' '), 0, 1), positionals.at(given.size()).first));
    } else if (given.size() > positionals.size()) {
        result.exitCode = usageError(
            CommandLine::tr("Unexpected argument “%1”.").arg(given.at(positionals.size())));
    }
    if (result.exitCode != CommandLine::Success)
        result.parser.reset();
    return result;
}

QString cannotReadMessage(const QString &reason)
{
    return CommandLine::tr("The database cannot be read: %1").arg(reason);
}

QCommandLineOption clusterOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("cluster"), description, CommandLine::tr("name"));
}

std::optional<Cluster> chooseCluster(const ClusterRepository &clusters, const QString &name,
                                     bool required, int *exitCode)
{
    *exitCode = CommandLine::Success;
    if (!name.isEmpty()) {
        const std::optional<std::optional<Cluster>> found = readOrReport(clusters.findByName(name));
        if (!found) {
            *exitCode = CommandLine::Refused;
            return std::nullopt;
        }
        if (*found)
            return *found;
        printError(CommandLine::tr("There is no cluster called “%1”. “lecdesk cluster list” shows "
                                   "the clusters.")
                       .arg(name));
        *exitCode = CommandLine::Refused;
        return std::nullopt;
    }
    const std::optional<QList<Cluster>> read = readOrReport(clusters.all());
    if (!read) {
        *exitCode = CommandLine::Refused;
        return std::nullopt;
    }
    const QList<Cluster> &all = *read;
    if (all.size() == 1)
        return all.constFirst();
    if (!required)
        return std::nullopt;
    if (all.isEmpty()) {
        printError(CommandLine::tr("The database has no clusters yet. Add one with “lecdesk "
                                   "cluster add NAME”."));
        *exitCode = CommandLine::Refused;
    } else {
        *exitCode = usageError(
            CommandLine::tr("The database holds %n cluster(s): choose one with --cluster NAME.",
                            nullptr, int(all.size())));
    }
    return std::nullopt;
}

int readDateRange(const QCommandLineParser &parser, const QCommandLineOption &from,
                  const QCommandLineOption &to, QDate *fromDate, QDate *toDate)
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
        return usageError(CommandLine::tr("The day of --from is after the day of --to."));
    return CommandLine::Success;
}

bool writeFile(const QString &file, const QByteArray &bytes)
{
    QString error;
    if (!AtomicFile::write(file, bytes, &error)) {
        printError(error);
        return false;
    }
    return true;
}

} // namespace Cli
