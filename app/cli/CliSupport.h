#pragma once

#include "app/cli/CommandLine.h"
#include "models/clusters/Cluster.h"
#include "models/csv/CsvImport.h"
#include "models/storage/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

class ClusterRepository;
class Database;

// What the commands of lecdesk share: printing, parsing their options, the database. Their
// messages keep the tr() context of CommandLine (CommandLine::tr), the one they had when the
// commands were a single class, so that the catalogues still match them.
namespace Cli {

// The global options, taken out of the arguments wherever they stand (see CommandLine.cpp).
inline const QString databaseOption = QStringLiteral("database");
inline const QString languageOption = QStringLiteral("language");

bool isHelpOption(const QString &argument);
bool isVersionOption(const QString &argument);

// Data and results go to standard output, everything that went wrong to standard error.
void writeTo(std::FILE *stream, const QString &text);
void printOut(const QString &line);
void printError(const QString &line);
// Prints the message and where the usage is explained; returns CommandLine::Usage.
int usageError(const QString &message);

// How far apart two words are: the letters inserted, removed or changed, or two neighbours
// swapped, to make one the other (case ignored).
int editDistance(const QString &a, const QString &b);
// The candidate a misspelt word most likely meant: the nearest by editDistance() when it is near
// enough to be a slip (1 for words of up to 3 letters, 2 up to 6, else 3), or the only candidate
// that starts with a word of 3 letters or more. Leading dashes are not counted ("--clustr" is
// "clustr"). Empty when none is.
QString closestMatch(const QString &word, const QStringList &candidates);
// " Did you mean “SUGGESTION”?" to append to a message, or empty without a suggestion.
QString didYouMean(const QString &suggestion);

// "A", "A or B", "A, B or C", in the current language.
QString alternatives(const QStringList &items);
// --out must name a file that ends in one of the suffixes ("pdf"): Success, or the exit code of
// a usage error that names the option, the suffixes and the file given.
int checkOutSuffix(const QString &file, const QStringList &suffixes);

// The one message for a cluster name that does not exist, with the command that lists them.
QString noSuchClusterMessage(const QString &name);

// The value of a read, or nullopt after saying why it failed: a command never works on an empty
// list that stands for a database it could not read.
QString cannotReadMessage(const QString &reason);
template<typename T>
std::optional<T> readOrReport(const Result<T> &result)
{
    if (!result) {
        printError(cannotReadMessage(result.error()));
        return std::nullopt;
    }
    return *result;
}

// What parsing a command's own arguments gave: the parser to go on with, or none and the exit
// code to stop with (after --help or a usage error).
struct Parsed
{
    std::unique_ptr<QCommandLineParser> parser;
    int exitCode = CommandLine::Success;
};

// What this run of lecdesk was given besides the command and its arguments.
struct Invocation
{
    GlobalOptions options;
    QString program; // as started, for QCommandLineParser

    // The command writes to the database (Command::createsDatabase): dispatch() sets it.
    bool createsDatabase = false;

    QString databasePath() const;
    // The database of --database (else the per-user one), or null after saying why not. Only a
    // command that writes creates a database that is not there yet, and only in a folder that
    // exists; the folder of the per-user database is the one made when missing.
    std::unique_ptr<Database> openDatabase() const;
    // Italian files only on request: a script must not get another format from a user's system
    // language.
    CsvDialect csvDialect() const;

    // Parses a command's own options with QCommandLineParser; command is its usage ("cluster add
    // NAME"). positionals: name and description of the arguments the command takes, all
    // required.
    Parsed parse(const QString &command, const QString &description,
                 const QList<QCommandLineOption> &options,
                 const QList<std::pair<QString, QString>> &positionals,
                 const QStringList &arguments) const;
};

QCommandLineOption clusterOption(const QString &description);

// The cluster named by --cluster, or the only one. Without --cluster and with no single cluster,
// returns nullopt and *exitCode stays Success when that is acceptable (!required).
std::optional<Cluster> chooseCluster(const ClusterRepository &clusters, const QString &name,
                                     bool required, int *exitCode);

// Reads --from and --to, each optional. A value that is not a date, or a --from after the --to,
// is wrong usage: returns the exit code to stop with, else Success.
int readDateRange(const QCommandLineParser &parser, const QCommandLineOption &from,
                  const QCommandLineOption &to, QDate *fromDate, QDate *toDate);

// Replaces the file only once the new one is complete; false after saying why it failed.
bool writeFile(const QString &file, const QByteArray &bytes);

} // namespace Cli
