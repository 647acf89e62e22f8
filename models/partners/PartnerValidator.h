#pragma once

#include "models/common/Validation.h"
#include "models/partners/Partner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// For PartnerField::Contacts, row says which contact person.
using ValidationIssue = FieldIssue<PartnerField>;

// The rules a partner must satisfy before it is saved. The editor and the CSV import use the same
// rules, so a partner that can be typed can be imported and the other way round.
class PartnerValidator
{
    Q_DECLARE_TR_FUNCTIONS(PartnerValidator)

public:
    // otherNames: names of the other partners in the same cluster, for the duplicate warning.
    static QList<ValidationIssue> validate(const Partner &partner,
                                           const QStringList &otherNames = {});
    static QString typeRequiredMessage();
    static bool hasErrors(const QList<ValidationIssue> &issues);

    static bool isValidEmail(const QString &email);
    // A web address as it will be stored: "www.example.org" becomes "https://www.example.org".
    // Returns an empty string when the text is not a web address.
    static QString normalizedWebsite(const QString &website);
    // Names compared the way a person would: case, accents and spacing ignored.
    static QString comparableName(const QString &name);
};
