#pragma once

#include "models/partners/Partner.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

#include <array>
#include <optional>

enum class EventKind {
    Event,
    Course, // an Academy course
    Workshop,
    Lab,
    Visit,
    Webinar,
    Meeting,
    Training,
};

enum class EventStatus {
    Planned,
    Confirmed,
    Held,
    Cancelled,
};

// The participation figures of a held event, in the order of the CSV columns and the KPI JSON.
enum class Figure {
    Pupils,
    Teachers,
    Parents,
    Researchers,
    TeacherTrainees,
    Others,
};
inline constexpr int figureCount = 6;

// An event or Academy course of a cluster. Times are local to the cluster (Europe/Rome); a null
// time means the event lasts the whole day.
struct Event
{
    QString id;
    QString clusterId;
    EventKind kind = EventKind::Event;
    EventStatus status = EventStatus::Planned;
    // Title and description, each optionally in both languages; at least one title is required.
    QString titleIt;
    QString titleEn;
    QString descriptionIt;
    QString descriptionEn;
    QDate startDate;
    QTime startTime; // null: all day
    QDate endDate;   // null: ends on the start day
    QTime endTime;   // null: all day (or no end time given)
    QString location;
    QString onlineLink;
    QStringList organiserIds;   // partner ids, in the order given
    QStringList participantIds; // other participating partners
    QList<SchoolLevel> audience;
    QStringList subjects; // keys of EventVocabulary::subjects(), or free text
    QString activityId;   // optional link to a workplan activity
    // Recorded when held; nullopt means not recorded (which counts as 0 in every sum).
    std::array<std::optional<int>, figureCount> figures{};

    std::optional<int> figure(Figure which) const { return figures[std::size_t(which)]; }
    void setFigure(Figure which, std::optional<int> value) { figures[std::size_t(which)] = value; }
    bool hasFigures() const;
    void clearFigures() { figures = {}; }
    int totalParticipants() const;

    // The title in the given language ("it" or "en"), falling back to the other one.
    QString title(const QString &language) const;
    // The title in the language of the running application.
    QString displayTitle() const;
    QString description(const QString &language) const;

    // The last day of the event: the end date, or the start date when none is given.
    QDate lastDate() const { return endDate.isValid() ? endDate : startDate; }
    // Takes place on at least one day of [from, to] (a null bound is open).
    bool overlaps(QDate from, QDate to) const
    {
        return startDate.isValid() && (!to.isValid() || startDate <= to) &&
               (!from.isValid() || lastDate() >= from);
    }
    QDateTime startDateTime() const; // local time; midnight for all-day events
    QDateTime endDateTime() const;   // local time; null when no end is known
    bool isAllDay() const { return !startTime.isValid(); }

    void assignMissingIds(); // same name as Partner's, for the generic undo command

    friend bool operator==(const Event &, const Event &) = default;
};

Q_DECLARE_METATYPE(Event)

// Stable keys (database, CSV, JSON, iCalendar) and translated labels of the event vocabularies.
class EventVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(EventVocabulary)

public:
    static const QList<EventKind> &kinds();
    static QString key(EventKind kind);
    static std::optional<EventKind> kindFromKey(const QString &key);
    static QString label(EventKind kind);

    static const QList<EventStatus> &statuses();
    static QString key(EventStatus status);
    static std::optional<EventStatus> statusFromKey(const QString &key);
    static QString label(EventStatus status);

    static const QList<Figure> &figures();
    static QString key(Figure figure); // as in the KPI JSON: pupils, teacher_trainees, ...
    static std::optional<Figure> figureFromKey(const QString &key);
    static QString label(Figure figure);

    // The STEAM subjects the app knows; events may also carry subjects typed as free text.
    static const QStringList &subjectKeys();
    static QString subjectLabel(const QString &subject); // the text itself when not a known key
};
