#include "server/Accounts.h"

#include "protocol/RecordCatalogue.h"
#include "server/ServerDatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <sodium.h>

using Protocol::Problem;

namespace {

const QString tokenPrefix = QStringLiteral("lec_");
const int minimumPasswordLength = 10;
const int maximumNameLength = 64;
const int maximumClusterNameLength = 100;
const int maximumDeviceLength = 100;
const int maximumDisplayNameLength = 100;
// A token's last use is written at most this often: one write per request would make every
// read a write.
const qint64 lastUseResolutionMs = 60 * 1000;

const QString accountColumns =
    QStringLiteral("a.id, a.username, a.display_name, a.disabled, a.created_at");
const QString tokenColumns =
    QStringLiteral("t.id, t.account_id, a.username, t.device, t.created_at, t.expires_at,"
                   " t.last_used_at, t.revoked_at");
const QString clusterColumns = QStringLiteral("c.id, c.name, c.last_sequence, c.created_at");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// libsodium's argon2id string, or "" when there was not enough memory.
QString hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int result =
        crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return result == 0 ? QString::fromLatin1(hash) : QString();
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray hashText = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool matches =
        crypto_pwhash_str_verify(hashText.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return matches;
}

// What a login for a name that does not exist verifies against, so that it takes as long as one
// that does: the answer time must not tell which names exist.
const QString &dummyHash()
{
    static const QString hash = [] {
        QByteArray random(32, '\0');
        if (sodiumReady())
            randombytes_buf(random.data(), size_t(random.size()));
        return hashPassword(QString::fromLatin1(random.toHex()));
    }();
    return hash;
}

QString sha256Hex(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       quint64(utf8.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString newTokenSecret()
{
    QByteArray random(32, '\0');
    randombytes_buf(random.data(), size_t(random.size()));
    const QString secret =
        tokenPrefix + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals));
    sodium_memzero(random.data(), size_t(random.size()));
    return secret;
}

// Trimmed and lower-cased; *problem set when it is not 1–64 characters of [a-z0-9._-].
QString normalizedUsername(const QString &username, Problem *problem)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    const QString name = username.trimmed().toLower();
    if (!allowed.match(name).hasMatch())
        *problem = Problem::badRequest(
            QStringLiteral("username"),
            QStringLiteral("username: expected 1 to %1 characters of a-z, 0-9, '.', '_' and '-'")
                .arg(maximumNameLength));
    return name;
}

