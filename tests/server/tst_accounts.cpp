#include "protocol/RecordCatalogue.h"
#include "server/Accounts.h"
#include "server/ServerDatabase.h"
#include "tests/support/ServerBackends.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QString annaPassword = QStringLiteral("correct horse battery");
const QString marcoPassword = QStringLiteral("staple 1234567");
const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// One database, a clock the test moves by hand, and the Accounts under test.
struct Fixture
{
    std::unique_ptr<ServerDatabase> database;
    Clock clock;
    QDateTime now = start;
    std::unique_ptr<Accounts> accounts;

    QString text(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery query(database->db());
        QString error;
        if (!database->run(query, statement, values, &error) || !query.next())
            return QStringLiteral("<none: %1>").arg(error);
        return query.value(0).toString();
    }
    int count(const QString &statement, const QVariantList &values = {}) const
    {
        return text(statement, values).toInt();
    }
    void advance(qint64 ms) { now = now.addMSecs(ms); }
};

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void rolesHaveNames();
    void storesPasswordsAsArgon2id_data() { ServerBackends::addRows(); }
    void storesPasswordsAsArgon2id();
    void validatesUsersAndPasswords_data() { ServerBackends::addRows(); }
    void validatesUsersAndPasswords();
    void logsIn_data() { ServerBackends::addRows(); }
    void logsIn();
    void storesTokensOnlyAsHashes_data() { ServerBackends::addRows(); }
    void storesTokensOnlyAsHashes();
    void authenticatesWithEveryRefusal_data() { ServerBackends::addRows(); }
    void authenticatesWithEveryRefusal();
    void revokesOnlyOwnTokens_data() { ServerBackends::addRows(); }
    void revokesOnlyOwnTokens();
    void recordsLastUseOncePerMinute_data() { ServerBackends::addRows(); }
    void recordsLastUseOncePerMinute();
    void throttlesFailedLoginsPerAccount_data() { ServerBackends::addRows(); }
    void throttlesFailedLoginsPerAccount();
    void throttlesFailedLoginsPerAddress_data() { ServerBackends::addRows(); }
    void throttlesFailedLoginsPerAddress();
    void successClearsTheAccountsFailures_data() { ServerBackends::addRows(); }
    void successClearsTheAccountsFailures();
    void changesPasswords_data() { ServerBackends::addRows(); }
    void changesPasswords();
    void managesClusters_data() { ServerBackends::addRows(); }
    void managesClusters();
    void grantsRoles_data() { ServerBackends::addRows(); }
    void grantsRoles();
    void listsTokensNewestFirst_data() { ServerBackends::addRows(); }
    void listsTokensNewestFirst();

private:
    // A fresh database with anna (and marco) already added.
    std::unique_ptr<Fixture> fixture(const AccountPolicy &policy = {});

    ServerBackends m_backends;
};

std::unique_ptr<Fixture> TestAccounts::fixture(const AccountPolicy &policy)
{
    QFETCH(QString, backend);
    auto f = std::make_unique<Fixture>();
    f->database = m_backends.openFreshDatabase(backend);
    if (!f->database) {
        qWarning("%s", qPrintable(m_backends.errorMessage()));
        return nullptr;
    }
    Fixture *raw = f.get();
    f->clock.set([raw] { return raw->now; });
    f->accounts = std::make_unique<Accounts>(*f->database, f->clock, policy);
    for (const auto &[name, password, displayName] :
         {std::tuple(QStringLiteral("anna"), annaPassword, QStringLiteral("Anna Rossi")),
          std::tuple(QStringLiteral("marco"), marcoPassword, QString())}) {
        if (const Protocol::Problem problem = f->accounts->addUser(name, password, displayName)) {
            qWarning("%s", qPrintable(problem.message));
            return nullptr;
        }
    }
    return f;
}

void TestAccounts::rolesHaveNames()
{
    QCOMPARE(roleName(Role::Admin), QStringLiteral("admin"));
    QCOMPARE(roleName(Role::Coordinator), QStringLiteral("coordinator"));
    QCOMPARE(roleName(Role::Viewer), QStringLiteral("viewer"));
    QCOMPARE(roleFromName(QStringLiteral("coordinator")), Role::Coordinator);
    QCOMPARE(roleFromName(QStringLiteral("Admin")), std::nullopt);
    QCOMPARE(roleFromName(QStringLiteral("none")), std::nullopt);
}

