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
};
