#include "protocol/RecordCatalogue.h"
#include "server/Accounts.h"
#include "server/AdminCli.h"
#include "server/ServerConfig.h"
#include "server/ServerDatabase.h"
#include "tests/support/ServerBackends.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace {

const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// The database as the tests look at it, next to the command line.
struct Opened
{
    std::unique_ptr<ServerDatabase> database;
    std::unique_ptr<Accounts> accounts;
};

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tellsAdminCommandsFromServing();
    void refusesBadUsage();
    void printsHelp();
    void initCreatesTheDatabase_data() { ServerBackends::addRows(); }
    void initCreatesTheDatabase();
    void initAddsTheFirstAdmin_data() { ServerBackends::addRows(); }
    void initAddsTheFirstAdmin();
    void managesUsers_data() { ServerBackends::addRows(); }
    void managesUsers();
    void disablingRevokesTokens_data() { ServerBackends::addRows(); }
    void disablingRevokesTokens();
    void managesClustersAndGrants_data() { ServerBackends::addRows(); }
    void managesClustersAndGrants();
    void listsAndRevokesTokens_data() { ServerBackends::addRows(); }
    void listsAndRevokesTokens();
    void asksTwiceOnATerminal_data() { ServerBackends::addRows(); }
    void asksTwiceOnATerminal();
    void takesTheDatabaseFromTheConfigFile_data() { ServerBackends::addRows(); }
    void takesTheDatabaseFromTheConfigFile();
    void speaksItalian();

    void configHasDefaults();
    void configReadsEveryKey();
    void configOverridesFromTheCommandLine();
    void configRefusesBadValues_data();
    void configRefusesBadValues();
    void configRefusesBadOptions_data();
    void configRefusesBadOptions();

private:
    // A fresh database for the row's backend, already initialized.
    bool freshDatabase(bool initialize = true);
    CliRun cli(const QStringList &arguments, const QString &input = {});
    Opened open();
    QString writeFile(const QString &name, const QString &text);

    ServerBackends m_backends;
    QTemporaryDir m_folder;
    QString m_emptyConfig;
    QString m_database;
    Clock m_clock;
    QDateTime m_now = start;
};

void TestAdminCli::init()
{
    m_now = start;
    m_database.clear();
    m_clock.set([this] { return m_now; });
    m_emptyConfig = writeFile(QStringLiteral("empty.conf"), {});
}

QString TestAdminCli::writeFile(const QString &name, const QString &text)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

bool TestAdminCli::freshDatabase(bool initialize)
{
    QFETCH(QString, backend);
    m_database = m_backends.freshDatabase(backend);
    if (m_database.isEmpty()) {
        qWarning("%s", qPrintable(m_backends.errorMessage()));
        return false;
    }
    return !initialize || cli({QStringLiteral("init")}).code == 0;
}

CliRun TestAdminCli::cli(const QStringList &arguments, const QString &input)
{
    CliRun run;
    QString inputText = input;
    QTextStream in(&inputText, QIODevice::ReadOnly);
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QStringList all{QStringLiteral("--config"), m_emptyConfig};
    if (!m_database.isEmpty())
        all << QStringLiteral("--database") << m_database;
    run.code = AdminCli::run(all + arguments, in, out, err, m_clock);
    return run;
}

Opened TestAdminCli::open()
{
    Opened opened;
    QString error;
    opened.database = ServerDatabase::open(DatabaseLocation::parse(m_database, &error), &error);
    if (opened.database)
        opened.accounts = std::make_unique<Accounts>(*opened.database, m_clock);
    else
        qWarning("%s", qPrintable(error));
    return opened;
}

