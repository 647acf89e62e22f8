#include "server/AdminCli.h"

#include "protocol/RecordCatalogue.h"
#include "server/Accounts.h"
#include "server/ServerConfig.h"
#include "server/ServerDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTranslator>

#include <memory>
#include <termios.h>
#include <unistd.h>

namespace {

const QString program = QStringLiteral("lecdesk-server");

struct Context
{
    QTextStream &in;
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    ServerArguments arguments;
    ServerConfig config;
    std::unique_ptr<ServerDatabase> database;
    std::unique_ptr<Accounts> accounts;
};

using Handler = int (*)(Context &, const QStringList &);

struct Command
{
    QStringList words;   // "user", "add"
    QString synopsis;    // the rest of the usage line, not translated
    const char *summary; // translated on use
    int minArguments;
    int maxArguments;
    QStringList options; // the command's own, besides --config and --database
    Handler handler;
    bool createsDatabase = false;
    // Why the arguments cannot work, before anything is opened, or "".
    QString (*checkArguments)(const QStringList &) = nullptr;
};

QString roleProblem(const QStringList &arguments)
{
    if (roleFromName(arguments[2]) || arguments[2] == QLatin1String("none"))
        return {};
    return AdminCli::tr("Unknown role %1: expected admin, coordinator, viewer or none.")
        .arg(arguments[2]);
}

int init(Context &context, const QStringList &arguments);
int userAdd(Context &context, const QStringList &arguments);
int userPasswd(Context &context, const QStringList &arguments);
int userDisable(Context &context, const QStringList &arguments);
int userEnable(Context &context, const QStringList &arguments);
int clusterAdd(Context &context, const QStringList &arguments);
int clusterList(Context &context, const QStringList &arguments);
int grant(Context &context, const QStringList &arguments);
int tokenList(Context &context, const QStringList &arguments);
int tokenRevoke(Context &context, const QStringList &arguments);

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {{QStringLiteral("init")},
         QStringLiteral("[--admin NAME]"),
         QT_TRANSLATE_NOOP("AdminCli", "create or upgrade the database; with --admin, also add"
                                       " that user"),
         0,
         0,
         {QStringLiteral("admin")},
         init,
         true},
        {{QStringLiteral("user"), QStringLiteral("add")},
         QStringLiteral("NAME [--display-name TEXT]"),
         QT_TRANSLATE_NOOP("AdminCli", "add a user; the password is read from standard input"),
         1,
         1,
         {QStringLiteral("display-name")},
         userAdd},
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("AdminCli", "set a user's password, read from standard input"),
         1,
         1,
         {},
         userPasswd},
        {{QStringLiteral("user"), QStringLiteral("disable")},
         QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("AdminCli", "disable a user and revoke all their device tokens"),
         1,
         1,
         {},
         userDisable},
        {{QStringLiteral("user"), QStringLiteral("enable")},
         QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("AdminCli", "enable a disabled user again"),
         1,
         1,
         {},
         userEnable},
        {{QStringLiteral("cluster"), QStringLiteral("add")},
         QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("AdminCli", "add a cluster and print its id"),
         1,
         1,
         {},
         clusterAdd},
        {{QStringLiteral("cluster"), QStringLiteral("list")},
         QString(),
         QT_TRANSLATE_NOOP("AdminCli", "list the clusters with their members"),
         0,
         0,
         {},
         clusterList},
        {{QStringLiteral("grant")},
         QStringLiteral("USER CLUSTER admin|coordinator|viewer|none"),
         QT_TRANSLATE_NOOP("AdminCli", "give a user a role in a cluster (by name or id), or"
                                       " none to take it away"),
         3,
         3,
         {},
         grant,
         false,
         roleProblem},
        {{QStringLiteral("token"), QStringLiteral("list")},
         QStringLiteral("[USER]"),
         QT_TRANSLATE_NOOP("AdminCli", "list the device tokens, of everyone or of one user"),
         0,
         1,
         {},
         tokenList},
        {{QStringLiteral("token"), QStringLiteral("revoke")},
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("AdminCli", "revoke a device token"),
         1,
         1,
         {},
         tokenRevoke},
    };
    return all;
}

