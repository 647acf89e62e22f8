#pragma once

#include "server/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

// The administration commands of lecdesk-server: init, user add|passwd|disable|enable,
// cluster add|list, grant, token list|revoke. They open the database of the config file (or
// --database) themselves. Passwords are read from `in`, one line; when `in` is a terminal the
// password is asked twice without echo. Results go to `out`, refusals and usage to `err`.
// Messages are translated (the server's own catalogue, see installTranslator()).
// main() passes QTextStream(stdin): on a FILE, Qt reads a terminal line by line. (A QFile opened on
// descriptor 0 would wait for a full buffer in Qt 6.4, and the second prompt would never show.)
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    enum ExitCode { Ok = 0, Refused = 1, UsageError = 2 };

    // True when the arguments (after the program name) ask for an admin command or for help,
    // false when they ask to serve (no command, or "serve").
    static bool handles(const QStringList &arguments);
    // Runs the command in the arguments (after the program name), with --config and --database
    // among them. Returns an ExitCode.
    static int run(const QStringList &arguments, QTextStream &in, QTextStream &out,
                   QTextStream &err, const Clock &clock = Clock());
    static QString usage();
    // Installs the translation of these messages for the locale's language (the system's by
    // default), replacing one installed before. Returns false when there is none (English).
    static bool installTranslator(const QLocale &locale = QLocale::system());
};