void TestAdminCli::tellsAdminCommandsFromServing()
{
    QVERIFY(!AdminCli::handles({}));
    QVERIFY(!AdminCli::handles({QStringLiteral("serve")}));
    QVERIFY(!AdminCli::handles({QStringLiteral("--port"), QStringLiteral("9443")}));
    QVERIFY(!AdminCli::handles({QStringLiteral("serve"), QStringLiteral("--config=/x.conf")}));
    QVERIFY(AdminCli::handles({QStringLiteral("init")}));
    QVERIFY(
        AdminCli::handles({QStringLiteral("--database"), QStringLiteral("/x.sqlite"),
                           QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anna")}));
    QVERIFY(AdminCli::handles({QStringLiteral("--help")}));
    QVERIFY(AdminCli::handles({QStringLiteral("help")}));
    // A broken command line is the admin command's to report.
    QVERIFY(AdminCli::handles({QStringLiteral("--port")}));
}

void TestAdminCli::refusesBadUsage()
{
    m_database = m_folder.filePath(QStringLiteral("never-created.sqlite"));
    const QString usage = AdminCli::usage();
    const auto usageError = [&](const QStringList &arguments, const QString &expected) {
        const CliRun run = cli(arguments);
        if (run.code != 2 || !run.out.isEmpty() || run.err != expected) {
            qWarning("exit %d, out %s, err %s", run.code, qPrintable(run.out), qPrintable(run.err));
            return false;
        }
        return true;
    };
    QVERIFY(usageError({}, QStringLiteral("No command given.\n") + usage));
    QVERIFY(usageError({QStringLiteral("frobnicate")},
                       QStringLiteral("Unknown command: frobnicate.\n") + usage));
    QVERIFY(
        usageError({QStringLiteral("user")}, QStringLiteral("Unknown command: user.\n") + usage));
    QVERIFY(usageError({QStringLiteral("user"), QStringLiteral("list")},
                       QStringLiteral("Unknown command: user list.\n") + usage));
    QVERIFY(usageError({QStringLiteral("-x")}, QStringLiteral("unknown option -x\n") + usage));
    QVERIFY(
        usageError({QStringLiteral("user"), QStringLiteral("add")},
                   QStringLiteral("Wrong number of arguments.\n"
                                  "Usage: lecdesk-server user add NAME [--display-name TEXT]\n")));
    QVERIFY(usageError({QStringLiteral("cluster"), QStringLiteral("list"), QStringLiteral("all")},
                       QStringLiteral("Wrong number of arguments.\n"
                                      "Usage: lecdesk-server cluster list\n")));
    QVERIFY(usageError(
        {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("a"), QStringLiteral("b")},
        QStringLiteral("Wrong number of arguments.\n"
                       "Usage: lecdesk-server token list [USER]\n")));
    QVERIFY(
        usageError({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anna"),
                    QStringLiteral("--port"), QStringLiteral("9443")},
                   QStringLiteral("The option --port does not apply here.\n"
                                  "Usage: lecdesk-server user add NAME [--display-name TEXT]\n")));
    QVERIFY(usageError({QStringLiteral("init"), QStringLiteral("--display-name=Anna")},
                       QStringLiteral("The option --display-name does not apply here.\n"
                                      "Usage: lecdesk-server init [--admin NAME]\n")));
    QVERIFY(usageError({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anna"),
                        QStringLiteral("--display-name")},
                       QStringLiteral("--display-name: expected a value\n") + usage));
    QVERIFY(usageError({QStringLiteral("grant"), QStringLiteral("anna"), QStringLiteral("Turin"),
                        QStringLiteral("owner")},
                       QStringLiteral("Unknown role owner: expected admin, coordinator, viewer or"
                                      " none.\n"
                                      "Usage: lecdesk-server grant USER CLUSTER"
                                      " admin|coordinator|viewer|none\n")));
    // None of it touched the database.
    QVERIFY(!QFile::exists(m_database));
    // Without init, a command is refused rather than making an empty database.
    const CliRun early = cli({QStringLiteral("cluster"), QStringLiteral("list")});
    QCOMPARE(early.code, 1);
    QCOMPARE(early.err, QStringLiteral("There is no database at %1 yet: run “lecdesk-server init”"
                                       " first.\n")
                            .arg(m_database));
    QVERIFY(!QFile::exists(m_database));
}

void TestAdminCli::printsHelp()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")},
          QStringList{QStringLiteral("user"), QStringLiteral("-h")}}) {
        const CliRun run = cli(arguments);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, AdminCli::usage());
        QCOMPARE(run.err, QString());
    }
    const QString usage = AdminCli::usage();
    QVERIFY(usage.startsWith(
        QStringLiteral("Usage:\n"
                       "  lecdesk-server [serve] [--config FILE] [--listen ADDRESS] [--port N]"
                       " [--certificate FILE] [--key FILE] [--database PATH|URL]\n"
                       "  lecdesk-server [--config FILE] [--database PATH|URL] COMMAND\n\n"
                       "Commands:\n"
                       "  init [--admin NAME]\n"
                       "      create or upgrade the database; with --admin, also add that user\n"
                       "  user add NAME [--display-name TEXT]\n")));
    for (const QString &line :
         {QStringLiteral("  user passwd NAME\n"), QStringLiteral("  user disable NAME\n"),
          QStringLiteral("  user enable NAME\n"), QStringLiteral("  cluster add NAME\n"),
          QStringLiteral("  cluster list\n"),
          QStringLiteral("  grant USER CLUSTER admin|coordinator|viewer|none\n"),
          QStringLiteral("  token list [USER]\n"), QStringLiteral("  token revoke ID\n")})
        QVERIFY2(usage.contains(line), qPrintable(line));
}

