#include "app/Desktop.h"

#include "app/cli/CommandLine.h"
#include "models/common/Clock.h"
#include "models/common/Translations.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {

// --language on the command line wins over the preference, for this session only.
void installLanguage(const std::optional<GlobalOptions> &options)
{
    Translations::install(options && !options->language.isEmpty()
                              ? options->language
                              : MainWindow::languagePreference());
}

} // namespace

bool Desktop::hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    // Qt reads -platform NAME (or --platform NAME) from the command line itself.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    }
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

int Desktop::explainNoDisplay(const QStringList &arguments)
{
    QString usageError;
    installLanguage(CommandLine::parseGlobalOptions(arguments, &usageError));
    const QString message =
        tr("The LEC Desk window needs a display and none was found (DISPLAY and WAYLAND_DISPLAY "
           "are not set); “lecdesk --help” lists the commands that work without one.");
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return CommandLine::Refused;
}

int Desktop::run(const QStringList &arguments)
{
    QString usageError;
    const std::optional<GlobalOptions> options =
        CommandLine::parseGlobalOptions(arguments, &usageError);
    installLanguage(options);
    Clock::warnIfOverrideIgnored();
    if (!options) {
        QMessageBox::critical(nullptr, tr("LEC Desk"), usageError);
        return CommandLine::Usage;
    }

    const QString path =
        options->databasePath.isEmpty() ? Database::defaultPath() : options->databasePath;
    Database database;
    if (!database.open(path)) {
        QMessageBox::critical(nullptr, tr("LEC Desk cannot open its database"),
                              database.errorMessage());
        return CommandLine::Refused;
    }

    Workspace workspace(database.connection(), database.path());
    MainWindow window(&workspace, database.path());
    window.show();
    return QApplication::exec();
}
