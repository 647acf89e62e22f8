// lecdesk-server: serves the sync API over HTTPS, or runs an administration command.
#include "server/AccessLog.h"
#include "server/Accounts.h"
#include "server/AdminCli.h"
#include "server/HttpApi.h"
#include "server/ServerConfig.h"
#include "server/ServerDatabase.h"
#include "server/SyncStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

namespace {

// Serving strings: translated with the admin commands' catalogue.
class ServerMain
{
    Q_DECLARE_TR_FUNCTIONS(ServerMain)

public:
    static int serve(const QStringList &arguments, QTextStream &err);
};

int ServerMain::serve(const QStringList &arguments, QTextStream &err)
{
    ServerConfig config;
    QString error;
    if (!config.loadForServing(arguments, &error)) {
        err << error << Qt::endl << AdminCli::usage() << Qt::endl;
        return AdminCli::UsageError;
    }
    const DatabaseLocation location = config.databaseLocation(&error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return AdminCli::Refused;
    }
    const QHostAddress address(config.listen); // ServerConfig has checked it
    const QSslConfiguration tls = HttpApi::tlsConfiguration(config.certificate, config.key, &error);
    if (tls.isNull()) {
        err << error << Qt::endl;
        return AdminCli::Refused;
    }
    const std::unique_ptr<AccessLog> log = AccessLog::open(config.accessLog, &error);
    if (!log) {
        err << error << Qt::endl;
        return AdminCli::Refused;
    }
    const std::unique_ptr<ServerDatabase> database = ServerDatabase::open(location, &error);
    if (!database) {
        err << error << Qt::endl;
        return AdminCli::Refused;
    }

    Clock clock;
    Accounts accounts(*database, clock, config.accountPolicy());
    SyncStore sync(*database, clock, config.syncLimits());
    HttpApi api(*database, accounts, sync, clock, config.httpLimits(), log.get());
    api.sslSetup(tls);
    const quint16 port = api.listen(address, quint16(config.port));
    if (port == 0) {
        err << tr("Cannot listen on %1 port %2: is another program using it, or is the port"
                  " below 1024 without the capability to bind it?")
                   .arg(config.listen)
                   .arg(config.port)
            << Qt::endl;
        return AdminCli::Refused;
    }
    err << tr("lecdesk-server %1 listening on https://%2:%3/ with the database %4")
               .arg(QCoreApplication::applicationVersion(), config.listen)
               .arg(port)
               .arg(location.describe())
        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lecdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECDESK_VERSION));
    AdminCli::installTranslator();

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (AdminCli::handles(arguments))
        return AdminCli::run(arguments, in, out, err);
    return ServerMain::serve(arguments, err);
}
