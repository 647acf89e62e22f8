#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The commands of lecdesk as one table: the dispatch, "lecdesk --help", the usage of each group
// ("lecdesk events --help") and the choice of application object in main() all follow from it.
// A new command is an entry in commands() (CommandTable.cpp), its handler (declared in
// CommandHandlers.h, defined in the file of its group) and its section in docs/cli.md.
namespace Cli {

struct Invocation;

// Runs a command on the arguments after its words; returns a CommandLine::ExitCode.
using Handler = int (*)(const Invocation &invocation, const QStringList &arguments);

// One command of lecdesk, an entry of the table.
struct Command
{
    // One word ({"kpi"}), or a group and its subcommand ({"partners", "import"}). A word that
    // starts a group is not a command of its own.
    QStringList words;
    // The rest of the command's line in "lecdesk --help", not translated. At a '\n' it continues
    // on the next line, indented.
    QString synopsis = {};
    // What the command does, for "lecdesk --help": QT_TRANSLATE_NOOP("CommandLine", "…").
    const char *summary = nullptr;
    Handler handler = nullptr;
    // Draws charts or documents, so needs a QApplication (Qt Charts draws in a graphics scene).
    bool drawsDocuments = false;
    // Writes to the database, so may create the database file when there is none yet (in a
    // folder that exists; see Invocation::openDatabase). A command that only reads never
    // creates one. docs/cli.md lists these commands.
    bool createsDatabase = false;
};

// Every command, in the order "lecdesk --help" lists them.
const QList<Command> &commands();

// The command whose words the arguments start with, or nullptr.
const Command *findCommand(const QStringList &arguments);

// The text of "lecdesk --help".
QString mainHelp();

// Runs what the arguments ask for, after the program name and with the global options taken
// out: a command, the help or the version. Returns a CommandLine::ExitCode.
int dispatch(const Invocation &invocation, const QStringList &arguments);

} // namespace Cli
