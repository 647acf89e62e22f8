#pragma once

#include "protocol/Problem.h"
#include "server/Clock.h"

#include <QList>
#include <QString>

#include <optional>

class ServerDatabase;

// What a person may do in one cluster. Viewers read; coordinators also push and resolve
// conflicts; admins also manage the cluster (the same rights over the API for now).
enum class Role { Viewer, Coordinator, Admin };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct Account
{
    QString id;
    QString username; // lower-case, unique
    QString displayName;
    bool disabled = false;
    QString createdAt;
};

struct ClusterInfo
{
    QString id; // UUID, what the URLs name
    QString name;
    qint64 lastSequence = 0;
    QString createdAt;
};

struct Membership
{
    ClusterInfo cluster;
    Role role = Role::Viewer;
};

// One device's login. The token itself is shown once, at login; only its hash is stored.
struct DeviceToken
{
    QString id;
    QString accountId;
    QString username;
    QString device;
    QString createdAt;
    QString expiresAt;
    QString lastUsedAt; // "" until used
    QString revokedAt;  // "" while valid
};

// The authenticated caller of a request.
struct Session
{
    Account account;
    DeviceToken token;
};

struct LoginResult
{
    Protocol::Problem problem; // 401 invalid_credentials, 429 too_many_attempts, ...
    int retryAfterSeconds = 0; // with 429
    QString token;             // the secret, returned once
    DeviceToken device;
    Account account;
};

struct AccountPolicy
{
    int tokenDays = 90;
    int failuresPerAccount = 5; // the next attempt within the window answers 429
    int failuresPerAddress = 20;
    int failureWindowSeconds = 900;
};

// People, clusters, grants and device tokens. Passwords are hashed with argon2id (libsodium);
// tokens are 256 random bits, stored as SHA-256. Every write is one transaction; login() checks
// the throttle and the password before its write transaction, so that the slow argon2
// verification never holds the database's write lock.
class Accounts
{
public:
    Accounts(ServerDatabase &database, const Clock &clock, const AccountPolicy &policy = {});

    // Administration (the admin command line). Problems name the field ("username", ...).
    Protocol::Problem addUser(const QString &username, const QString &password,
                              const QString &displayName, Account *added = nullptr);
    Protocol::Problem setPassword(const QString &username, const QString &password);
    // Disabling also revokes every token of the account.
    Protocol::Problem setDisabled(const QString &username, bool disabled);
    std::optional<Account> account(const QString &username) const;
    QList<Account> accounts() const;
    Protocol::Problem addCluster(const QString &name, ClusterInfo *added = nullptr);
    QList<ClusterInfo> clusters() const;
    std::optional<ClusterInfo> cluster(const QString &idOrName) const;
    // Gives username the role in the cluster (by name or id), replacing any earlier role;
    // no role removes the grant.
    Protocol::Problem grant(const QString &username, const QString &cluster,
                            std::optional<Role> role);
    // All tokens, or one account's (by username), newest first.
    QList<DeviceToken> tokens(const QString &username = {}) const;
    // Revokes a token by id. With ownerAccountId set, a token of anyone else is "not found".
    Protocol::Problem revokeToken(const QString &tokenId, const QString &ownerAccountId = {});

    // The API.
    LoginResult login(const QString &username, const QString &password, const QString &device,
                      const QString &remoteAddress);
    // The bearer token's session, or 401 (missing_token, invalid_token, token_expired,
    // token_revoked, account_disabled). Records the last use.
    Protocol::Problem authenticate(const QString &token, Session *session);
    QList<Membership> memberships(const QString &accountId) const;
    // The caller's role in the cluster, or nothing when the cluster does not exist or is not
    // theirs: the API answers both with the same 404.
    std::optional<Role> roleIn(const QString &accountId, const QString &clusterId) const;

private:
    ServerDatabase &m_database;
    const Clock &m_clock;
    AccountPolicy m_policy;
};