void TestAccounts::storesPasswordsAsArgon2id()
{
    auto f = fixture();
    QVERIFY(f);
    const QString hash = f->text(QStringLiteral("SELECT password_hash FROM accounts WHERE"
                                                " username = 'anna'"));
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(annaPassword));
    // A salt each: the same password never gives the same hash.
    QVERIFY(!f->accounts->addUser(QStringLiteral("twin"), annaPassword, {}));
    QVERIFY(f->text(QStringLiteral("SELECT password_hash FROM accounts WHERE username = 'twin'")) !=
            hash);

    const std::optional<Account> anna = f->accounts->account(QStringLiteral("anna"));
    QVERIFY(anna);
    QVERIFY(Protocol::isCanonicalUuid(anna->id));
    QCOMPARE(anna->username, QStringLiteral("anna"));
    QCOMPARE(anna->displayName, QStringLiteral("Anna Rossi"));
    QCOMPARE(anna->disabled, false);
    QCOMPARE(anna->createdAt, QStringLiteral("2026-03-01T09:00:00.000Z"));
}

void TestAccounts::validatesUsersAndPasswords()
{
    auto f = fixture();
    QVERIFY(f);
    Account added;
    // Trimmed and lower-cased.
    QVERIFY(!f->accounts->addUser(QStringLiteral("  Giulia.B-2_x "), QStringLiteral("0123456789"),
                                  QStringLiteral(" Giulia "), &added));
    QCOMPARE(added.username, QStringLiteral("giulia.b-2_x"));
    QCOMPARE(added.displayName, QStringLiteral("Giulia"));
    QVERIFY(f->accounts->account(QStringLiteral("GIULIA.B-2_X")));

    for (const QString &bad :
         {QString(), QStringLiteral("   "), QStringLiteral("anna rossi"), QStringLiteral("anna@x"),
          QStringLiteral("àlba"), QString(65, u'a')}) {
        const Protocol::Problem problem =
            f->accounts->addUser(bad, QStringLiteral("0123456789"), {});
        QCOMPARE(problem.status, 400);
        QCOMPARE(problem.field, QStringLiteral("username"));
    }
    QVERIFY(!f->accounts->addUser(QString(64, u'a'), QStringLiteral("0123456789"), {}));

    const Protocol::Problem shortPassword =
        f->accounts->addUser(QStringLiteral("luca"), QStringLiteral("123456789"), {});
    QCOMPARE(shortPassword.status, 400);
    QCOMPARE(shortPassword.field, QStringLiteral("password"));
    QVERIFY(!shortPassword.message.contains(QStringLiteral("123456789")));
    QVERIFY(!f->accounts->account(QStringLiteral("luca")));

    const Protocol::Problem duplicate =
        f->accounts->addUser(QStringLiteral("ANNA"), QStringLiteral("0123456789"), {});
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.code, QStringLiteral("already_exists"));
    QCOMPARE(duplicate.field, QStringLiteral("username"));

    QCOMPARE(
        f->accounts->setPassword(QStringLiteral("nobody"), QStringLiteral("0123456789")).status,
        404);
    QCOMPARE(f->accounts->setDisabled(QStringLiteral("nobody"), true).status, 404);

    QStringList names;
    for (const Account &account : f->accounts->accounts())
        names.append(account.username);
    QCOMPARE(names, (QStringList{QString(64, u'a'), QStringLiteral("anna"),
                                 QStringLiteral("giulia.b-2_x"), QStringLiteral("marco")}));
}

