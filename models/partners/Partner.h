#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

enum class PartnerType {
    School,
    University,
    ResearchCentre,
    Museum,
    Business,
    NonProfit,
    LocalAuthority,
    Government,
    Other,
};

enum class SchoolLevel {
    None,
    Primary,
    LowerSecondary,
    UpperSecondary,
    Vocational,
};

// The fields of a partner, in the order of a partner file (PartnerCsv): the one list the
// validator, the editor and the CSV columns refer to. The register's columns keep an order of
// their own (PartnerTableModel::Column), which saved window layouts refer to.
enum class PartnerField {
    Name,
    Type,
    SchoolLevel,
    City,
    Address,
    Website,
    Email,
    Phone,
    JoinedOn,
    LeftOn,
    Notes,
    Contacts,
    Count
};

// A contact person of a partner institution.
struct ContactPerson
{
    QString id;
    QString name;
    QString role;
    QString email;
    QString phone;

    friend bool operator==(const ContactPerson &, const ContactPerson &) = default;
};

// A member institution of a cluster, with its contact persons.
struct Partner
{
    QString id;
    QString clusterId;
    QString name;
    PartnerType type = PartnerType::School;
    SchoolLevel schoolLevel = SchoolLevel::None; // only for schools
    QString city;
    QString address;
    QString website;
    QString email;
    QString phone;
    QDate joinedOn;
    QDate leftOn; // null while a member
    QString notes;
    QList<ContactPerson> contacts;

    // Gives the partner and its contacts their ids now, so that every later write of the same
    // edit (redo after undo) refers to the same rows.
    void assignMissingIds();

    // A former member has left before the given day; everyone else counts as current.
    bool isFormerOn(QDate day) const { return leftOn.isValid() && leftOn < day; }
    // Membership overlaps [from, to]: the rule of the "institutions involved" KPI.
    bool isMemberDuring(QDate from, QDate to) const
    {
        return (!joinedOn.isValid() || joinedOn <= to) && (!leftOn.isValid() || leftOn >= from);
    }

    friend bool operator==(const Partner &, const Partner &) = default;
};

Q_DECLARE_METATYPE(Partner)

// Stable keys (database, CSV, JSON) and translated labels of the partner enumerations.
class PartnerVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(PartnerVocabulary)

public:
    static const QList<PartnerType> &types();
    static QString key(PartnerType type);
    static std::optional<PartnerType> typeFromKey(const QString &key);
    static QString label(PartnerType type);

    static const QList<SchoolLevel> &schoolLevels(); // without None
    static QString key(SchoolLevel level);           // empty for None
    static std::optional<SchoolLevel> schoolLevelFromKey(const QString &key);
    static QString label(SchoolLevel level);
};