QString usageLine(const Command &command)
{
    QString line = program + u' ' + command.words.join(u' ');
    if (!command.synopsis.isEmpty())
        line += u' ' + command.synopsis;
    return line;
}

const Command *findCommand(const QStringList &words)
{
    for (const Command &command : commands()) {
        if (words.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

void say(QTextStream &stream, const QString &line)
{
    stream << line << u'\n';
}

// The refusal for a problem Accounts reported, in the words of the command line. `values`
// maps a problem's field to what the user typed for it.
QString describe(const Protocol::Problem &problem, const QHash<QString, QString> &values)
{
    const QString value = values.value(problem.field);
    const QString field = problem.field;
    if (field == QLatin1String("username")) {
        if (problem.status == 409)
            return AdminCli::tr("There is already a user %1.").arg(value);
        if (problem.status == 404)
            return AdminCli::tr("There is no user %1.").arg(value);
        return AdminCli::tr("%1 is not a valid user name: use 1 to 64 characters among a-z, 0-9,"
                            " '.', '_' and '-'.")
            .arg(value);
    }
    if (field == QLatin1String("password"))
        return AdminCli::tr("The password is too short: use at least 10 characters.");
    if (field == QLatin1String("display_name"))
        return AdminCli::tr("The display name is too long (at most 100 characters) or holds"
                            " control characters.");
    if (field == QLatin1String("name")) {
        if (problem.status == 409)
            return AdminCli::tr("There is already a cluster %1.").arg(value);
        return AdminCli::tr("%1 is not a valid cluster name: use 1 to 100 characters, no control"
                            " characters, and nothing that looks like a cluster id.")
            .arg(value);
    }
    if (field == QLatin1String("cluster"))
        return AdminCli::tr("There is no cluster %1.").arg(value);
    if (problem.status == 404)
        return AdminCli::tr("There is no token %1.").arg(values.value(QStringLiteral("token")));
    return AdminCli::tr("The database failed: %1").arg(problem.message);
}

int refuse(Context &context, const Protocol::Problem &problem,
           const QHash<QString, QString> &values)
{
    say(context.err, describe(problem, values));
    return AdminCli::Refused;
}

// The terminal `in` reads from, or -1 when it reads a file, a pipe or a string (as in tests).
int terminalOf(QTextStream &in)
{
    const auto *file = qobject_cast<QFile *>(in.device());
    const int descriptor = file ? file->handle() : -1;
    return descriptor >= 0 && isatty(descriptor) ? descriptor : -1;
}

// Turns the terminal's echo off while it lives.
class EchoOff
{
public:
    explicit EchoOff(int descriptor)
        : m_descriptor(descriptor)
    {
        m_active = tcgetattr(descriptor, &m_saved) == 0;
        if (m_active) {
            termios silent = m_saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(descriptor, TCSANOW, &silent);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(m_descriptor, TCSANOW, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_descriptor;
    termios m_saved{};
    bool m_active = false;
};

// The new password of `username`: one line of `in`; on a terminal asked twice without echo.
// Returns a null string after saying on err why there is none.
QString readPassword(Context &context, const QString &username)
{
    const int terminal = terminalOf(context.in);
    if (terminal < 0) {
        const QString line = context.in.readLine();
        if (line.isNull())
            say(context.err, AdminCli::tr("No password on standard input: give it as one line."));
        return line;
    }
    QString first;
    QString second;
    {
        EchoOff echoOff(terminal);
        context.err << AdminCli::tr("New password for %1: ").arg(username) << Qt::flush;
        first = context.in.readLine();
        context.err << u'\n' << AdminCli::tr("Repeat the password: ") << Qt::flush;
        second = context.in.readLine();
        context.err << u'\n' << Qt::flush;
    }
    if (first.isNull() || second.isNull()) {
        say(context.err, AdminCli::tr("No password given."));
        return {};
    }
    if (first != second) {
        say(context.err, AdminCli::tr("The two passwords differ; nothing was changed."));
        return {};
    }
    return first;
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const bool last = column + 1 == cells.size();
            line += last ? cells[column] : cells[column].leftJustified(widths[column] + 2);
        }
        say(out, line);
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

int init(Context &context, const QStringList &)
{
    say(context.out, AdminCli::tr("The database is ready: %1 (schema version %2).")
                         .arg(context.database->location().describe())
                         .arg(context.database->schemaVersion()));
    const QString admin = context.arguments.value(QStringLiteral("admin"));
    if (!context.arguments.has(QStringLiteral("admin"))) {
        say(context.out, AdminCli::tr("Next: add the first user with “%1 user add NAME”, or run"
                                      " “%1 init --admin NAME”.")
                             .arg(program));
        return AdminCli::Ok;
    }
    const int added = userAdd(context, {admin});
    if (added != AdminCli::Ok)
        return added;
    const QString name = context.accounts->account(admin)->username;
    say(context.out,
        AdminCli::tr("Next:\n"
                     "  1. create a cluster: %1 cluster add NAME\n"
                     "  2. make %2 its admin: %1 grant %2 NAME admin\n"
                     "  3. start the server: systemctl start lecdesk-server (or %1 serve)\n"
                     "  4. check that it answers: curl --cacert CERTIFICATE "
                     "https://THIS-SERVER:%3/v1/health")
            .arg(program, name)
            .arg(context.config.port));
    return AdminCli::Ok;
}

int userAdd(Context &context, const QStringList &arguments)
{
    const QString &username = arguments.constFirst();
    const QHash<QString, QString> values{{QStringLiteral("username"), username}};
    if (context.accounts->account(username))
        return refuse(context, {409, {}, {}, QStringLiteral("username")}, values);
    const QString password = readPassword(context, username.trimmed().toLower());
    if (password.isNull())
        return AdminCli::Refused;
    Account added;
    if (const Protocol::Problem problem = context.accounts->addUser(
            username, password, context.arguments.value(QStringLiteral("display-name")), &added))
        return refuse(context, problem, values);
    say(context.out, AdminCli::tr("Added user %1.").arg(added.username));
    return AdminCli::Ok;
}

int userPasswd(Context &context, const QStringList &arguments)
{
    const QString &username = arguments.constFirst();
    const QHash<QString, QString> values{{QStringLiteral("username"), username}};
    const std::optional<Account> account = context.accounts->account(username);
    if (!account)
        return refuse(context, {404, {}, {}, QStringLiteral("username")}, values);
    const QString password = readPassword(context, account->username);
    if (password.isNull())
        return AdminCli::Refused;
    if (const Protocol::Problem problem = context.accounts->setPassword(username, password))
        return refuse(context, problem, values);
    say(context.out, AdminCli::tr("Changed the password of %1.").arg(account->username));
    return AdminCli::Ok;
}

int setDisabled(Context &context, const QString &username, bool disabled)
{
    if (const Protocol::Problem problem = context.accounts->setDisabled(username, disabled))
        return refuse(context, problem, {{QStringLiteral("username"), username}});
    const QString name = context.accounts->account(username)->username;
    say(context.out,
        disabled ? AdminCli::tr("Disabled user %1 and revoked their device tokens.").arg(name)
                 : AdminCli::tr("Enabled user %1; they log in again on each device.").arg(name));
    return AdminCli::Ok;
}

int userDisable(Context &context, const QStringList &arguments)
{
    return setDisabled(context, arguments.constFirst(), true);
}

int userEnable(Context &context, const QStringList &arguments)
{
    return setDisabled(context, arguments.constFirst(), false);
}

int clusterAdd(Context &context, const QStringList &arguments)
{
    ClusterInfo added;
    if (const Protocol::Problem problem =
            context.accounts->addCluster(arguments.constFirst(), &added))
        return refuse(context, problem, {{QStringLiteral("name"), arguments.constFirst()}});
    // The id alone, so that a script can take it: ID=$(lecdesk-server cluster add Turin).
    say(context.out, added.id);
    return AdminCli::Ok;
}

int clusterList(Context &context, const QStringList &)
{
    const QList<ClusterInfo> clusters = context.accounts->clusters();
    if (clusters.isEmpty()) {
        say(context.out,
            AdminCli::tr("No clusters yet: add one with “%1 cluster add NAME”.").arg(program));
        return AdminCli::Ok;
    }
    QHash<QString, QStringList> members; // cluster id → "anna (admin)", by user name
    for (const Account &account : context.accounts->accounts()) {
        for (const Membership &membership : context.accounts->memberships(account.id))
            members[membership.cluster.id].append(
                QStringLiteral("%1 (%2)").arg(account.username, roleName(membership.role)));
    }
    QList<QStringList> rows;
    for (const ClusterInfo &cluster : clusters)
        rows.append({cluster.id, cluster.name, QString::number(cluster.lastSequence),
                     orDash(members.value(cluster.id).join(QStringLiteral(", ")))});
    printTable(context.out,
               {AdminCli::tr("ID"), AdminCli::tr("NAME"), AdminCli::tr("LAST SEQUENCE"),
                AdminCli::tr("MEMBERS")},
               rows);
    return AdminCli::Ok;
}

int grant(Context &context, const QStringList &arguments)
{
    const QString &username = arguments[0];
    const QString &clusterName = arguments[1];
    const std::optional<Role> role = roleFromName(arguments[2]);
    if (const Protocol::Problem problem = context.accounts->grant(username, clusterName, role))
        return refuse(
            context, problem,
            {{QStringLiteral("username"), username}, {QStringLiteral("cluster"), clusterName}});
    const QString name = context.accounts->account(username)->username;
    const QString cluster = context.accounts->cluster(clusterName)->name;
    say(context.out, role ? AdminCli::tr("%1 is now %2 in %3.").arg(name, roleName(*role), cluster)
                          : AdminCli::tr("%1 has no role in %2 any more.").arg(name, cluster));
    return AdminCli::Ok;
}

int tokenList(Context &context, const QStringList &arguments)
{
    const QString username = arguments.value(0);
    if (!username.isEmpty() && !context.accounts->account(username))
        return refuse(context, {404, {}, {}, QStringLiteral("username")},
                      {{QStringLiteral("username"), username}});
    const QList<DeviceToken> tokens = context.accounts->tokens(username);
    if (tokens.isEmpty()) {
        say(context.out, AdminCli::tr("No device tokens."));
        return AdminCli::Ok;
    }
    const QDateTime now = context.clock.now();
    QList<QStringList> rows;
    for (const DeviceToken &token : tokens) {
        const QString state = !token.revokedAt.isEmpty()             ? AdminCli::tr("revoked")
                              : Clock::parse(token.expiresAt) <= now ? AdminCli::tr("expired")
                                                                     : AdminCli::tr("active");
        rows.append({token.id, token.username, token.device, token.createdAt,
                     orDash(token.lastUsedAt), token.expiresAt, state});
    }
    printTable(context.out,
               {AdminCli::tr("ID"), AdminCli::tr("USER"), AdminCli::tr("DEVICE"),
                AdminCli::tr("CREATED"), AdminCli::tr("LAST USED"), AdminCli::tr("EXPIRES"),
                AdminCli::tr("STATE")},
               rows);
    return AdminCli::Ok;
}

int tokenRevoke(Context &context, const QStringList &arguments)
{
    const QString &id = arguments.constFirst();
    if (const Protocol::Problem problem = context.accounts->revokeToken(id))
        return refuse(context, problem, {{QStringLiteral("token"), id}});
    say(context.out, AdminCli::tr("Revoked token %1.").arg(id));
    return AdminCli::Ok;
}

int usageError(QTextStream &err, const QString &message, const Command *command = nullptr)
{
    say(err, message);
    if (command)
        say(err, AdminCli::tr("Usage: %1").arg(usageLine(*command)));
    else
        err << AdminCli::usage();
    return AdminCli::UsageError;
}

// Opens (for init: creates) the database the config names.
bool openDatabase(Context &context, bool create)
{
    QString error;
    const DatabaseLocation location = context.config.databaseLocation(&error);
    if (!error.isEmpty()) {
        say(context.err, error);
        return false;
    }
    if (location.backend == DatabaseLocation::Backend::Sqlite) {
        const QFileInfo file(location.path);
        if (!create && !file.exists()) {
            say(context.err, AdminCli::tr("There is no database at %1 yet: run “%2 init” first.")
                                 .arg(location.path, program));
            return false;
        }
        if (create && !QDir().mkpath(file.absolutePath())) {
            say(context.err, AdminCli::tr("Cannot create the folder %1.").arg(file.absolutePath()));
            return false;
        }
    }
    context.database = ServerDatabase::open(location, &error);
    if (!context.database) {
        say(context.err, error);
        return false;
    }
    context.accounts = std::make_unique<Accounts>(*context.database, context.clock,
                                                  context.config.accountPolicy());
    return true;
}

} // namespace

bool AdminCli::handles(const QStringList &arguments)
{
    ServerArguments parsed;
    QString error;
    if (!ServerArguments::parse(arguments, &parsed, &error))
        return true; // run() reports it
    return parsed.help ||
           (!parsed.words.isEmpty() && parsed.words.constFirst() != QLatin1String("serve"));
}

QString AdminCli::usage()
{
    QString text = tr("Usage:") + u'\n';
    text += QStringLiteral("  %1 [serve] [--config FILE] [--listen ADDRESS] [--port N]"
                           " [--certificate FILE] [--key FILE] [--database PATH|URL]\n"
                           "  %1 [--config FILE] [--database PATH|URL] COMMAND\n\n")
                .arg(program);
    text += tr("Commands:") + u'\n';
    for (const Command &command : commands()) {
        text += QStringLiteral("  ") + usageLine(command).mid(program.size() + 1) + u'\n';
        text += QStringLiteral("      ") + tr(command.summary) + u'\n';
    }
    text += u'\n' +
            tr("The configuration file is %1 unless --config names another; --database"
               " overrides its database. Passwords are read from standard input, never from"
               " the command line.")
                .arg(ServerConfig::defaultFile()) +
            u'\n';
    return text;
}

int AdminCli::run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err,
                  const Clock &clock)
{
    Context context{in, out, err, clock, {}, {}, {}, {}};
    const int result = [&] {
        QString error;
        if (!ServerArguments::parse(arguments, &context.arguments, &error))
            return usageError(err, error);
        const QStringList &words = context.arguments.words;
        if (context.arguments.help || words.value(0) == QLatin1String("help")) {
            out << usage();
            return int(Ok);
        }
        if (words.isEmpty())
            return usageError(err, tr("No command given."));
        const Command *command = findCommand(words);
        if (!command)
            return usageError(err, tr("Unknown command: %1.").arg(words.join(u' ')));
        const QStringList commandArguments = words.mid(command->words.size());
        if (commandArguments.size() < command->minArguments ||
            commandArguments.size() > command->maxArguments)
            return usageError(err, tr("Wrong number of arguments."), command);
        const QStringList unknown = context.arguments.unknownOptions(
            command->options + QStringList{QStringLiteral("config"), QStringLiteral("database")});
        if (!unknown.isEmpty())
            return usageError(
                err, tr("The option --%1 does not apply here.").arg(unknown.constFirst()), command);
        if (const QString problem =
                command->checkArguments ? command->checkArguments(commandArguments) : QString();
            !problem.isEmpty())
            return usageError(err, problem, command);
        if (!context.config.load(context.arguments, &error)) {
            say(err, error);
            return int(Refused);
        }
        if (!openDatabase(context, command->createsDatabase))
            return int(Refused);
        return command->handler(context, commandArguments);
    }();
    out.flush();
    err.flush();
    return result;
}

bool AdminCli::installTranslator(const QLocale &locale)
{
    static std::unique_ptr<QTranslator> installed;
    if (installed)
        QCoreApplication::removeTranslator(installed.get());
    installed = std::make_unique<QTranslator>();
    if (!installed->load(locale, QStringLiteral("lecdesk-server"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        installed.reset();
        return false;
    }
    return QCoreApplication::installTranslator(installed.get());
}