void TestAccounts::logsIn()
{
    auto f = fixture();
    QVERIFY(f);
    const LoginResult ok =
        f->accounts->login(QStringLiteral(" Anna "), annaPassword, QStringLiteral("Anna's laptop"),
                           QStringLiteral("192.0.2.1"));
    QVERIFY2(!ok.problem, qPrintable(ok.problem.message));
    QCOMPARE(ok.account.username, QStringLiteral("anna"));
    QCOMPARE(ok.account.displayName, QStringLiteral("Anna Rossi"));
    QVERIFY(Protocol::isCanonicalUuid(ok.device.id));
    QCOMPARE(ok.device.accountId, ok.account.id);
    QCOMPARE(ok.device.device, QStringLiteral("Anna's laptop"));
    QCOMPARE(ok.device.createdAt, QStringLiteral("2026-03-01T09:00:00.000Z"));
    QCOMPARE(ok.device.expiresAt, QStringLiteral("2026-05-30T09:00:00.000Z")); // + 90 days
    QCOMPARE(ok.device.lastUsedAt, QString());
    QCOMPARE(ok.device.revokedAt, QString());
    // "lec_" and 32 bytes in base64url without padding.
    QVERIFY2(
        QRegularExpression(QStringLiteral("^lec_[A-Za-z0-9_-]{43}$")).match(ok.token).hasMatch(),
        qPrintable(ok.token));

    const LoginResult second = f->accounts->login(QStringLiteral("anna"), annaPassword,
                                                  QStringLiteral("Anna's phone"), {});
    QVERIFY(!second.problem);
    QVERIFY(second.token != ok.token);

    const auto refusedAsInvalid = [&](const QString &username, const QString &password) {
        const LoginResult refused = f->accounts->login(username, password, QStringLiteral("x"),
                                                       QStringLiteral("192.0.2.1"));
        return refused.problem.status == 401 &&
               refused.problem.code == QLatin1String("invalid_credentials") &&
               refused.token.isEmpty() && refused.retryAfterSeconds == 0;
    };
    QVERIFY(refusedAsInvalid(QStringLiteral("anna"), QStringLiteral("wrong password")));
    QVERIFY(refusedAsInvalid(QStringLiteral("anna"), annaPassword.toUpper()));
    QVERIFY(refusedAsInvalid(QStringLiteral("nobody"), annaPassword));
    QVERIFY(refusedAsInvalid(QStringLiteral("not a name!"), annaPassword));
    QVERIFY(!f->accounts->setDisabled(QStringLiteral("marco"), true));
    QVERIFY(refusedAsInvalid(QStringLiteral("marco"), marcoPassword));
    QVERIFY(!f->accounts->setDisabled(QStringLiteral("marco"), false));
    QVERIFY(!f->accounts->login(QStringLiteral("marco"), marcoPassword, QStringLiteral("x"), {})
                 .problem);

    const LoginResult noDevice =
        f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("  "), {});
    QCOMPARE(noDevice.problem.status, 400);
    QCOMPARE(noDevice.problem.field, QStringLiteral("device"));
    QCOMPARE(f->accounts->login(QStringLiteral("anna"), annaPassword, QString(101, u'd'), {})
                 .problem.field,
             QStringLiteral("device"));
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM tokens")), 3);
}

void TestAccounts::storesTokensOnlyAsHashes()
{
    auto f = fixture();
    QVERIFY(f);
    const LoginResult login =
        f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("laptop"), {});
    QVERIFY(!login.problem);
    const QString expectedHash = QString::fromLatin1(
        QCryptographicHash::hash(login.token.toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(
        f->text(QStringLiteral("SELECT token_hash FROM tokens WHERE id = ?"), {login.device.id}),
        expectedHash);

    // Neither the token nor its random part, nor the password, is anywhere in the database.
    const QString randomPart = login.token.mid(4);
    for (const QString &table :
         {QStringLiteral("accounts"), QStringLiteral("tokens"), QStringLiteral("login_failures"),
          QStringLiteral("grants"), QStringLiteral("clusters")}) {
        QSqlQuery query(f->database->db());
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM ") + table));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                const QString value = query.value(column).toString();
                QVERIFY2(!value.contains(randomPart), qPrintable(table));
                QVERIFY2(!value.contains(annaPassword), qPrintable(table));
            }
        }
    }
}

