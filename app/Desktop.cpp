#include "app/Desktop.h"

#include "app/cli/CommandLine.h"
#include "models/common/Translations.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

int Desktop::run(const QStringList &arguments)
{
    QString usageError;
    const std::optional<GlobalOptions> options =
        CommandLine::parseGlobalOptions(arguments, &usageError);
    // --language on the command line wins over the preference, for this session only.
    Translations::install(options && !options->language.isEmpty()
                              ? options->language
                              : MainWindow::languagePreference());
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

    Workspace workspace(database.connection());
    MainWindow window(&workspace, database.path());
    window.show();
    return QApplication::exec();
}
