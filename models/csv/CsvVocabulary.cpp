#include "models/csv/CsvVocabulary.h"

namespace {

// Builds the terms of an enumeration from its values and their Italian labels; the key comes from
// the vocabulary (PartnerVocabulary::key, EventVocabulary::key).
template<typename Enum, typename KeyOf>
QList<typename CsvTerms<Enum>::Term>
termsOf(std::initializer_list<std::pair<Enum, const char *>> italian, KeyOf keyOf)
{
    QList<typename CsvTerms<Enum>::Term> terms;
    for (const auto &[value, label] : italian)
        terms.append({value, keyOf(value), QString::fromUtf8(label)});
    return terms;
}

} // namespace

const CsvTerms<PartnerType> &CsvVocabulary::partnerTypes()
{
    static const CsvTerms<PartnerType> terms(
        termsOf<PartnerType>({{PartnerType::School, "scuola"},
                              {PartnerType::University, "università"},
                              {PartnerType::ResearchCentre, "centro di ricerca"},
                              {PartnerType::Museum, "museo"},
                              {PartnerType::Business, "impresa"},
                              {PartnerType::NonProfit, "associazione"},
                              {PartnerType::LocalAuthority, "ente locale"},
                              {PartnerType::Government, "ente governativo"},
                              {PartnerType::Other, "altro"}},
                             [](PartnerType type) { return PartnerVocabulary::key(type); }),
        QT_TRANSLATE_NOOP("CsvVocabulary", "“%1” is not a partner type."));
    return terms;
}

const CsvTerms<SchoolLevel> &CsvVocabulary::schoolLevels()
{
    static const CsvTerms<SchoolLevel> terms(
        termsOf<SchoolLevel>({{SchoolLevel::Primary, "primaria"},
                              {SchoolLevel::LowerSecondary, "secondaria di primo grado"},
                              {SchoolLevel::UpperSecondary, "secondaria di secondo grado"},
                              {SchoolLevel::Vocational, "formazione professionale"}},
                             [](SchoolLevel level) { return PartnerVocabulary::key(level); }),
        QT_TRANSLATE_NOOP("CsvVocabulary", "“%1” is not a school level."));
    return terms;
}

const CsvTerms<EventKind> &CsvVocabulary::eventKinds()
{
    static const CsvTerms<EventKind> terms(
        termsOf<EventKind>({{EventKind::Event, "evento"},
                            {EventKind::Course, "corso"},
                            {EventKind::Workshop, "workshop"},
                            {EventKind::Lab, "laboratorio"},
                            {EventKind::Visit, "visita"},
                            {EventKind::Webinar, "webinar"},
                            {EventKind::Meeting, "incontro"},
                            {EventKind::Training, "formazione"}},
                           [](EventKind kind) { return EventVocabulary::key(kind); }),
        QT_TRANSLATE_NOOP("CsvVocabulary", "“%1” is not a kind of event."));
    return terms;
}

const CsvTerms<EventStatus> &CsvVocabulary::eventStatuses()
{
    static const CsvTerms<EventStatus> terms(
        termsOf<EventStatus>({{EventStatus::Planned, "pianificato"},
                              {EventStatus::Confirmed, "confermato"},
                              {EventStatus::Held, "svolto"},
                              {EventStatus::Cancelled, "annullato"}},
                             [](EventStatus status) { return EventVocabulary::key(status); }),
        QT_TRANSLATE_NOOP("CsvVocabulary", "“%1” is not an event status."));
    return terms;
}

const CsvTerms<QString> &CsvVocabulary::subjects()
{
    static const CsvTerms<QString> terms(
        {{QStringLiteral("science"), QStringLiteral("science"), QStringLiteral("scienze")},
         {QStringLiteral("technology"), QStringLiteral("technology"), QStringLiteral("tecnologia")},
         {QStringLiteral("engineering"), QStringLiteral("engineering"),
          QStringLiteral("ingegneria")},
         {QStringLiteral("arts"), QStringLiteral("arts"), QStringLiteral("arte")},
         {QStringLiteral("mathematics"), QStringLiteral("mathematics"),
          QStringLiteral("matematica")}},
        // Unknown subjects are kept as free text, so this message is never shown.
        "");
    return terms;
}

QString CsvVocabulary::useOneOf(const QStringList &keys, const QStringList &italian)
{
    return tr("Use one of: %1.")
        .arg(keys.join(QStringLiteral(", ")) + QStringLiteral(" (") +
             italian.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

QString CsvVocabulary::unknownMessage(const char *message, const QString &text,
                                      const QString &useOneOf)
{
    return QCoreApplication::translate("CsvVocabulary", message).arg(text) + QLatin1Char(' ') +
           useOneOf;
}