void TestAccounts::authenticatesWithEveryRefusal()
{
    auto f = fixture();
    QVERIFY(f);
    const LoginResult login =
        f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("laptop"), {});
    QVERIFY(!login.problem);
    const auto codeFor = [&](const QString &token) {
        Session session;
        const Protocol::Problem problem = f->accounts->authenticate(token, &session);
        return problem ? QString::number(problem.status) + u' ' + problem.code
                       : QStringLiteral("ok");
    };

    Session session;
    QVERIFY(!f->accounts->authenticate(login.token, &session));
    QCOMPARE(session.account.username, QStringLiteral("anna"));
    QCOMPARE(session.token.id, login.device.id);
    QCOMPARE(session.token.device, QStringLiteral("laptop"));

    QCOMPARE(codeFor({}), QStringLiteral("401 missing_token"));
    QCOMPARE(codeFor(QStringLiteral("lec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")),
             QStringLiteral("401 invalid_token"));
    QCOMPARE(codeFor(QStringLiteral("garbage")), QStringLiteral("401 invalid_token"));
    QCOMPARE(codeFor(login.token.left(30)), QStringLiteral("401 invalid_token"));

    // Expiry: valid until the last millisecond before expires_at.
    f->now = Clock::parse(login.device.expiresAt).addMSecs(-1);
    QCOMPARE(codeFor(login.token), QStringLiteral("ok"));
    f->advance(1);
    QCOMPARE(codeFor(login.token), QStringLiteral("401 token_expired"));
    f->now = start;

    QVERIFY(!f->accounts->revokeToken(login.device.id));
    QCOMPARE(codeFor(login.token), QStringLiteral("401 token_revoked"));

    // Disabling revokes every token; they answer account_disabled while it lasts.
    const LoginResult marco =
        f->accounts->login(QStringLiteral("marco"), marcoPassword, QStringLiteral("desk"), {});
    QVERIFY(!marco.problem);
    QVERIFY(!f->accounts->setDisabled(QStringLiteral("marco"), true));
    QCOMPARE(codeFor(marco.token), QStringLiteral("401 account_disabled"));
    QCOMPARE(
        f->text(QStringLiteral("SELECT revoked_at FROM tokens WHERE id = ?"), {marco.device.id}),
        QStringLiteral("2026-03-01T09:00:00.000Z"));
    QVERIFY(!f->accounts->setDisabled(QStringLiteral("marco"), false));
    QCOMPARE(codeFor(marco.token), QStringLiteral("401 token_revoked"));
}

void TestAccounts::revokesOnlyOwnTokens()
{
    auto f = fixture();
    QVERIFY(f);
    const LoginResult anna =
        f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("laptop"), {});
    const LoginResult marco =
        f->accounts->login(QStringLiteral("marco"), marcoPassword, QStringLiteral("desk"), {});
    QVERIFY(!anna.problem && !marco.problem);

    const Protocol::Problem foreign = f->accounts->revokeToken(marco.device.id, anna.account.id);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.code, QStringLiteral("not_found"));
    QVERIFY(!f->accounts->authenticate(marco.token, nullptr));

    QCOMPARE(f->accounts->revokeToken(QUuid::createUuid().toString(QUuid::WithoutBraces)).status,
             404);
    QCOMPARE(f->accounts->revokeToken(QStringLiteral("not-an-id")).status, 404);

    QVERIFY(!f->accounts->revokeToken(anna.device.id, anna.account.id));
    QCOMPARE(f->accounts->authenticate(anna.token, nullptr).code, QStringLiteral("token_revoked"));
    // Revoking again succeeds and keeps the first time.
    f->advance(5000);
    QVERIFY(!f->accounts->revokeToken(anna.device.id, anna.account.id));
    QCOMPARE(
        f->text(QStringLiteral("SELECT revoked_at FROM tokens WHERE id = ?"), {anna.device.id}),
        QStringLiteral("2026-03-01T09:00:00.000Z"));
}

