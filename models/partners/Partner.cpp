#include "models/partners/Partner.h"

#include "models/common/Ids.h"

namespace {

struct TypeEntry
{
    PartnerType type;
    const char *key;
    const char *label;
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; label() translates them when asked.
const TypeEntry typeEntries[] = {
    {PartnerType::School, "school", QT_TRANSLATE_NOOP("PartnerVocabulary", "School")},
    {PartnerType::University, "university", QT_TRANSLATE_NOOP("PartnerVocabulary", "University")},
    {PartnerType::ResearchCentre, "research_centre",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Research centre")},
    {PartnerType::Museum, "museum",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Museum or science centre")},
    {PartnerType::Business, "business",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Business/industry")},
    {PartnerType::NonProfit, "nonprofit",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Non-profit or association")},
    {PartnerType::LocalAuthority, "local_authority",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Local authority")},
    {PartnerType::Government, "government",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Governmental institution")},
    {PartnerType::Other, "other", QT_TRANSLATE_NOOP("PartnerVocabulary", "Other")},
};

struct LevelEntry
{
    SchoolLevel level;
    const char *key;
    const char *label;
};

const LevelEntry levelEntries[] = {
    {SchoolLevel::Primary, "primary", QT_TRANSLATE_NOOP("PartnerVocabulary", "Primary")},
    {SchoolLevel::LowerSecondary, "lower_secondary",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Lower secondary")},
    {SchoolLevel::UpperSecondary, "upper_secondary",
     QT_TRANSLATE_NOOP("PartnerVocabulary", "Upper secondary")},
    {SchoolLevel::Vocational, "vocational", QT_TRANSLATE_NOOP("PartnerVocabulary", "Vocational")},
};

} // namespace

const QList<PartnerType> &PartnerVocabulary::types()
{
    static const QList<PartnerType> all = [] {
        QList<PartnerType> list;
        for (const TypeEntry &entry : typeEntries)
            list.append(entry.type);
        return list;
    }();
    return all;
}

QString PartnerVocabulary::key(PartnerType type)
{
    for (const TypeEntry &entry : typeEntries) {
        if (entry.type == type)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<PartnerType> PartnerVocabulary::typeFromKey(const QString &key)
{
    for (const TypeEntry &entry : typeEntries) {
        if (key == QLatin1String(entry.key))
            return entry.type;
    }
    return std::nullopt;
}

QString PartnerVocabulary::label(PartnerType type)
{
    for (const TypeEntry &entry : typeEntries) {
        if (entry.type == type)
            return tr(entry.label);
    }
    return {};
}

const QList<SchoolLevel> &PartnerVocabulary::schoolLevels()
{
    static const QList<SchoolLevel> all = [] {
        QList<SchoolLevel> list;
        for (const LevelEntry &entry : levelEntries)
            list.append(entry.level);
        return list;
    }();
    return all;
}

QString PartnerVocabulary::key(SchoolLevel level)
{
    for (const LevelEntry &entry : levelEntries) {
        if (entry.level == level)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<SchoolLevel> PartnerVocabulary::schoolLevelFromKey(const QString &key)
{
    if (key.isEmpty())
        return SchoolLevel::None;
    for (const LevelEntry &entry : levelEntries) {
        if (key == QLatin1String(entry.key))
            return entry.level;
    }
    return std::nullopt;
}

QString PartnerVocabulary::label(SchoolLevel level)
{
    for (const LevelEntry &entry : levelEntries) {
        if (entry.level == level)
            return tr(entry.label);
    }
    return {};
}

void Partner::assignMissingIds()
{
    if (id.isEmpty())
        id = Ids::newId();
    for (ContactPerson &contact : contacts) {
        if (contact.id.isEmpty())
            contact.id = Ids::newId();
    }
}