void TestAdminCli::initCreatesTheDatabase()
{
    QFETCH(QString, backend);
    QVERIFY(freshDatabase(false));
    if (backend == QLatin1String("sqlite")) // in a folder that does not exist yet
        m_database = m_folder.filePath(QStringLiteral("var/lib/server.sqlite"));
    QString error;
    const QString described = DatabaseLocation::parse(m_database, &error).describe();
    const QString expected =
        QStringLiteral("The database is ready: %1 (schema version 1).\n"
                       "Next: add the first user with “lecdesk-server user add NAME”, or run"
                       " “lecdesk-server init --admin NAME”.\n")
            .arg(described);
    CliRun run = cli({QStringLiteral("init")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, expected);
    // Again: nothing to migrate, same answer.
    run = cli({QStringLiteral("init")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, expected);
    Opened opened = open();
    QVERIFY(opened.database);
    QCOMPARE(opened.database->schemaVersion(), ServerDatabase::latestVersion());
}

void TestAdminCli::initAddsTheFirstAdmin()
{
    QVERIFY(freshDatabase(false));
    const CliRun noPassword =
        cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("Anna")});
    QCOMPARE(noPassword.code, 1);
    QCOMPARE(noPassword.err,
             QStringLiteral("No password on standard input: give it as one line.\n"));

    const CliRun run =
        cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("Anna")},
            QStringLiteral("a long passphrase\n"));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QString error;
    QCOMPARE(run.out,
             QStringLiteral("The database is ready: %1 (schema version 1).\n"
                            "Added user anna.\n"
                            "Next:\n"
                            "  1. create a cluster: lecdesk-server cluster add NAME\n"
                            "  2. make anna its admin: lecdesk-server grant anna NAME admin\n"
                            "  3. start the server: systemctl start lecdesk-server"
                            " (or lecdesk-server serve)\n"
                            "  4. check that it answers: curl --cacert CERTIFICATE "
                            "https://THIS-SERVER:8443/v1/health\n")
                 .arg(DatabaseLocation::parse(m_database, &error).describe()));

    const CliRun again =
        cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("anna")},
            QStringLiteral("another passphrase\n"));
    QCOMPARE(again.code, 1);
    QCOMPARE(again.err, QStringLiteral("There is already a user anna.\n"));

    Opened opened = open();
    QVERIFY(opened.accounts);
    QVERIFY(!opened.accounts
                 ->login(QStringLiteral("anna"), QStringLiteral("a long passphrase"),
                         QStringLiteral("laptop"), {})
                 .problem);
}

void TestAdminCli::managesUsers()
{
    QVERIFY(freshDatabase());
    CliRun run = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Anna"),
                      QStringLiteral("--display-name"), QStringLiteral("Anna Rossi")},
                     QStringLiteral("first passphrase\n"));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("Added user anna.\n"));

    const auto refused = [&](const QStringList &arguments, const QString &input,
                             const QString &message) {
        const CliRun refusal = cli(arguments, input);
        if (refusal.code != 1 || refusal.err != message + u'\n' || !refusal.out.isEmpty()) {
            qWarning("exit %d, out %s, err %s", refusal.code, qPrintable(refusal.out),
                     qPrintable(refusal.err));
            return false;
        }
        return true;
    };
    QVERIFY(refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anna")},
                    QStringLiteral("whatever passphrase\n"),
                    QStringLiteral("There is already a user anna.")));
    QVERIFY(refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("marco")},
                    QStringLiteral("short\n"),
                    QStringLiteral("The password is too short: use at least 10 characters.")));
    QVERIFY(refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bad name")},
                    QStringLiteral("good passphrase\n"),
                    QStringLiteral("bad name is not a valid user name: use 1 to 64 characters"
                                   " among a-z, 0-9, '.', '_' and '-'.")));
    QVERIFY(refused({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ghost")},
                    QStringLiteral("good passphrase\n"),
                    QStringLiteral("There is no user ghost.")));
    QVERIFY(refused({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("anna")},
                    QStringLiteral("tiny\n"),
                    QStringLiteral("The password is too short: use at least 10 characters.")));
    QVERIFY(refused({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ghost")},
                    {}, QStringLiteral("There is no user ghost.")));
    QVERIFY(refused({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("ghost")}, {},
                    QStringLiteral("There is no user ghost.")));

    run = cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ANNA")},
              QStringLiteral("second passphrase\n"));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("Changed the password of anna.\n"));

    Opened opened = open();
    QVERIFY(opened.accounts);
    const std::optional<Account> anna = opened.accounts->account(QStringLiteral("anna"));
    QVERIFY(anna);
    QCOMPARE(anna->displayName, QStringLiteral("Anna Rossi"));
    QVERIFY(!opened.accounts->account(QStringLiteral("marco")));
    QCOMPARE(opened.accounts
                 ->login(QStringLiteral("anna"), QStringLiteral("first passphrase"),
                         QStringLiteral("laptop"), {})
                 .problem.code,
             QStringLiteral("invalid_credentials"));
    QVERIFY(!opened.accounts
                 ->login(QStringLiteral("anna"), QStringLiteral("second passphrase"),
                         QStringLiteral("laptop"), {})
                 .problem);
}

