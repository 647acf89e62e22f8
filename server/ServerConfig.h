#pragma once

#include "server/Accounts.h"
#include "server/HttpApi.h"
#include "server/ServerDatabase.h"
#include "server/SyncStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The command line split into options and words: "--name VALUE" or "--name=VALUE" anywhere,
// every other argument a word ("user", "add", "anna"). "--help" and "-h" take no value.
struct ServerArguments
{
    Q_DECLARE_TR_FUNCTIONS(ServerArguments)

public:
    QList<std::pair<QString, QString>> options; // name without "--", value
    QStringList words;
    bool help = false;

    // Fails (with *error naming the option) on an option without a value or one given twice.
    static bool parse(const QStringList &arguments, ServerArguments *parsed, QString *error);
    bool has(const QString &name) const;
    QString value(const QString &name) const;
    // The option names outside `known`, in the order given.
    QStringList unknownOptions(const QStringList &known) const;
};

// lecdesk-server's settings: the config file (INI, sections [server] and [limits]) and then the
// command-line overrides. Every key with its default:
//   [server] listen=0.0.0.0, port=8443, certificate=/etc/lecdesk-server/tls/cert.pem,
//            key=/etc/lecdesk-server/tls/key.pem,
//            database=/var/lib/lecdesk-server/lecdesk-server.sqlite (or postgresql://...),
//            access_log=- (standard error, or a file)
//   [limits] max_body_bytes=4194304, idle_timeout_seconds=60, max_batch_records=1000,
//   max_page_size=1000, token_days=90,
//            login_failures_per_account=5, login_failures_per_address=20,
//            login_failure_window_seconds=900
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    QString listen = QStringLiteral("0.0.0.0");
    int port = 8443;
    QString certificate = QStringLiteral("/etc/lecdesk-server/tls/cert.pem");
    QString key = QStringLiteral("/etc/lecdesk-server/tls/key.pem");
    QString database = QStringLiteral("/var/lib/lecdesk-server/lecdesk-server.sqlite");
    QString accessLog = QStringLiteral("-");

    qint64 maxBodyBytes = 4194304;
    int idleTimeoutSeconds = 60;
    int maxBatchRecords = 1000;
    int maxPageSize = 1000;
    int tokenDays = 90;
    int loginFailuresPerAccount = 5;
    int loginFailuresPerAddress = 20;
    int loginFailureWindowSeconds = 900;

    static QString defaultFile(); // /etc/lecdesk-server/lecdesk-server.conf
    // The options that override the file: listen, port, certificate, key, database.
    static QStringList overridableOptions();

    // Reads the INI file over the current values. Fails on a missing or unreadable file, an
    // unknown section or key, or a bad value; *error names the file, the key and what was
    // expected ("FILE: [limits] max_body_bytes: expected a positive whole number").
    bool readFile(const QString &file, QString *error);
    // One command-line override (name without "--", one of overridableOptions()).
    bool applyOption(const QString &name, const QString &value, QString *error);
    // The file named by --config (which must exist) or else the default file (used when it
    // exists), then the overrides among the options. Options outside overridableOptions() and
    // "config" are left to the caller.
    bool load(const ServerArguments &arguments, QString *error);
    // For `lecdesk-server [serve] [options]`: refuses words other than "serve" and unknown
    // options, then load()s.
    bool loadForServing(const QStringList &arguments, QString *error);

    DatabaseLocation databaseLocation(QString *error) const;
    AccountPolicy accountPolicy() const;
    SyncLimits syncLimits() const;
    HttpLimits httpLimits() const;
};