Problem passwordProblem(const QString &password)
{
    if (password.toUcs4().size() < minimumPasswordLength)
        return Problem::badRequest(
            QStringLiteral("password"),
            QStringLiteral("password: expected at least %1 characters").arg(minimumPasswordLength));
    return {};
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A name people type and read (a cluster, a device): trimmed, lengthLimit characters at most,
// no control characters.
QString checkedLabel(const QString &text, const QString &field, int lengthLimit, Problem *problem)
{
    const QString label = text.trimmed();
    if (label.isEmpty() || label.size() > lengthLimit || hasControlCharacters(label))
        *problem = Problem::badRequest(
            field, QStringLiteral("%1: expected 1 to %2 characters, no control characters")
                       .arg(field)
                       .arg(lengthLimit));
    return label;
}

Problem alreadyExists(const QString &field, const QString &message)
{
    return {409, QStringLiteral("already_exists"), message, field};
}

Problem notFoundIn(const QString &field, const QString &message)
{
    Problem problem = Problem::notFound(message);
    problem.field = field;
    return problem;
}

// For statements that carry a password or token hash: PostgreSQL's DETAIL line can quote the row,
// and the message may end up in a log.
Problem internalWithoutRow(const QString &error)
{
    return Problem::internal(error.section(u'\n', 0, 0));
}

Problem unauthorized(const QString &code, const QString &message)
{
    return {401, code, message, {}};
}

Account accountFrom(const QSqlQuery &query, int first = 0)
{
    Account account;
    account.id = query.value(first).toString();
    account.username = query.value(first + 1).toString();
    account.displayName = query.value(first + 2).toString();
    account.disabled = query.value(first + 3).toInt() != 0;
    account.createdAt = query.value(first + 4).toString();
    return account;
}

DeviceToken tokenFrom(const QSqlQuery &query, int first = 0)
{
    DeviceToken token;
    token.id = query.value(first).toString();
    token.accountId = query.value(first + 1).toString();
    token.username = query.value(first + 2).toString();
    token.device = query.value(first + 3).toString();
    token.createdAt = query.value(first + 4).toString();
    token.expiresAt = query.value(first + 5).toString();
    token.lastUsedAt = query.value(first + 6).toString();
    token.revokedAt = query.value(first + 7).toString();
    return token;
}

ClusterInfo clusterFrom(const QSqlQuery &query, int first = 0)
{
    ClusterInfo cluster;
    cluster.id = query.value(first).toString();
    cluster.name = query.value(first + 1).toString();
    cluster.lastSequence = query.value(first + 2).toLongLong();
    cluster.createdAt = query.value(first + 3).toString();
    return cluster;
}

// The account named username (already normalized) and its password hash.
std::optional<Account> findAccount(const ServerDatabase &database, const QString &username,
                                   QString *passwordHash, QString *error)
{
    QSqlQuery query(database.db());
    if (!database.run(query,
                      QStringLiteral("SELECT ") + accountColumns +
                          QStringLiteral(", a.password_hash FROM accounts a"
                                         " WHERE a.username = ?"),
                      {username}, error) ||
        !query.next())
        return std::nullopt;
    if (passwordHash)
        *passwordHash = query.value(5).toString();
    return accountFrom(query);
}

std::optional<ClusterInfo> findCluster(const ServerDatabase &database, const QString &idOrName,
                                       QString *error)
{
    const QString key = idOrName.trimmed();
    QSqlQuery query(database.db());
    if (!database.run(query,
                      QStringLiteral("SELECT ") + clusterColumns +
                          QStringLiteral(" FROM clusters c WHERE c.id = ? OR c.name = ?"),
                      {key, key}, error) ||
        !query.next())
        return std::nullopt;
    return clusterFrom(query);
}

QString failureKeyForAccount(const QString &username)
{
    return QStringLiteral("account:") + username.left(maximumNameLength);
}

QString failureKeyForAddress(const QString &address)
{
    return QStringLiteral("address:") + address;
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Viewer, Role::Coordinator, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

Accounts::Accounts(ServerDatabase &database, const Clock &clock, const AccountPolicy &policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(policy)
{
    // Made now rather than at the first unknown name, whose answer would then take longer.
    dummyHash();
}

Protocol::Problem Accounts::addUser(const QString &username, const QString &password,
                                    const QString &displayName, Account *added)
{
    Problem problem;
    const QString name = normalizedUsername(username, &problem);
    if (!problem)
        problem = passwordProblem(password);
    // Never null: QtSql binds a null QString as NULL.
    const QString display = displayName.isNull() ? QStringLiteral("") : displayName.trimmed();
    if (!problem && (display.size() > maximumDisplayNameLength || hasControlCharacters(display)))
        problem = Problem::badRequest(
            QStringLiteral("display_name"),
            QStringLiteral("display_name: expected at most %1 characters, no control characters")
                .arg(maximumDisplayNameLength));
    if (problem)
        return problem;

    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Problem::internal(QStringLiteral("cannot hash the password (out of memory?)"));

    QString error;
    ServerTransaction transaction(m_database.db());
    if (findAccount(m_database, name, nullptr, &error))
        return alreadyExists(QStringLiteral("username"),
                             QStringLiteral("username: %1 already exists").arg(name));
    if (!error.isEmpty())
        return Problem::internal(error);
    Account account;
    account.id = newId();
    account.username = name;
    account.displayName = display;
    account.createdAt = m_clock.nowText();
    QSqlQuery query(m_database.db());
    if (!m_database.run(
            query,
            QStringLiteral("INSERT INTO accounts (id, username, display_name,"
                           " password_hash, disabled, created_at)"
                           " VALUES (?, ?, ?, ?, 0, ?)"),
            {account.id, account.username, account.displayName, hash, account.createdAt}, &error) ||
        !transaction.commit(&error))
        return internalWithoutRow(error);
    if (added)
        *added = account;
    return {};
}

Protocol::Problem Accounts::setPassword(const QString &username, const QString &password)
{
    Problem problem;
    const QString name = normalizedUsername(username, &problem);
    if (!problem)
        problem = passwordProblem(password);
    if (problem)
        return problem;
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Problem::internal(QStringLiteral("cannot hash the password (out of memory?)"));
    QString error;
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("UPDATE accounts SET password_hash = ? WHERE username = ?"),
                        {hash, name}, &error))
        return internalWithoutRow(error);
    if (query.numRowsAffected() == 0)
        return notFoundIn(QStringLiteral("username"),
                          QStringLiteral("username: no user %1").arg(name));
    return {};
}

Protocol::Problem Accounts::setDisabled(const QString &username, bool disabled)
{
    Problem problem;
    const QString name = normalizedUsername(username, &problem);
    if (problem)
        return problem;
    QString error;
    ServerTransaction transaction(m_database.db());
    const std::optional<Account> found = findAccount(m_database, name, nullptr, &error);
    if (!found) {
        if (!error.isEmpty())
            return Problem::internal(error);
        return notFoundIn(QStringLiteral("username"),
                          QStringLiteral("username: no user %1").arg(name));
    }
    QSqlQuery query(m_database.db());
    if (!m_database.run(query, QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"),
                        {disabled ? 1 : 0, found->id}, &error))
        return Problem::internal(error);
    if (disabled && !m_database.run(query,
                                    QStringLiteral("UPDATE tokens SET revoked_at = ?"
                                                   " WHERE account_id = ? AND revoked_at IS NULL"),
                                    {m_clock.nowText(), found->id}, &error))
        return Problem::internal(error);
    if (!transaction.commit(&error))
        return Problem::internal(error);
    return {};
}

std::optional<Account> Accounts::account(const QString &username) const
{
    Problem problem;
    const QString name = normalizedUsername(username, &problem);
    if (problem)
        return std::nullopt;
    QString error;
    return findAccount(m_database, name, nullptr, &error);
}

QList<Account> Accounts::accounts() const
{
    QList<Account> list;
    QString error;
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("SELECT ") + accountColumns +
                            QStringLiteral(" FROM accounts a ORDER BY a.username"),
                        {}, &error))
        return list;
    while (query.next())
        list.append(accountFrom(query));
    return list;
}