void TestAccounts::recordsLastUseOncePerMinute()
{
    auto f = fixture();
    QVERIFY(f);
    const LoginResult login =
        f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("laptop"), {});
    QVERIFY(!login.problem);
    const auto stored = [&] {
        return f->text(QStringLiteral("SELECT last_used_at FROM tokens WHERE id = ?"),
                       {login.device.id});
    };
    QCOMPARE(stored(), QString());

    f->advance(1000);
    Session session;
    QVERIFY(!f->accounts->authenticate(login.token, &session));
    QCOMPARE(stored(), QStringLiteral("2026-03-01T09:00:01.000Z"));
    QCOMPARE(session.token.lastUsedAt, QStringLiteral("2026-03-01T09:00:01.000Z"));

    f->advance(59'999);
    QVERIFY(!f->accounts->authenticate(login.token, &session));
    QCOMPARE(stored(), QStringLiteral("2026-03-01T09:00:01.000Z"));

    f->advance(1);
    QVERIFY(!f->accounts->authenticate(login.token, &session));
    QCOMPARE(stored(), QStringLiteral("2026-03-01T09:01:01.000Z"));
    QCOMPARE(f->accounts->tokens(QStringLiteral("anna")).value(0).lastUsedAt,
             QStringLiteral("2026-03-01T09:01:01.000Z"));
}

void TestAccounts::throttlesFailedLoginsPerAccount()
{
    auto f = fixture();
    QVERIFY(f);
    const auto attempt = [&](const QString &password, const QString &address) {
        return f->accounts->login(QStringLiteral("anna"), password, QStringLiteral("laptop"),
                                  address);
    };
    // Five failures, ten seconds apart, from five addresses: only the account's count matters.
    for (int i = 0; i < 5; ++i) {
        const LoginResult failed =
            attempt(QStringLiteral("wrong password"), QStringLiteral("192.0.2.%1").arg(i));
        QCOMPARE(failed.problem.code, QStringLiteral("invalid_credentials"));
        f->advance(10'000);
    }
    // 09:00:50. The oldest failure (09:00:00) leaves the window at 09:15:00.
    f->advance(50'500);
    LoginResult sixth = attempt(QStringLiteral("wrong password"), QStringLiteral("198.51.100.7"));
    QCOMPARE(sixth.problem.status, 429);
    QCOMPARE(sixth.problem.code, QStringLiteral("too_many_attempts"));
    QCOMPARE(sixth.retryAfterSeconds, 900 - 100); // 799.5 s, rounded up
    // Even the right password is refused, and without being checked nothing more is counted.
    sixth = attempt(annaPassword, QStringLiteral("198.51.100.7"));
    QCOMPARE(sixth.problem.status, 429);
    QCOMPARE(sixth.retryAfterSeconds, 800);
    QVERIFY(sixth.token.isEmpty());
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE key = ?"),
                      {QStringLiteral("account:anna")}),
             5);
    // Other accounts are not affected.
    QVERIFY(!f->accounts
                 ->login(QStringLiteral("marco"), marcoPassword, QStringLiteral("x"),
                         QStringLiteral("198.51.100.7"))
                 .problem);

    f->now = start.addMSecs(900'000 - 1);
    QCOMPARE(attempt(annaPassword, {}).retryAfterSeconds, 1);
    f->now = start.addSecs(900);
    const LoginResult again = attempt(annaPassword, {});
    QVERIFY2(!again.problem, qPrintable(again.problem.message));
    // The success cleared the account's failures; the expired ones were pruned for everyone.
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE key = ?"),
                      {QStringLiteral("account:anna")}),
             0);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE failed_at <= ?"),
                      {QStringLiteral("2026-03-01T09:00:00.000Z")}),
             0);
    QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM login_failures")), 4);
}

void TestAccounts::throttlesFailedLoginsPerAddress()
{
    AccountPolicy policy;
    policy.failuresPerAddress = 4;
    policy.failureWindowSeconds = 60;
    auto f = fixture(policy);
    QVERIFY(f);
    const QString address = QStringLiteral("203.0.113.9");
    // Four names, one failure each: no account reaches its limit, the address does.
    for (const QString &name : {QStringLiteral("anna"), QStringLiteral("marco"),
                                QStringLiteral("ghost"), QStringLiteral("luca")}) {
        QCOMPARE(
            f->accounts->login(name, QStringLiteral("guess guess"), QStringLiteral("x"), address)
                .problem.status,
            401);
        f->advance(2000);
    }
    const LoginResult blocked =
        f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("x"), address);
    QCOMPARE(blocked.problem.status, 429);
    QCOMPARE(blocked.retryAfterSeconds, 60 - 8);
    // From another address anna gets in, and that does not clear the first address.
    QVERIFY(!f->accounts
                 ->login(QStringLiteral("anna"), annaPassword, QStringLiteral("x"),
                         QStringLiteral("203.0.113.10"))
                 .problem);
    QCOMPARE(
        f->accounts->login(QStringLiteral("marco"), marcoPassword, QStringLiteral("x"), address)
            .problem.status,
        429);
    f->now = start.addSecs(60);
    QVERIFY(
        !f->accounts->login(QStringLiteral("marco"), marcoPassword, QStringLiteral("x"), address)
             .problem);
}

