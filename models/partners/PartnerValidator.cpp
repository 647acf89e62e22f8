#include "models/partners/PartnerValidator.h"

#include "models/common/TextFolding.h"

#include <QRegularExpression>
#include <QUrl>

bool PartnerValidator::isValidEmail(const QString &email)
{
    // Deliberately simple: one @, no spaces, a dot in the domain. Real validation is sending mail.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

QString PartnerValidator::normalizedWebsite(const QString &website)
{
    QString text = website.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    const QString host = url.host();
    if (host.isEmpty() || !host.contains(QLatin1Char('.')) || host.startsWith(QLatin1Char('.')) ||
        host.endsWith(QLatin1Char('.')) || text.contains(QLatin1Char(' ')))
        return {};
    return url.toString();
}

QString PartnerValidator::comparableName(const QString &name)
{
    return TextFolding::fold(name);
}

QString PartnerValidator::typeRequiredMessage()
{
    return tr("The type is required.");
}

bool PartnerValidator::hasErrors(const QList<ValidationIssue> &issues)
{
    return ::hasErrors(issues);
}

QList<ValidationIssue> PartnerValidator::validate(const Partner &partner,
                                                  const QStringList &otherNames)
{
    using Severity = ValidationIssue::Severity;
    QList<ValidationIssue> issues;
    auto error = [&](PartnerField field, const QString &message, int row = -1) {
        issues.append({field, Severity::Error, message, row});
    };

    const QString name = partner.name.trimmed();
    if (name.isEmpty()) {
        error(PartnerField::Name, tr("The name is required."));
    } else {
        const QString comparable = comparableName(name);
        for (const QString &other : otherNames) {
            if (comparableName(other) == comparable) {
                issues.append({PartnerField::Name, Severity::Warning,
                               tr("Another partner in this cluster is already called “%1”.")
                                   .arg(other.trimmed()),
                               -1});
                break;
            }
        }
    }

    if (partner.schoolLevel != SchoolLevel::None && partner.type != PartnerType::School)
        error(PartnerField::SchoolLevel, tr("A school level is only given for schools."));
    if (!partner.email.trimmed().isEmpty() && !isValidEmail(partner.email.trimmed()))
        error(PartnerField::Email, tr("“%1” is not an e-mail address (expected name@example.org).")
                                       .arg(partner.email.trimmed()));
    if (!partner.website.trimmed().isEmpty() && normalizedWebsite(partner.website).isEmpty())
        error(PartnerField::Website,
              tr("“%1” is not a web address (expected www.example.org or https://…).")
                  .arg(partner.website.trimmed()));
    if (partner.joinedOn.isValid() && partner.leftOn.isValid() && partner.leftOn < partner.joinedOn)
        error(PartnerField::LeftOn, tr("The partner cannot leave before it joined."));

    for (int row = 0; row < partner.contacts.size(); ++row) {
        const ContactPerson &contact = partner.contacts.at(row);
        if (contact.name.trimmed().isEmpty())
            error(PartnerField::Contacts,
                  tr("Contact person %1: the name is required.").arg(row + 1), row);
        if (!contact.email.trimmed().isEmpty() && !isValidEmail(contact.email.trimmed()))
            error(PartnerField::Contacts,
                  tr("Contact person %1: “%2” is not an e-mail address.")
                      .arg(row + 1)
                      .arg(contact.email.trimmed()),
                  row);
    }
    return issues;
}