void TestAdminCli::disablingRevokesTokens()
{
    QVERIFY(freshDatabase());
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anna")},
                 QStringLiteral("anna's passphrase\n"))
                 .code,
             0);
    Opened opened = open();
    QVERIFY(opened.accounts);
    const LoginResult laptop = opened.accounts->login(
        QStringLiteral("anna"), QStringLiteral("anna's passphrase"), QStringLiteral("laptop"), {});
    const LoginResult phone = opened.accounts->login(
        QStringLiteral("anna"), QStringLiteral("anna's passphrase"), QStringLiteral("phone"), {});
    QVERIFY(!laptop.problem && !phone.problem);

    CliRun run = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("anna")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("Disabled user anna and revoked their device tokens.\n"));
    for (const LoginResult *login : {&laptop, &phone})
        QCOMPARE(opened.accounts->authenticate(login->token, nullptr).code,
                 QStringLiteral("account_disabled"));
    QCOMPARE(opened.accounts
                 ->login(QStringLiteral("anna"), QStringLiteral("anna's passphrase"),
                         QStringLiteral("tablet"), {})
                 .problem.code,
             QStringLiteral("invalid_credentials"));

    run = cli({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("anna")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("Enabled user anna; they log in again on each device.\n"));
    QCOMPARE(opened.accounts->authenticate(laptop.token, nullptr).code,
             QStringLiteral("token_revoked"));
    QVERIFY(!opened.accounts
                 ->login(QStringLiteral("anna"), QStringLiteral("anna's passphrase"),
                         QStringLiteral("tablet"), {})
                 .problem);
}