void TestAccounts::successClearsTheAccountsFailures()
{
    auto f = fixture();
    QVERIFY(f);
    const auto fail = [&] {
        return f->accounts
            ->login(QStringLiteral("anna"), QStringLiteral("wrong password"), QStringLiteral("x"),
                    {})
            .problem.status;
    };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(fail(), 401);
    QVERIFY(
        !f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("x"), {}).problem);
    // Counting starts again: five more failures before the next attempt is throttled.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fail(), 401);
    QCOMPARE(fail(), 429);
}

void TestAccounts::changesPasswords()
{
    auto f = fixture();
    QVERIFY(f);
    const QString before =
        f->text(QStringLiteral("SELECT password_hash FROM accounts WHERE username = 'anna'"));
    QCOMPARE(f->accounts->setPassword(QStringLiteral("anna"), QStringLiteral("short")).field,
             QStringLiteral("password"));
    QVERIFY(!f->accounts->setPassword(QStringLiteral("Anna"), QStringLiteral("a new passphrase")));
    QVERIFY(f->text(QStringLiteral("SELECT password_hash FROM accounts WHERE username = 'anna'")) !=
            before);
    QCOMPARE(f->accounts->login(QStringLiteral("anna"), annaPassword, QStringLiteral("x"), {})
                 .problem.code,
             QStringLiteral("invalid_credentials"));
    QVERIFY(!f->accounts
                 ->login(QStringLiteral("anna"), QStringLiteral("a new passphrase"),
                         QStringLiteral("x"), {})
                 .problem);
}

void TestAccounts::managesClusters()
{
    auto f = fixture();
    QVERIFY(f);
    ClusterInfo turin;
    QVERIFY(!f->accounts->addCluster(QStringLiteral(" Turin "), &turin));
    QVERIFY(Protocol::isCanonicalUuid(turin.id));
    QCOMPARE(turin.name, QStringLiteral("Turin"));
    QCOMPARE(turin.lastSequence, 0);
    QCOMPARE(turin.createdAt, QStringLiteral("2026-03-01T09:00:00.000Z"));
    QVERIFY(!f->accounts->addCluster(QStringLiteral("Trieste")));

    const Protocol::Problem duplicate = f->accounts->addCluster(QStringLiteral("Turin"));
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.field, QStringLiteral("name"));
    for (const QString &bad :
         {QString(), QStringLiteral("  "), QString(101, u'x'), QStringLiteral("tab\there"),
          QUuid::createUuid().toString(QUuid::WithoutBraces)})
        QCOMPARE(f->accounts->addCluster(bad).status, 400);
    QVERIFY(!f->accounts->addCluster(QString(100, u'x')));

    QCOMPARE(f->accounts->cluster(QStringLiteral("Turin"))->id, turin.id);
    QCOMPARE(f->accounts->cluster(turin.id)->name, QStringLiteral("Turin"));
    QVERIFY(!f->accounts->cluster(QStringLiteral("turin")));
    QStringList names;
    for (const ClusterInfo &cluster : f->accounts->clusters())
        names.append(cluster.name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("Trieste"), QStringLiteral("Turin"), QString(100, u'x')}));
}

