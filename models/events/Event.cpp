#include "models/events/Event.h"

#include "models/common/Ids.h"
#include "models/common/Translations.h"

#include <algorithm>

namespace {

template<typename Enum>
struct Entry
{
    Enum value;
    const char *key;
    const char *label;
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; label() translates them when asked.
const Entry<EventKind> kindEntries[] = {
    {EventKind::Event, "event", QT_TRANSLATE_NOOP("EventVocabulary", "Event")},
    {EventKind::Course, "course", QT_TRANSLATE_NOOP("EventVocabulary", "Academy course")},
    {EventKind::Workshop, "workshop", QT_TRANSLATE_NOOP("EventVocabulary", "Workshop")},
    {EventKind::Lab, "lab", QT_TRANSLATE_NOOP("EventVocabulary", "Lab")},
    {EventKind::Visit, "visit", QT_TRANSLATE_NOOP("EventVocabulary", "Visit")},
    {EventKind::Webinar, "webinar", QT_TRANSLATE_NOOP("EventVocabulary", "Webinar")},
    {EventKind::Meeting, "meeting", QT_TRANSLATE_NOOP("EventVocabulary", "Meeting")},
    {EventKind::Training, "training", QT_TRANSLATE_NOOP("EventVocabulary", "Training")},
};

const Entry<EventStatus> statusEntries[] = {
    {EventStatus::Planned, "planned", QT_TRANSLATE_NOOP("EventVocabulary", "Planned")},
    {EventStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("EventVocabulary", "Confirmed")},
    {EventStatus::Held, "held", QT_TRANSLATE_NOOP("EventVocabulary", "Held")},
    {EventStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("EventVocabulary", "Cancelled")},
};

const Entry<Figure> figureEntries[] = {
    {Figure::Pupils, "pupils", QT_TRANSLATE_NOOP("EventVocabulary", "Pupils")},
    {Figure::Teachers, "teachers", QT_TRANSLATE_NOOP("EventVocabulary", "Teachers")},
    {Figure::Parents, "parents", QT_TRANSLATE_NOOP("EventVocabulary", "Parents")},
    {Figure::Researchers, "researchers", QT_TRANSLATE_NOOP("EventVocabulary", "Researchers")},
    {Figure::TeacherTrainees, "teacher_trainees",
     QT_TRANSLATE_NOOP("EventVocabulary", "Teacher-training students")},
    {Figure::Others, "others", QT_TRANSLATE_NOOP("EventVocabulary", "Others")},
};

struct SubjectEntry
{
    const char *key;
    const char *label;
};

const SubjectEntry subjectEntries[] = {
    {"science", QT_TRANSLATE_NOOP("EventVocabulary", "Science")},
    {"technology", QT_TRANSLATE_NOOP("EventVocabulary", "Technology")},
    {"engineering", QT_TRANSLATE_NOOP("EventVocabulary", "Engineering")},
    {"arts", QT_TRANSLATE_NOOP("EventVocabulary", "Arts")},
    {"mathematics", QT_TRANSLATE_NOOP("EventVocabulary", "Mathematics")},
};

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const Entry<Enum> (&entries)[N])
{
    QList<Enum> list;
    for (const Entry<Enum> &entry : entries)
        list.append(entry.value);
    return list;
}

template<typename Enum, std::size_t N>
const Entry<Enum> *entryFor(const Entry<Enum> (&entries)[N], Enum value)
{
    const auto it =
        std::find_if(std::begin(entries), std::end(entries),
                     [value](const Entry<Enum> &entry) { return entry.value == value; });
    return it == std::end(entries) ? nullptr : it;
}

template<typename Enum, std::size_t N>
QString keyOf(const Entry<Enum> (&entries)[N], Enum value)
{
    const auto *entry = entryFor(entries, value);
    return entry ? QString::fromLatin1(entry->key) : QString();
}

template<typename Enum, std::size_t N>
QString labelOf(const Entry<Enum> (&entries)[N], Enum value)
{
    const auto *entry = entryFor(entries, value);
    return entry ? EventVocabulary::tr(entry->label) : QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueFor(const Entry<Enum> (&entries)[N], const QString &key)
{
    for (const Entry<Enum> &entry : entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

QString pick(const QString &preferred, const QString &fallback)
{
    return preferred.trimmed().isEmpty() ? fallback : preferred;
}

} // namespace

bool Event::hasFigures() const
{
    return std::any_of(figures.cbegin(), figures.cend(),
                       [](const std::optional<int> &value) { return value.has_value(); });
}

int Event::totalParticipants() const
{
    int total = 0;
    for (const std::optional<int> &value : figures)
        total += value.value_or(0);
    return total;
}

QString Event::title(const QString &language) const
{
    return language == QLatin1String("it") ? pick(titleIt, titleEn) : pick(titleEn, titleIt);
}

QString Event::displayTitle() const
{
    return title(Translations::current());
}

QString Event::description(const QString &language) const
{
    return language == QLatin1String("it") ? pick(descriptionIt, descriptionEn)
                                           : pick(descriptionEn, descriptionIt);
}

QDateTime Event::startDateTime() const
{
    if (!startDate.isValid())
        return {};
    return QDateTime(startDate, startTime.isValid() ? startTime : QTime(0, 0));
}

QDateTime Event::endDateTime() const
{
    if (!endDate.isValid() && !endTime.isValid())
        return {};
    return QDateTime(lastDate(), endTime.isValid() ? endTime : QTime(0, 0));
}

void Event::assignMissingIds()
{
    if (id.isEmpty())
        id = Ids::newId();
}

const QList<EventKind> &EventVocabulary::kinds()
{
    static const QList<EventKind> all = valuesOf(kindEntries);
    return all;
}

QString EventVocabulary::key(EventKind kind)
{
    return keyOf(kindEntries, kind);
}

std::optional<EventKind> EventVocabulary::kindFromKey(const QString &key)
{
    return valueFor(kindEntries, key);
}

QString EventVocabulary::label(EventKind kind)
{
    return labelOf(kindEntries, kind);
}

const QList<EventStatus> &EventVocabulary::statuses()
{
    static const QList<EventStatus> all = valuesOf(statusEntries);
    return all;
}

QString EventVocabulary::key(EventStatus status)
{
    return keyOf(statusEntries, status);
}

std::optional<EventStatus> EventVocabulary::statusFromKey(const QString &key)
{
    return valueFor(statusEntries, key);
}

QString EventVocabulary::label(EventStatus status)
{
    return labelOf(statusEntries, status);
}

const QList<Figure> &EventVocabulary::figures()
{
    static const QList<Figure> all = valuesOf(figureEntries);
    return all;
}

QString EventVocabulary::key(Figure figure)
{
    return keyOf(figureEntries, figure);
}

std::optional<Figure> EventVocabulary::figureFromKey(const QString &key)
{
    return valueFor(figureEntries, key);
}

QString EventVocabulary::label(Figure figure)
{
    return labelOf(figureEntries, figure);
}

const QStringList &EventVocabulary::subjectKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const SubjectEntry &entry : subjectEntries)
            list.append(QString::fromLatin1(entry.key));
        return list;
    }();
    return keys;
}

QString EventVocabulary::subjectLabel(const QString &subject)
{
    for (const SubjectEntry &entry : subjectEntries) {
        if (subject == QLatin1String(entry.key))
            return tr(entry.label);
    }
    return subject;
}