void TestAdminCli::managesClustersAndGrants()
{
    QVERIFY(freshDatabase());
    CliRun run = cli({QStringLiteral("cluster"), QStringLiteral("list")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out,
             QStringLiteral("No clusters yet: add one with “lecdesk-server cluster add NAME”.\n"));

    run = cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("Turin")});
    QCOMPARE(run.code, 0);
    const QString turin = run.out.chopped(1);
    QVERIFY2(Protocol::isCanonicalUuid(turin), qPrintable(run.out));
    QCOMPARE(run.out, turin + u'\n');
    run = cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("Trieste")});
    QCOMPARE(run.code, 0);
    const QString trieste = run.out.chopped(1);

    run = cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("Turin")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("There is already a cluster Turin.\n"));
    run = cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral(" ")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("  is not a valid cluster name: use 1 to 100 characters, no"
                                     " control characters, and nothing that looks like a cluster"
                                     " id.\n"));

    for (const QString &name : {QStringLiteral("anna"), QStringLiteral("marco")})
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), name},
                     QStringLiteral("some passphrase\n"))
                     .code,
                 0);
    const auto granted = [&](const QStringList &arguments) {
        return cli(QStringList{QStringLiteral("grant")} + arguments);
    };
    run = granted({QStringLiteral("anna"), QStringLiteral("Turin"), QStringLiteral("coordinator")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("anna is now coordinator in Turin.\n"));
    run = granted({QStringLiteral("Anna"), turin, QStringLiteral("admin")});
    QCOMPARE(run.out, QStringLiteral("anna is now admin in Turin.\n"));
    run = granted({QStringLiteral("marco"), QStringLiteral("Turin"), QStringLiteral("viewer")});
    QCOMPARE(run.out, QStringLiteral("marco is now viewer in Turin.\n"));
    run = granted({QStringLiteral("marco"), QStringLiteral("Trieste"), QStringLiteral("viewer")});
    QCOMPARE(run.code, 0);
    run = granted({QStringLiteral("marco"), trieste, QStringLiteral("none")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("marco has no role in Trieste any more.\n"));
    run = granted({QStringLiteral("ghost"), QStringLiteral("Turin"), QStringLiteral("viewer")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("There is no user ghost.\n"));
    run = granted({QStringLiteral("anna"), QStringLiteral("Milan"), QStringLiteral("viewer")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("There is no cluster Milan.\n"));

    {
        Opened opened = open();
        QVERIFY(opened.accounts);
        const QString anna = opened.accounts->account(QStringLiteral("anna"))->id;
        QCOMPARE(opened.accounts->roleIn(anna, turin), Role::Admin);
        QSqlQuery query(opened.database->db());
        QString error;
        QVERIFY(opened.database->run(
            query, QStringLiteral("UPDATE clusters SET last_sequence = 1042 WHERE id = ?"), {turin},
            &error));
    }
    run = cli({QStringLiteral("cluster"), QStringLiteral("list")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral(
                          "ID                                    NAME     LAST SEQUENCE  MEMBERS\n"
                          "%1  Trieste  0              -\n"
                          "%2  Turin    1042           anna (admin), marco (viewer)\n")
                          .arg(trieste, turin));
}

void TestAdminCli::listsAndRevokesTokens()
{
    QVERIFY(freshDatabase());
    CliRun run = cli({QStringLiteral("token"), QStringLiteral("list")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("No device tokens.\n"));
    for (const QString &name : {QStringLiteral("anna"), QStringLiteral("marco")})
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), name},
                     QStringLiteral("some passphrase\n"))
                     .code,
                 0);
    Opened opened = open();
    QVERIFY(opened.accounts);
    const auto login = [&](const QString &name, const QString &device) {
        const LoginResult result =
            opened.accounts->login(name, QStringLiteral("some passphrase"), device, {});
        m_now = m_now.addSecs(1);
        return result;
    };
    const LoginResult laptop = login(QStringLiteral("anna"), QStringLiteral("laptop"));
    const LoginResult phone = login(QStringLiteral("anna"), QStringLiteral("phone"));
    const LoginResult desk = login(QStringLiteral("marco"), QStringLiteral("desk"));
    QVERIFY(!laptop.problem && !phone.problem && !desk.problem);
    QVERIFY(!opened.accounts->authenticate(laptop.token, nullptr)); // last used 09:00:03

    run = cli({QStringLiteral("token"), QStringLiteral("revoke"), phone.device.id});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("Revoked token %1.\n").arg(phone.device.id));
    QCOMPARE(opened.accounts->authenticate(phone.token, nullptr).code,
             QStringLiteral("token_revoked"));

    const QString header =
        QStringLiteral("ID                                    USER   DEVICE  CREATED              "
                       "     LAST USED                 EXPIRES                   STATE\n");
    run = cli({QStringLiteral("token"), QStringLiteral("list")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, header + QStringLiteral(
                                   "%1  marco  desk    2026-03-01T09:00:02.000Z  -                "
                                   "         2026-05-30T09:00:02.000Z  active\n"
                                   "%2  anna   phone   2026-03-01T09:00:01.000Z  -                "
                                   "         2026-05-30T09:00:01.000Z  revoked\n"
                                   "%3  anna   laptop  2026-03-01T09:00:00.000Z  2026-03-01T09:00:0"
                                   "3.000Z  2026-05-30T09:00:00.000Z  active\n")
                                   .arg(desk.device.id, phone.device.id, laptop.device.id));

    // The day the laptop's token expires, one of anna's only.
    m_now = QDateTime(QDate(2026, 5, 30), QTime(9, 0, 1), Qt::UTC);
    run = cli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("Anna")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out,
             QStringLiteral("ID                                    USER  DEVICE  CREATED         "
                            "          LAST USED                 EXPIRES                   STATE\n"
                            "%1  anna  phone   2026-03-01T09:00:01.000Z  -                       "
                            "  2026-05-30T09:00:01.000Z  revoked\n"
                            "%2  anna  laptop  2026-03-01T09:00:00.000Z  2026-03-01T09:00:03.000Z"
                            "  2026-05-30T09:00:00.000Z  expired\n")
                 .arg(phone.device.id, laptop.device.id));

    // Never the token, nor its hash.
    QSqlQuery query(opened.database->db());
    QVERIFY(query.exec(QStringLiteral("SELECT token_hash FROM tokens")));
    while (query.next())
        QVERIFY(!run.out.contains(query.value(0).toString()));
    for (const LoginResult *result : {&laptop, &phone, &desk})
        QVERIFY(!run.out.contains(result->token.mid(4)));

    run = cli({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("ghost")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("There is no user ghost.\n"));
    const QString unknown = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    run = cli({QStringLiteral("token"), QStringLiteral("revoke"), unknown});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("There is no token %1.\n").arg(unknown));
    run = cli({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("laptop")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("There is no token laptop.\n"));
}

void TestAdminCli::asksTwiceOnATerminal()
{
    QVERIFY(freshDatabase());
    int master = -1;
    int slave = -1;
    QCOMPARE(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    const auto closeBoth = qScopeGuard([&] {
        ::close(master);
        ::close(slave);
    });
    // As main() reads standard input: a QTextStream on a FILE.
    FILE *terminal = fdopen(dup(slave), "r");
    QVERIFY(terminal);
    const auto closeTerminal = qScopeGuard([&] { std::fclose(terminal); });

    // What the person types, already waiting in the terminal's input.
    const auto type = [&](const QByteArray &keys) {
        return ::write(master, keys.constData(), size_t(keys.size())) == keys.size();
    };
    const auto addUser = [&](const QString &name) {
        CliRun run;
        QTextStream in(terminal);
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code =
            AdminCli::run({QStringLiteral("--config"), m_emptyConfig, QStringLiteral("--database"),
                           m_database, QStringLiteral("user"), QStringLiteral("add"), name},
                          in, out, err, m_clock);
        return run;
    };
    QVERIFY(type("typed passphrase\ntyped passphrase\n"));
    CliRun run = addUser(QStringLiteral("anna"));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.err, QStringLiteral("New password for anna: \nRepeat the password: \n"));
    QCOMPARE(run.out, QStringLiteral("Added user anna.\n"));

    QVERIFY(type("typed passphrase\ntyped passfrase\n"));
    run = addUser(QStringLiteral("marco"));
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("New password for marco: \nRepeat the password: \n"
                                     "The two passwords differ; nothing was changed.\n"));

    // The echo is back on afterwards.
    termios settings{};
    QCOMPARE(tcgetattr(slave, &settings), 0);
    QVERIFY(settings.c_lflag & ECHO);

    Opened opened = open();
    QVERIFY(opened.accounts);
    QVERIFY(!opened.accounts->account(QStringLiteral("marco")));
    QVERIFY(!opened.accounts
                 ->login(QStringLiteral("anna"), QStringLiteral("typed passphrase"),
                         QStringLiteral("laptop"), {})
                 .problem);
}