void TestAccounts::grantsRoles()
{
    auto f = fixture();
    QVERIFY(f);
    ClusterInfo turin;
    ClusterInfo trieste;
    QVERIFY(!f->accounts->addCluster(QStringLiteral("Turin"), &turin));
    QVERIFY(!f->accounts->addCluster(QStringLiteral("Trieste"), &trieste));
    const QString anna = f->accounts->account(QStringLiteral("anna"))->id;
    const QString marco = f->accounts->account(QStringLiteral("marco"))->id;

    QCOMPARE(f->accounts->roleIn(anna, turin.id), std::nullopt);
    QVERIFY(f->accounts->memberships(anna).isEmpty());

    QVERIFY(!f->accounts->grant(QStringLiteral("anna"), QStringLiteral("Turin"), Role::Viewer));
    QCOMPARE(f->accounts->roleIn(anna, turin.id), Role::Viewer);
    // By id, replacing the earlier role.
    QVERIFY(!f->accounts->grant(QStringLiteral("ANNA"), turin.id, Role::Coordinator));
    QCOMPARE(f->accounts->roleIn(anna, turin.id), Role::Coordinator);
    QVERIFY(!f->accounts->grant(QStringLiteral("anna"), QStringLiteral("Trieste"), Role::Admin));
    QCOMPARE(f->accounts->roleIn(marco, turin.id), std::nullopt);
    QCOMPARE(f->accounts->roleIn(anna, QUuid::createUuid().toString(QUuid::WithoutBraces)),
             std::nullopt);
    QCOMPARE(f->accounts->roleIn(anna, QStringLiteral("Turin")), std::nullopt); // ids only

    const QList<Membership> memberships = f->accounts->memberships(anna);
    QCOMPARE(memberships.size(), 2);
    QCOMPARE(memberships[0].cluster.id, trieste.id);
    QCOMPARE(memberships[0].cluster.name, QStringLiteral("Trieste"));
    QCOMPARE(memberships[0].role, Role::Admin);
    QCOMPARE(memberships[1].cluster.name, QStringLiteral("Turin"));
    QCOMPARE(memberships[1].role, Role::Coordinator);
    QCOMPARE(memberships[1].cluster.lastSequence, 0);

    QVERIFY(!f->accounts->grant(QStringLiteral("anna"), QStringLiteral("Turin"), std::nullopt));
    QCOMPARE(f->accounts->roleIn(anna, turin.id), std::nullopt);
    QCOMPARE(f->accounts->memberships(anna).size(), 1);
    // Removing a grant that is not there is fine.
    QVERIFY(!f->accounts->grant(QStringLiteral("anna"), QStringLiteral("Turin"), std::nullopt));

    const Protocol::Problem noUser =
        f->accounts->grant(QStringLiteral("ghost"), QStringLiteral("Turin"), Role::Viewer);
    QCOMPARE(noUser.status, 404);
    QCOMPARE(noUser.field, QStringLiteral("username"));
    const Protocol::Problem noCluster =
        f->accounts->grant(QStringLiteral("anna"), QStringLiteral("Milan"), Role::Viewer);
    QCOMPARE(noCluster.status, 404);
    QCOMPARE(noCluster.field, QStringLiteral("cluster"));
}

void TestAccounts::listsTokensNewestFirst()
{
    auto f = fixture();
    QVERIFY(f);
    QStringList ids;
    for (const QString &device : {QStringLiteral("laptop"), QStringLiteral("phone")}) {
        const LoginResult login =
            f->accounts->login(QStringLiteral("anna"), annaPassword, device, {});
        QVERIFY(!login.problem);
        ids.prepend(login.device.id);
        f->advance(1000);
    }
    const LoginResult marco =
        f->accounts->login(QStringLiteral("marco"), marcoPassword, QStringLiteral("desk"), {});
    QVERIFY(!marco.problem);

    const QList<DeviceToken> annas = f->accounts->tokens(QStringLiteral("Anna"));
    QCOMPARE(annas.size(), 2);
    QCOMPARE(annas[0].id, ids[0]);
    QCOMPARE(annas[0].device, QStringLiteral("phone"));
    QCOMPARE(annas[0].username, QStringLiteral("anna"));
    QCOMPARE(annas[0].createdAt, QStringLiteral("2026-03-01T09:00:01.000Z"));
    QCOMPARE(annas[1].id, ids[1]);
    const QList<DeviceToken> all = f->accounts->tokens();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].id, marco.device.id);
    QCOMPARE(all[0].username, QStringLiteral("marco"));
    QVERIFY(f->accounts->tokens(QStringLiteral("ghost")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
