#include "views/events/EventDetailsPanel.h"

#include "models/common/Translations.h"
#include "models/events/EventChangeCommand.h"
#include "models/events/EventTableModel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

EventDetailsPanel::EventDetailsPanel(const EventTableModel *events, QWidget *parent)
    : DetailsPanel(parent)
    , m_events(events)
    , m_edit(addButton(QStringLiteral("eventDetailsEditButton")))
    , m_attendance(addButton(QStringLiteral("eventDetailsAttendanceButton")))
{
    setObjectName(QStringLiteral("eventDetails"));
    textLabel()->setObjectName(QStringLiteral("eventDetailsText"));
    connect(m_edit, &QPushButton::clicked, this, &EventDetailsPanel::editRequested);
    connect(m_attendance, &QPushButton::clicked, this, &EventDetailsPanel::attendanceRequested);
    render();
}

void EventDetailsPanel::setEvent(const std::optional<Event> &event)
{
    m_event = event;
    render();
}

QString EventDetailsPanel::partnerList(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const QString name = m_events->partnerName(id);
        if (!name.isEmpty())
            names.append(escaped(name));
    }
    return names.join(QStringLiteral("<br>"));
}

void EventDetailsPanel::render()
{
    m_edit->setText(tr("Edit event…"));
    m_attendance->setText(m_event && m_event->hasFigures() ? tr("Correct attendance…")
                                                           : tr("Record attendance…"));
    m_edit->setVisible(m_event.has_value());
    m_attendance->setVisible(m_event && EventChangeCommand::canRecordAttendance(*m_event));
    if (!m_event) {
        setHtml(greyParagraph(tr("Select an event to see its details.")));
        return;
    }
    const Event &e = *m_event;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(e.displayTitle()));
    html += QStringLiteral("<p>%1 · <span style='color:%2'>&#9679;</span> %3</p>")
                .arg(escaped(EventVocabulary::label(e.kind)),
                     EventTableModel::statusColour(e.status).name(),
                     escaped(EventVocabulary::label(e.status)));

    Rows rows;
    rows.add(tr("When"), escaped(EventTableModel::whenText(e)));
    rows.add(tr("Where"), escaped(e.location));
    if (!e.onlineLink.isEmpty())
        rows.add(tr("Online"), QStringLiteral("<a href='%1'>%2</a>")
                                   .arg(e.onlineLink.toHtmlEscaped(), escaped(e.onlineLink)));
    rows.add(tr("Organised by"), partnerList(e.organiserIds));
    rows.add(tr("Also taking part"), partnerList(e.participantIds));
    QStringList audience;
    for (SchoolLevel level : e.audience)
        audience.append(PartnerVocabulary::label(level));
    rows.add(tr("Audience"), escaped(audience.join(QStringLiteral(", "))));
    QStringList subjects;
    for (const QString &subject : e.subjects)
        subjects.append(EventVocabulary::subjectLabel(subject));
    rows.add(tr("Subjects"), escaped(subjects.join(QStringLiteral(", "))));
    // The title in the other language, when it says something else.
    const QString other = Translations::current() == QLatin1String("it") ? e.titleEn : e.titleIt;
    if (!other.isEmpty() && other != e.displayTitle())
        rows.add(Translations::current() == QLatin1String("it") ? tr("English title")
                                                                : tr("Italian title"),
                 escaped(other));
    html += rows.html();

    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Participation")));
    if (e.hasFigures()) {
        Rows figures;
        for (Figure figure : EventVocabulary::figures()) {
            const std::optional<int> value = e.figure(figure);
            figures.add(EventVocabulary::label(figure),
                        value ? locale.toString(*value)
                              : QStringLiteral("<span style='color:gray'>%1</span>")
                                    .arg(escaped(tr("not recorded"))));
        }
        figures.add(tr("Total"),
                    QStringLiteral("<b>%1</b>").arg(locale.toString(e.totalParticipants())));
        html += figures.html();
    } else if (e.status == EventStatus::Held) {
        html += greyParagraph(tr("No figures recorded yet."));
    } else {
        html += greyParagraph(tr("Figures are recorded once the event is held."));
    }

    const QString description = e.description(Translations::current());
    if (!description.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(escaped(tr("Description")), escaped(description));
    setHtml(html);
}
