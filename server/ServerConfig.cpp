#include "server/ServerConfig.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

#include <functional>
#include <limits>

namespace {

const QString serverSection = QStringLiteral("server");
const QString limitsSection = QStringLiteral("limits");

// Sets one key from its text; returns why the text does not fit, or "".
using Setter = std::function<QString(ServerConfig &, const QString &)>;

struct Key
{
    QString section;
    QString name;
    Setter set;
};

QString positiveWholeNumberProblem()
{
    return ServerConfig::tr("expected a positive whole number");
}

Setter wholeNumber(int ServerConfig::*member)
{
    return [member](ServerConfig &config, const QString &text) {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok || value < 1 || value > std::numeric_limits<int>::max())
            return positiveWholeNumberProblem();
        config.*member = int(value);
        return QString();
    };
}

Setter fileName(QString ServerConfig::*member)
{
    return [member](ServerConfig &config, const QString &text) {
        if (text.trimmed().isEmpty())
            return ServerConfig::tr("expected a file name");
        config.*member = text.trimmed();
        return QString();
    };
}

const QList<Key> &keys()
{
    static const QList<Key> all = {
        {serverSection, QStringLiteral("listen"),
         [](ServerConfig &config, const QString &text) {
             if (QHostAddress(text.trimmed()).isNull())
                 return ServerConfig::tr("expected an IP address such as 0.0.0.0 or ::1");
             config.listen = text.trimmed();
             return QString();
         }},
        {serverSection, QStringLiteral("port"),
         [](ServerConfig &config, const QString &text) {
             bool ok = false;
             const int port = text.trimmed().toInt(&ok);
             if (!ok || port < 1 || port > 65535)
                 return ServerConfig::tr("expected a port number from 1 to 65535");
             config.port = port;
             return QString();
         }},
        {serverSection, QStringLiteral("certificate"), fileName(&ServerConfig::certificate)},
        {serverSection, QStringLiteral("key"), fileName(&ServerConfig::key)},
        {serverSection, QStringLiteral("database"),
         [](ServerConfig &config, const QString &text) {
             QString error;
             DatabaseLocation::parse(text, &error);
             if (!error.isEmpty())
                 return ServerConfig::tr("expected a file name or "
                                         "postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME");
             config.database = text.trimmed();
             return QString();
         }},
        {serverSection, QStringLiteral("access_log"), fileName(&ServerConfig::accessLog)},
        {limitsSection, QStringLiteral("max_body_bytes"),
         [](ServerConfig &config, const QString &text) {
             bool ok = false;
             const qint64 value = text.trimmed().toLongLong(&ok);
             if (!ok || value < 1)
                 return positiveWholeNumberProblem();
             config.maxBodyBytes = value;
             return QString();
         }},
        {limitsSection, QStringLiteral("idle_timeout_seconds"),
         wholeNumber(&ServerConfig::idleTimeoutSeconds)},
        {limitsSection, QStringLiteral("max_batch_records"),
         wholeNumber(&ServerConfig::maxBatchRecords)},
        {limitsSection, QStringLiteral("max_page_size"), wholeNumber(&ServerConfig::maxPageSize)},
        {limitsSection, QStringLiteral("token_days"), wholeNumber(&ServerConfig::tokenDays)},
        {limitsSection, QStringLiteral("login_failures_per_account"),
         wholeNumber(&ServerConfig::loginFailuresPerAccount)},
        {limitsSection, QStringLiteral("login_failures_per_address"),
         wholeNumber(&ServerConfig::loginFailuresPerAddress)},
        {limitsSection, QStringLiteral("login_failure_window_seconds"),
         wholeNumber(&ServerConfig::loginFailureWindowSeconds)},
    };
    return all;
}

const Key *findKey(const QString &section, const QString &name)
{
    for (const Key &key : keys()) {
        if (key.section == section && key.name == name)
            return &key;
    }
    return nullptr;
}

// QSettings reads an unquoted value with commas as a list; the config has no list values.
QString settingText(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',')
                                                    : value.toString();
}

} // namespace

bool ServerArguments::parse(const QStringList &arguments, ServerArguments *parsed, QString *error)
{
    *parsed = {};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            parsed->help = true;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            if (argument.startsWith(u'-') && argument.size() > 1) {
                *error = tr("unknown option %1").arg(argument);
                return false;
            }
            parsed->words.append(argument);
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        QString value;
        if (equals >= 0) {
            value = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            *error = tr("--%1: expected a value").arg(name);
            return false;
        }
        if (name.isEmpty()) {
            *error = tr("unknown option %1").arg(argument);
            return false;
        }
        if (parsed->has(name)) {
            *error = tr("--%1: given twice").arg(name);
            return false;
        }
        parsed->options.append({name, value});
    }
    return true;
}

bool ServerArguments::has(const QString &name) const
{
    return std::any_of(options.cbegin(), options.cend(),
                       [&](const auto &option) { return option.first == name; });
}

QString ServerArguments::value(const QString &name) const
{
    for (const auto &[optionName, optionValue] : options) {
        if (optionName == name)
            return optionValue;
    }
    return {};
}