void TestAdminCli::takesTheDatabaseFromTheConfigFile()
{
    QVERIFY(freshDatabase());
    const QString config = writeFile(
        QStringLiteral("server.conf"),
        QStringLiteral("[server]\ndatabase=%1\n[limits]\ntoken_days=7\n").arg(m_database));
    const auto run = [&](const QStringList &arguments, const QString &input = {}) {
        CliRun result;
        QString inputText = input;
        QTextStream in(&inputText, QIODevice::ReadOnly);
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = AdminCli::run(arguments, in, out, err, m_clock);
        return result;
    };
    CliRun result = run({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("Turin"),
                         QStringLiteral("--config=") + config});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.code, 0);
    Opened opened = open();
    QVERIFY(opened.accounts);
    QVERIFY(opened.accounts->cluster(QStringLiteral("Turin")));

    // --database wins over the file.
    const QString other = m_folder.filePath(QStringLiteral("other.sqlite"));
    result = run({QStringLiteral("--config"), config, QStringLiteral("--database"), other,
                  QStringLiteral("cluster"), QStringLiteral("list")});
    QCOMPARE(result.code, 1);
    QCOMPARE(result.err, QStringLiteral("There is no database at %1 yet: run “lecdesk-server init”"
                                        " first.\n")
                             .arg(other));

    const QString broken =
        writeFile(QStringLiteral("broken.conf"), QStringLiteral("[limits]\ntoken_days=soon\n"));
    result = run(
        {QStringLiteral("--config"), broken, QStringLiteral("cluster"), QStringLiteral("list")});
    QCOMPARE(result.code, 1);
    QCOMPARE(result.err,
             broken + QStringLiteral(": [limits] token_days: expected a positive whole number\n"));
}

