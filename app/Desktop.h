#pragma once

#include <QCoreApplication>
#include <QStringList>

// Starts the window: reads the global options, sets up the language, opens the database and
// shows the main window. A database that cannot be opened is explained, and nothing is changed.
class Desktop
{
    Q_DECLARE_TR_FUNCTIONS(Desktop)

public:
    static int run(const QStringList &arguments);

    // False where the window would need a display that is not there: on Linux and the other X11
    // or Wayland systems, when neither DISPLAY nor WAYLAND_DISPLAY is set and no platform is named
    // (QT_QPA_PLATFORM, -platform). Qt would abort on opening the window. Needs no application.
    static bool hasDisplay(int argc, char *argv[]);

    // Says, in the user's language, that the window needs a display and that `lecdesk --help`
    // lists the commands that do not; a QCoreApplication exists. Returns the exit status.
    static int explainNoDisplay(const QStringList &arguments);
};