Protocol::Problem Accounts::addCluster(const QString &name, ClusterInfo *added)
{
    Problem problem;
    const QString clusterName =
        checkedLabel(name, QStringLiteral("name"), maximumClusterNameLength, &problem);
    // grant() and the command line take a name or an id: a name must not read as an id.
    if (!problem && Protocol::isCanonicalUuid(clusterName))
        problem = Problem::badRequest(QStringLiteral("name"),
                                      QStringLiteral("name: must not look like a cluster id"));
    if (problem)
        return problem;
    QString error;
    ServerTransaction transaction(m_database.db());
    if (findCluster(m_database, clusterName, &error))
        return alreadyExists(QStringLiteral("name"),
                             QStringLiteral("name: a cluster %1 already exists").arg(clusterName));
    if (!error.isEmpty())
        return Problem::internal(error);
    ClusterInfo cluster;
    cluster.id = newId();
    cluster.name = clusterName;
    cluster.createdAt = m_clock.nowText();
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("INSERT INTO clusters (id, name, last_sequence, created_at)"
                                       " VALUES (?, ?, 0, ?)"),
                        {cluster.id, cluster.name, cluster.createdAt}, &error) ||
        !transaction.commit(&error))
        return Problem::internal(error);
    if (added)
        *added = cluster;
    return {};
}

QList<ClusterInfo> Accounts::clusters() const
{
    QList<ClusterInfo> list;
    QString error;
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("SELECT ") + clusterColumns +
                            QStringLiteral(" FROM clusters c ORDER BY c.name"),
                        {}, &error))
        return list;
    while (query.next())
        list.append(clusterFrom(query));
    return list;
}

std::optional<ClusterInfo> Accounts::cluster(const QString &idOrName) const
{
    QString error;
    return findCluster(m_database, idOrName, &error);
}

Protocol::Problem Accounts::grant(const QString &username, const QString &cluster,
                                  std::optional<Role> role)
{
    Problem problem;
    const QString name = normalizedUsername(username, &problem);
    if (problem)
        return problem;
    QString error;
    ServerTransaction transaction(m_database.db());
    const std::optional<Account> account = findAccount(m_database, name, nullptr, &error);
    if (!account && error.isEmpty())
        return notFoundIn(QStringLiteral("username"),
                          QStringLiteral("username: no user %1").arg(name));
    const std::optional<ClusterInfo> target =
        account ? findCluster(m_database, cluster, &error) : std::nullopt;
    if (account && !target && error.isEmpty())
        return notFoundIn(QStringLiteral("cluster"),
                          QStringLiteral("cluster: no cluster %1").arg(cluster.trimmed()));
    if (!error.isEmpty())
        return Problem::internal(error);

    QSqlQuery query(m_database.db());
    const bool written =
        role ? m_database.run(query,
                              QStringLiteral("INSERT INTO grants (account_id, cluster_id, role)"
                                             " VALUES (?, ?, ?) ON CONFLICT (account_id,"
                                             " cluster_id) DO UPDATE SET role = excluded.role"),
                              {account->id, target->id, roleName(*role)}, &error)
             : m_database.run(query,
                              QStringLiteral("DELETE FROM grants WHERE account_id = ?"
                                             " AND cluster_id = ?"),
                              {account->id, target->id}, &error);
    if (!written || !transaction.commit(&error))
        return Problem::internal(error);
    return {};
}