QStringList ServerArguments::unknownOptions(const QStringList &known) const
{
    QStringList unknown;
    for (const auto &option : options) {
        if (!known.contains(option.first))
            unknown.append(option.first);
    }
    return unknown;
}

QString ServerConfig::defaultFile()
{
    return QStringLiteral("/etc/lecdesk-server/lecdesk-server.conf");
}

QStringList ServerConfig::overridableOptions()
{
    return {QStringLiteral("listen"), QStringLiteral("port"), QStringLiteral("certificate"),
            QStringLiteral("key"), QStringLiteral("database")};
}

bool ServerConfig::readFile(const QString &file, QString *error)
{
    const QFileInfo info(file);
    if (!info.isFile()) {
        *error = tr("%1: no such file").arg(file);
        return false;
    }
    QSettings settings(file, QSettings::IniFormat);
    if (!info.isReadable() || settings.status() == QSettings::AccessError) {
        *error = tr("%1: cannot read the file").arg(file);
        return false;
    }
    if (settings.status() == QSettings::FormatError) {
        *error = tr("%1: not an INI file").arg(file);
        return false;
    }
    // Keys before the first section land in QSettings' "General" group.
    if (!settings.childKeys().isEmpty()) {
        *error = tr("%1: %2: every key belongs in [server] or [limits]")
                     .arg(file, settings.childKeys().constFirst());
        return false;
    }
    for (const QString &section : settings.childGroups()) {
        if (section != serverSection && section != limitsSection) {
            *error =
                tr("%1: [%2]: unknown section; expected [server] or [limits]").arg(file, section);
            return false;
        }
        settings.beginGroup(section);
        if (!settings.childGroups().isEmpty()) {
            *error = tr("%1: [%2] %3: unknown key")
                         .arg(file, section, settings.childGroups().constFirst());
            return false;
        }
        for (const QString &name : settings.childKeys()) {
            const Key *key = findKey(section, name);
            const QString problem =
                key ? key->set(*this, settingText(settings.value(name))) : tr("unknown key");
            if (!problem.isEmpty()) {
                *error = QStringLiteral("%1: [%2] %3: %4").arg(file, section, name, problem);
                return false;
            }
        }
        settings.endGroup();
    }
    return true;
}

bool ServerConfig::applyOption(const QString &name, const QString &value, QString *error)
{
    const Key *key = overridableOptions().contains(name) ? findKey(serverSection, name) : nullptr;
    const QString problem = key ? key->set(*this, value) : tr("unknown option");
    if (!problem.isEmpty()) {
        *error = QStringLiteral("--%1: %2").arg(name, problem);
        return false;
    }
    return true;
}

bool ServerConfig::load(const ServerArguments &arguments, QString *error)
{
    if (arguments.has(QStringLiteral("config"))) {
        if (!readFile(arguments.value(QStringLiteral("config")), error))
            return false;
    } else if (QFileInfo::exists(defaultFile())) {
        if (!readFile(defaultFile(), error))
            return false;
    }
    for (const auto &[name, value] : arguments.options) {
        if (overridableOptions().contains(name) && !applyOption(name, value, error))
            return false;
    }
    return true;
}

bool ServerConfig::loadForServing(const QStringList &arguments, QString *error)
{
    ServerArguments parsed;
    if (!ServerArguments::parse(arguments, &parsed, error))
        return false;
    if (!parsed.words.isEmpty() &&
        (parsed.words.constFirst() != QLatin1String("serve") || parsed.words.size() > 1)) {
        *error = tr("unexpected argument %1")
                     .arg(parsed.words.value(
                         parsed.words.constFirst() == QLatin1String("serve") ? 1 : 0));
        return false;
    }
    const QStringList unknown =
        parsed.unknownOptions(overridableOptions() << QStringLiteral("config"));
    if (!unknown.isEmpty()) {
        *error = tr("unknown option --%1").arg(unknown.constFirst());
        return false;
    }
    return load(parsed, error);
}

DatabaseLocation ServerConfig::databaseLocation(QString *error) const
{
    return DatabaseLocation::parse(database, error);
}

AccountPolicy ServerConfig::accountPolicy() const
{
    AccountPolicy policy;
    policy.tokenDays = tokenDays;
    policy.failuresPerAccount = loginFailuresPerAccount;
    policy.failuresPerAddress = loginFailuresPerAddress;
    policy.failureWindowSeconds = loginFailureWindowSeconds;
    return policy;
}

SyncLimits ServerConfig::syncLimits() const
{
    SyncLimits limits;
    limits.maxBatchRecords = maxBatchRecords;
    limits.maxPageSize = maxPageSize;
    limits.defaultPageSize = std::min(limits.defaultPageSize, maxPageSize);
    return limits;
}

HttpLimits ServerConfig::httpLimits() const
{
    HttpLimits limits;
    limits.maxBodyBytes = maxBodyBytes;
    limits.idleTimeoutSeconds = idleTimeoutSeconds;
    return limits;
}
