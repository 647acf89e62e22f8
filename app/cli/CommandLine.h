#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The options every invocation understands, with or without a command.
struct GlobalOptions
{
    QString databasePath; // empty: the per-user database
    QString language;     // "en", "it", or empty for the system language
};

// The command-line interface of INTERFACES.md; its commands are the table of
// app/cli/CommandTable.cpp. Every command works without a display.
// Exit status: 0 success, 1 input or data refused, 2 wrong usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Refused = 1, Usage = 2 };

    // True when the arguments name a command (so no window is opened), or ask for --help/--version.
    static bool isCommand(const QStringList &arguments);

    // True for the commands that draw charts or documents (report, chart: those the command
    // table marks drawsDocuments): they need a QApplication, since Qt Charts draws in a graphics
    // scene.
    static bool drawsDocuments(const QStringList &arguments);

    // Reads --database and --language (wherever they stand). On a malformed option returns
    // nullopt and fills *errorMessage.
    static std::optional<GlobalOptions> parseGlobalOptions(const QStringList &arguments,
                                                           QString *errorMessage);

    // Runs the command; a QCoreApplication (or QApplication) exists. Output goes to stdout,
    // messages to stderr.
    static int run(const QStringList &arguments);
};