QList<DeviceToken> Accounts::tokens(const QString &username) const
{
    QList<DeviceToken> list;
    QString statement = QStringLiteral("SELECT ") + tokenColumns +
                        QStringLiteral(" FROM tokens t JOIN accounts a ON a.id = t.account_id");
    QVariantList values;
    if (!username.isEmpty()) {
        statement += QStringLiteral(" WHERE a.username = ?");
        values.append(username.trimmed().toLower());
    }
    statement += QStringLiteral(" ORDER BY t.created_at DESC, t.id DESC");
    QString error;
    QSqlQuery query(m_database.db());
    if (!m_database.run(query, statement, values, &error))
        return list;
    while (query.next())
        list.append(tokenFrom(query));
    return list;
}

Protocol::Problem Accounts::revokeToken(const QString &tokenId, const QString &ownerAccountId)
{
    const Problem unknown = Problem::notFound(QStringLiteral("no such token"));
    if (!Protocol::isCanonicalUuid(tokenId))
        return unknown;
    QString error;
    ServerTransaction transaction(m_database.db());
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("SELECT account_id, revoked_at FROM tokens WHERE id = ?"),
                        {tokenId}, &error))
        return Problem::internal(error);
    if (!query.next() || (!ownerAccountId.isEmpty() && query.value(0).toString() != ownerAccountId))
        return unknown;
    // Revoking twice keeps the first time.
    if (!query.value(1).isNull())
        return {};
    if (!m_database.run(query, QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ?"),
                        {m_clock.nowText(), tokenId}, &error) ||
        !transaction.commit(&error))
        return Problem::internal(error);
    return {};
}

LoginResult Accounts::login(const QString &username, const QString &password, const QString &device,
                            const QString &remoteAddress)
{
    LoginResult result;
    const QString deviceName =
        checkedLabel(device, QStringLiteral("device"), maximumDeviceLength, &result.problem);
    if (result.problem)
        return result;

    Problem nameProblem;
    const QString name = normalizedUsername(username, &nameProblem);
    QStringList failureKeys{failureKeyForAccount(name)};
    if (!remoteAddress.isEmpty())
        failureKeys.append(failureKeyForAddress(remoteAddress));
    const QDateTime now = m_clock.now();
    const QString windowStart = Clock::text(now.addSecs(-m_policy.failureWindowSeconds));

    // Throttled: answer before looking at the password, so guessing on gains nothing.
    QString error;
    QSqlQuery query(m_database.db());
    bool throttled = false;
    qint64 retryAfterMs = 0;
    for (const QString &key : failureKeys) {
        const int limit = key.startsWith(QLatin1String("account:")) ? m_policy.failuresPerAccount
                                                                    : m_policy.failuresPerAddress;
        if (!m_database.run(query,
                            QStringLiteral("SELECT COUNT(*), MIN(failed_at) FROM login_failures"
                                           " WHERE key = ? AND failed_at > ?"),
                            {key, windowStart}, &error)) {
            result.problem = Problem::internal(error);
            return result;
        }
        if (query.next() && query.value(0).toInt() >= limit) {
            // The count drops below the limit when its oldest failure leaves the window.
            const QDateTime leaves =
                Clock::parse(query.value(1).toString()).addSecs(m_policy.failureWindowSeconds);
            throttled = true;
            retryAfterMs = std::max(retryAfterMs, now.msecsTo(leaves));
        }
    }
    if (throttled) {
        result.retryAfterSeconds = std::max(1, int(std::ceil(double(retryAfterMs) / 1000.0)));
        result.problem = {429,
                          QStringLiteral("too_many_attempts"),
                          QStringLiteral("too many failed logins; try again in %1 seconds")
                              .arg(result.retryAfterSeconds),
                          {}};
        return result;
    }

    QString passwordHash;
    const std::optional<Account> account =
        nameProblem ? std::nullopt : findAccount(m_database, name, &passwordHash, &error);
    if (!error.isEmpty()) {
        result.problem = Problem::internal(error);
        return result;
    }
    const bool passwordMatches = verifyPassword(account ? passwordHash : dummyHash(), password);
    const QString nowText = Clock::text(now);

    ServerTransaction transaction(m_database.db());
    if (!m_database.run(query, QStringLiteral("DELETE FROM login_failures WHERE failed_at <= ?"),
                        {windowStart}, &error)) {
        result.problem = Problem::internal(error);
        return result;
    }
    if (!account || account->disabled || !passwordMatches) {
        for (const QString &key : failureKeys) {
            if (!m_database.run(query,
                                QStringLiteral("INSERT INTO login_failures (key, failed_at)"
                                               " VALUES (?, ?)"),
                                {key, nowText}, &error)) {
                result.problem = Problem::internal(error);
                return result;
            }
        }
        result.problem = transaction.commit(&error)
                             ? unauthorized(QStringLiteral("invalid_credentials"),
                                            QStringLiteral("wrong user name or password"))
                             : Problem::internal(error);
        return result;
    }

    const QString secret = newTokenSecret();
    DeviceToken token;
    token.id = newId();
    token.accountId = account->id;
    token.username = account->username;
    token.device = deviceName;
    token.createdAt = nowText;
    token.expiresAt = Clock::text(now.addDays(m_policy.tokenDays));
    if (!m_database.run(query,
                        QStringLiteral("INSERT INTO tokens (id, account_id, token_hash, device,"
                                       " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                        {token.id, token.accountId, sha256Hex(secret), token.device,
                         token.createdAt, token.expiresAt},
                        &error) ||
        !m_database.run(query, QStringLiteral("DELETE FROM login_failures WHERE key = ?"),
                        {failureKeyForAccount(name)}, &error) ||
        !transaction.commit(&error)) {
        result.problem = internalWithoutRow(error);
        return result;
    }
    result.token = secret;
    result.device = token;
    result.account = *account;
    return result;
}

