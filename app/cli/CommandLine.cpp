#include "app/cli/CommandLine.h"

#include "app/cli/CliSupport.h"
#include "app/cli/CommandTable.h"
#include "models/common/Clock.h"
#include "models/common/Translations.h"

namespace {

using Cli::databaseOption;
using Cli::languageOption;

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
// The arguments with --database and --language taken out.
struct SplitArguments
{
    GlobalOptions options;
    QStringList rest; // the program, the command and the command's own arguments
};

// Takes --database and --language out of the arguments wherever they stand (before "--").
std::optional<SplitArguments> splitGlobalOptions(const QStringList &arguments,
                                                 QString *errorMessage = nullptr)
{
    const auto refuse = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    SplitArguments split;
    bool endOfOptions = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || endOfOptions || !argument.startsWith(QLatin1String("--"))) {
            split.rest.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            endOfOptions = true;
            split.rest.append(argument);
            continue;
        }
        const QString body = argument.mid(2);
        const QString name = body.section(QLatin1Char('='), 0, 0);
        if (name != databaseOption && name != languageOption) {
            split.rest.append(argument);
            continue;
        }
        QString value;
        if (body.contains(QLatin1Char('=')))
            value = body.section(QLatin1Char('='), 1);
        else if (i + 1 < arguments.size())
            value = arguments.at(++i);
        else
            return refuse(CommandLine::tr("The option --%1 needs a value.").arg(name));
        if (name == databaseOption) {
            if (value.isEmpty())
                return refuse(CommandLine::tr("The option --database needs a file name."));
            split.options.databasePath = value;
        } else {
            value = value.toLower();
            if (!Translations::supported().contains(value))
                return refuse(CommandLine::tr("The language “%1” is not available; use %2.")
                                  .arg(value, Translations::supported().join(QLatin1Char('|'))));
            split.options.language = value;
        }
    }
    return split;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    const std::optional<SplitArguments> split = splitGlobalOptions(arguments);
    // A malformed --database or --language is reported on the terminal, not in a window.
    if (!split)
        return true;
    const QStringList &rest = split->rest;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const QString &argument = rest.at(i);
        if (Cli::isHelpOption(argument) || Cli::isVersionOption(argument))
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
    const std::optional<SplitArguments> split = splitGlobalOptions(arguments);
    const Cli::Command *command = split ? Cli::findCommand(split->rest.mid(1)) : nullptr;
    return command && command->drawsDocuments;
}

std::optional<GlobalOptions> CommandLine::parseGlobalOptions(const QStringList &arguments,
                                                             QString *errorMessage)
{
    const std::optional<SplitArguments> split = splitGlobalOptions(arguments, errorMessage);
    if (!split)
        return std::nullopt;
    return split->options;
}

int CommandLine::run(const QStringList &arguments)
{
    // The system language first, so that even a malformed --language is explained in it.
    Translations::install(QString());
    QString error;
    const std::optional<SplitArguments> split = splitGlobalOptions(arguments, &error);
    if (!split) {
        Cli::printError(error);
        return Usage;
    }
    if (!split->options.language.isEmpty())
        Translations::install(split->options.language);
    Clock::warnIfOverrideIgnored();
    const Cli::Invocation invocation{split->options,
                                     split->rest.value(0, QStringLiteral("lecdesk"))};
    return Cli::dispatch(invocation, split->rest.mid(1));
}
