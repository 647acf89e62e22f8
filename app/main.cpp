#include "app/cli/CommandLine.h"
#include "app/Desktop.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LEC Desk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lecdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("lecdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECDESK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Commands run without a display. The ones that draw charts need a QApplication: with no
    // display they draw offscreen.
    if (CommandLine::drawsDocuments(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setApplicationIdentity();
        return CommandLine::run(arguments);
    }
    // The other commands get a QCoreApplication only.
    if (CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return CommandLine::run(arguments);
    }

    // Without a display Qt would abort on opening the window: say so, and where the commands are.
    if (!Desktop::hasDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return Desktop::explainNoDisplay(arguments);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LEC Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lecdesk.LecDesk"));
    return Desktop::run(arguments);
}