void TestAdminCli::speaksItalian()
{
    m_database = m_folder.filePath(QStringLiteral("never-created.sqlite"));
    QVERIFY(AdminCli::installTranslator(QLocale(QLocale::Italian, QLocale::Italy)));
    const CliRun run = cli({QStringLiteral("user"), QStringLiteral("add")});
    const QString usage = AdminCli::usage();
    QVERIFY(!AdminCli::installTranslator(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err, QStringLiteral("Numero di argomenti errato.\n"
                                     "Uso: lecdesk-server user add NAME [--display-name TEXT]\n"));
    QVERIFY2(usage.startsWith(QStringLiteral("Uso:\n")), qPrintable(usage));
    QVERIFY(usage.contains(QStringLiteral("Comandi:\n")));
    // Back in English.
    QVERIFY(AdminCli::usage().startsWith(QStringLiteral("Usage:\n")));
}

void TestAdminCli::configHasDefaults()
{
    const ServerConfig config;
    QCOMPARE(config.listen, QStringLiteral("0.0.0.0"));
    QCOMPARE(config.port, 8443);
    QCOMPARE(config.certificate, QStringLiteral("/etc/lecdesk-server/tls/cert.pem"));
    QCOMPARE(config.key, QStringLiteral("/etc/lecdesk-server/tls/key.pem"));
    QCOMPARE(config.database, QStringLiteral("/var/lib/lecdesk-server/lecdesk-server.sqlite"));
    QCOMPARE(config.accessLog, QStringLiteral("-"));
    QCOMPARE(config.maxBodyBytes, 4194304);
    QCOMPARE(config.maxBatchRecords, 1000);
    QCOMPARE(config.maxPageSize, 1000);
    QCOMPARE(config.tokenDays, 90);
    QCOMPARE(config.loginFailuresPerAccount, 5);
    QCOMPARE(config.loginFailuresPerAddress, 20);
    QCOMPARE(config.loginFailureWindowSeconds, 900);
    QCOMPARE(ServerConfig::defaultFile(),
             QStringLiteral("/etc/lecdesk-server/lecdesk-server.conf"));

    const AccountPolicy policy = config.accountPolicy();
    QCOMPARE(policy.tokenDays, 90);
    QCOMPARE(policy.failuresPerAccount, 5);
    QCOMPARE(policy.failuresPerAddress, 20);
    QCOMPARE(policy.failureWindowSeconds, 900);
    QCOMPARE(config.syncLimits().maxBatchRecords, 1000);
    QCOMPARE(config.syncLimits().maxPageSize, 1000);
    QCOMPARE(config.syncLimits().defaultPageSize, 500);
    QCOMPARE(config.httpLimits().maxBodyBytes, 4194304);
    QString error;
    QCOMPARE(config.databaseLocation(&error).path,
             QStringLiteral("/var/lib/lecdesk-server/lecdesk-server.sqlite"));
}

void TestAdminCli::configReadsEveryKey()
{
    const QString file =
        writeFile(QStringLiteral("full.conf"),
                  QStringLiteral("; a comment\n"
                                 "[server]\n"
                                 "listen = 127.0.0.1\n"
                                 "port = 9443\n"
                                 "certificate = /srv/tls/cert.pem\n"
                                 "key = /srv/tls/key.pem\n"
                                 "database = postgresql://lec@db.example.org:6543/lecdesk\n"
                                 "access_log = /var/log/lecdesk-server/access.log\n"
                                 "\n"
                                 "[limits]\n"
                                 "max_body_bytes = 1048576\n"
                                 "max_batch_records = 200\n"
                                 "max_page_size = 300\n"
                                 "token_days = 30\n"
                                 "login_failures_per_account = 3\n"
                                 "login_failures_per_address = 10\n"
                                 "login_failure_window_seconds = 600\n"));
    ServerConfig config;
    QString error;
    QVERIFY2(config.readFile(file, &error), qPrintable(error));
    QCOMPARE(config.listen, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.port, 9443);
    QCOMPARE(config.certificate, QStringLiteral("/srv/tls/cert.pem"));
    QCOMPARE(config.key, QStringLiteral("/srv/tls/key.pem"));
    QCOMPARE(config.database, QStringLiteral("postgresql://lec@db.example.org:6543/lecdesk"));
    QCOMPARE(config.accessLog, QStringLiteral("/var/log/lecdesk-server/access.log"));
    QCOMPARE(config.maxBodyBytes, 1048576);
    QCOMPARE(config.httpLimits().maxBodyBytes, 1048576);
    QCOMPARE(config.syncLimits().maxBatchRecords, 200);
    QCOMPARE(config.syncLimits().maxPageSize, 300);
    QCOMPARE(config.syncLimits().defaultPageSize, 300); // never above the maximum
    QCOMPARE(config.accountPolicy().tokenDays, 30);
    QCOMPARE(config.accountPolicy().failuresPerAccount, 3);
    QCOMPARE(config.accountPolicy().failuresPerAddress, 10);
    QCOMPARE(config.accountPolicy().failureWindowSeconds, 600);
    const DatabaseLocation location = config.databaseLocation(&error);
    QCOMPARE(location.backend, DatabaseLocation::Backend::Postgres);
    QCOMPARE(location.port, 6543);

    // A partial file keeps the defaults of the keys it leaves out.
    ServerConfig partial;
    QVERIFY(partial.readFile(
        writeFile(QStringLiteral("partial.conf"), QStringLiteral("[limits]\ntoken_days=14\n")),
        &error));
    QCOMPARE(partial.tokenDays, 14);
    QCOMPARE(partial.port, 8443);
    QCOMPARE(partial.maxPageSize, 1000);
}

void TestAdminCli::configOverridesFromTheCommandLine()
{
    const QString file = writeFile(QStringLiteral("base.conf"),
                                   QStringLiteral("[server]\nport=9000\nlisten=10.0.0.1\n"
                                                  "certificate=/a/cert.pem\n"
                                                  "[limits]\ntoken_days=10\n"));
    ServerConfig config;
    QString error;
    QVERIFY2(config.loadForServing({QStringLiteral("serve"), QStringLiteral("--config"), file,
                                    QStringLiteral("--port=9443"), QStringLiteral("--listen"),
                                    QStringLiteral("::1"), QStringLiteral("--key"),
                                    QStringLiteral("/b/key.pem"), QStringLiteral("--database"),
                                    QStringLiteral("/tmp/x.sqlite")},
                                   &error),
             qPrintable(error));
    QCOMPARE(config.port, 9443);
    QCOMPARE(config.listen, QStringLiteral("::1"));
    QCOMPARE(config.certificate, QStringLiteral("/a/cert.pem")); // from the file
    QCOMPARE(config.key, QStringLiteral("/b/key.pem"));
    QCOMPARE(config.database, QStringLiteral("/tmp/x.sqlite"));
    QCOMPARE(config.tokenDays, 10);

    // "serve" is optional.
    ServerConfig bare;
    QVERIFY(bare.loadForServing({QStringLiteral("--config"), file, QStringLiteral("--certificate"),
                                 QStringLiteral("/c/cert.pem")},
                                &error));
    QCOMPARE(bare.port, 9000);
    QCOMPARE(bare.certificate, QStringLiteral("/c/cert.pem"));
}

void TestAdminCli::configRefusesBadValues_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QString>("message"); // after "FILE: "
    const auto row = [](const char *name, const QString &contents, const QString &message) {
        QTest::newRow(name) << contents << message;
    };
    row("negative body", QStringLiteral("[limits]\nmax_body_bytes=-5\n"),
        QStringLiteral("[limits] max_body_bytes: expected a positive whole number"));
    row("fraction", QStringLiteral("[limits]\nmax_page_size=2.5\n"),
        QStringLiteral("[limits] max_page_size: expected a positive whole number"));
    row("zero", QStringLiteral("[limits]\nlogin_failures_per_account=0\n"),
        QStringLiteral("[limits] login_failures_per_account: expected a positive whole number"));
    row("huge", QStringLiteral("[limits]\ntoken_days=99999999999\n"),
        QStringLiteral("[limits] token_days: expected a positive whole number"));
    row("port", QStringLiteral("[server]\nport=70000\n"),
        QStringLiteral("[server] port: expected a port number from 1 to 65535"));
    row("listen", QStringLiteral("[server]\nlisten=everywhere\n"),
        QStringLiteral("[server] listen: expected an IP address such as 0.0.0.0 or ::1"));
    row("empty certificate", QStringLiteral("[server]\ncertificate=\n"),
        QStringLiteral("[server] certificate: expected a file name"));
    row("database", QStringLiteral("[server]\ndatabase=postgresql://no-name-here\n"),
        QStringLiteral("[server] database: expected a file name or "
                       "postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME"));
    row("unknown key", QStringLiteral("[server]\nprot=8443\n"),
        QStringLiteral("[server] prot: unknown key"));
    row("key of the other section", QStringLiteral("[limits]\nport=8443\n"),
        QStringLiteral("[limits] port: unknown key"));
    row("unknown section", QStringLiteral("[tls]\ncertificate=/x.pem\n"),
        QStringLiteral("[tls]: unknown section; expected [server] or [limits]"));
    row("outside a section", QStringLiteral("port=8443\n"),
        QStringLiteral("port: every key belongs in [server] or [limits]"));
}

