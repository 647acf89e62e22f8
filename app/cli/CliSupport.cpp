#include "app/cli/CliSupport.h"

#include "models/clusters/ClusterRepository.h"
#include "models/common/AtomicFile.h"
#include "models/storage/Database.h"

#include <QFileInfo>

#include <algorithm>

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

int editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment: Levenshtein's distance, and a swap of neighbours counts 1.
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    const qsizetype columns = y.size() + 1;
    QList<int> d((x.size() + 1) * columns);
    const auto at = [&d, columns](qsizetype i, qsizetype j) -> int & { return d[i * columns + j]; };
    for (qsizetype i = 0; i <= x.size(); ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= y.size(); ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(x.size(), y.size());
}

QString closestMatch(const QString &given, const QStringList &candidates)
{
    // Options are compared without their dashes: "--clu" is a word of three letters.
    const auto bare = [](const QString &text) {
        qsizetype dashes = 0;
        while (dashes < text.size() && text.at(dashes) == QLatin1Char('-'))
            ++dashes;
        return text.mid(dashes);
    };
    const QString word = bare(given);
    if (word.size() < 2)
        return {};
    const int allowed = word.size() <= 3 ? 1 : word.size() <= 6 ? 2 : 3;
    QString best;
    int bestDistance = allowed + 1;
    QStringList extending;
    for (const QString &candidate : candidates) {
        const QString name = bare(candidate);
        if (name.compare(word, Qt::CaseInsensitive) == 0)
            return candidate;
        if (word.size() >= 3 && name.startsWith(word, Qt::CaseInsensitive) &&
            !extending.contains(candidate))
            extending.append(candidate);
        const int distance = editDistance(word, name);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (!best.isEmpty())
        return best;
    return extending.size() == 1 ? extending.constFirst() : QString();
}

QString didYouMean(const QString &suggestion)
{
    if (suggestion.isEmpty())
        return {};
    return QLatin1Char(' ') + CommandLine::tr("Did you mean “%1”?").arg(suggestion);
}

QString alternatives(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return CommandLine::tr("%1 or %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

int checkOutSuffix(const QString &file, const QStringList &suffixes)
{
    if (suffixes.contains(QFileInfo(file).suffix().toLower()))
        return CommandLine::Success;
    QStringList endings;
    for (const QString &suffix : suffixes)
        endings.append(QLatin1Char('.') + suffix);
    return usageError(CommandLine::tr("The file given with --out must end in %1, but “%2” does "
                                      "not.")
                          .arg(alternatives(endings), file));
}

QString noSuchClusterMessage(const QString &name)
{
    return CommandLine::tr("There is no cluster called “%1”. “lecdesk cluster list” shows the "
                           "clusters.")
        .arg(name);
}

QString Invocation::databasePath() const
{
    return options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
}

std::unique_ptr<Database> Invocation::openDatabase() const
{
    const QString path = databasePath();
    // A command that only reads never leaves a new, empty database behind (a typo in --database
    // would otherwise pass for a database without clusters).
    if (!createsDatabase && !QFileInfo::exists(path)) {
        printError(CommandLine::tr("There is no database at %1. Commands that write, such as "
                                   "“lecdesk cluster add NAME” or “lecdesk demo”, create one; if "
                                   "you meant another file, check --database.")
                       .arg(QFileInfo(path).absoluteFilePath()));
        return nullptr;
    }
    // Only the folder of the per-user database is made; a folder named with --database must
    // exist, so that a misspelt one is never created.
    const Database::Creation creation = !createsDatabase ? Database::Creation::Nothing
                                        : options.databasePath.isEmpty()
                                            ? Database::Creation::FileAndFolder
                                            : Database::Creation::File;
    auto database = std::make_unique<Database>();
    if (!database->open(path, creation)) {
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
        // A misspelt option gets the nearest one of the command (or a global one) suggested.
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            QStringList known{QStringLiteral("--") + databaseOption,
                              QStringLiteral("--") + languageOption, QStringLiteral("--help")};
            for (const QCommandLineOption &option : commandOptions) {
                for (const QString &name : option.names()) {
                    if (name.size() > 1)
                        known.append(QStringLiteral("--") + name);
                }
            }
            const QString given =
                (unknown.constFirst().size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) +
                unknown.constFirst();
            result.exitCode = usageError(CommandLine::tr("Unknown option “%1”.").arg(given) +
                                         didYouMean(closestMatch(given, known)));
        } else {
            result.exitCode = usageError(parser.errorText());
        }
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
        printError(noSuchClusterMessage(name));
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
                CommandLine::tr("The date given with --%1 cannot be used: %2")
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