Protocol::Problem Accounts::authenticate(const QString &token, Session *session)
{
    if (token.isEmpty())
        return unauthorized(QStringLiteral("missing_token"),
                            QStringLiteral("this request needs an Authorization: Bearer token"));
    const Problem invalid =
        unauthorized(QStringLiteral("invalid_token"), QStringLiteral("the token is not valid"));
    if (!token.startsWith(tokenPrefix))
        return invalid;
    QString error;
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("SELECT ") + tokenColumns + QStringLiteral(", ") +
                            accountColumns +
                            QStringLiteral(" FROM tokens t JOIN accounts a"
                                           " ON a.id = t.account_id WHERE t.token_hash = ?"),
                        {sha256Hex(token)}, &error))
        return Problem::internal(error);
    if (!query.next())
        return invalid;
    Session found{accountFrom(query, 8), tokenFrom(query)};
    // A disabled account's tokens are revoked too; its owner should learn the actual reason.
    if (found.account.disabled)
        return unauthorized(QStringLiteral("account_disabled"),
                            QStringLiteral("the account is disabled"));
    if (!found.token.revokedAt.isEmpty())
        return unauthorized(QStringLiteral("token_revoked"),
                            QStringLiteral("the token was revoked; log in again"));
    const QDateTime now = m_clock.now();
    if (Clock::parse(found.token.expiresAt) <= now)
        return unauthorized(QStringLiteral("token_expired"),
                            QStringLiteral("the token has expired; log in again"));

    if (found.token.lastUsedAt.isEmpty() ||
        Clock::parse(found.token.lastUsedAt).msecsTo(now) >= lastUseResolutionMs) {
        found.token.lastUsedAt = Clock::text(now);
        if (!m_database.run(query,
                            QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"),
                            {found.token.lastUsedAt, found.token.id}, &error))
            return Problem::internal(error);
    }
    if (session)
        *session = found;
    return {};
}

QList<Membership> Accounts::memberships(const QString &accountId) const
{
    QList<Membership> list;
    QString error;
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("SELECT ") + clusterColumns +
                            QStringLiteral(", g.role FROM grants g JOIN clusters c"
                                           " ON c.id = g.cluster_id WHERE g.account_id = ?"
                                           " ORDER BY c.name"),
                        {accountId}, &error))
        return list;
    while (query.next())
        list.append(
            {clusterFrom(query), roleFromName(query.value(4).toString()).value_or(Role::Viewer)});
    return list;
}

std::optional<Role> Accounts::roleIn(const QString &accountId, const QString &clusterId) const
{
    QString error;
    QSqlQuery query(m_database.db());
    if (!m_database.run(query,
                        QStringLiteral("SELECT role FROM grants WHERE account_id = ?"
                                       " AND cluster_id = ?"),
                        {accountId, clusterId}, &error) ||
        !query.next())
        return std::nullopt;
    return roleFromName(query.value(0).toString());
}