void TestAdminCli::configRefusesBadValues()
{
    QFETCH(QString, contents);
    QFETCH(QString, message);
    // A folder each: QSettings caches a file it has read by its path, size and time.
    QVERIFY(QDir(m_folder.path()).mkpath(QString::fromLatin1(QTest::currentDataTag())));
    const QString file = writeFile(QString::fromLatin1(QTest::currentDataTag()) +
                                       QStringLiteral("/lecdesk-server.conf"),
                                   contents);
    ServerConfig config;
    QString error;
    QVERIFY(!config.readFile(file, &error));
    QCOMPARE(error, file + QStringLiteral(": ") + message);
}

void TestAdminCli::configRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("https")}
                          << QStringLiteral("--port: expected a port number from 1 to 65535");
    QTest::newRow("listen") << QStringList{QStringLiteral("--listen=localhost")}
                            << QStringLiteral("--listen: expected an IP address such as 0.0.0.0"
                                              " or ::1");
    QTest::newRow("no value") << QStringList{QStringLiteral("--key")}
                              << QStringLiteral("--key: expected a value");
    QTest::newRow("twice") << QStringList{QStringLiteral("--port=1"), QStringLiteral("--port=2")}
                           << QStringLiteral("--port: given twice");
    QTest::newRow("admin option") << QStringList{QStringLiteral("--admin"), QStringLiteral("anna")}
                                  << QStringLiteral("unknown option --admin");
    QTest::newRow("extra word") << QStringList{QStringLiteral("serve"), QStringLiteral("now")}
                                << QStringLiteral("unexpected argument now");
    QTest::newRow("missing config")
        << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/lecdesk.conf")}
        << QStringLiteral("/nonexistent/lecdesk.conf: no such file");
}

void TestAdminCli::configRefusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // No row reads the machine's own config file.
    if (!arguments.contains(QStringLiteral("--config")))
        arguments.prepend(QStringLiteral("--config=") + m_emptyConfig);
    ServerConfig config;
    QString error;
    QVERIFY(!config.loadForServing(arguments, &error));
    QCOMPARE(error, message);
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
