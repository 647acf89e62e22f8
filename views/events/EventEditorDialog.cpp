#include "views/events/EventEditorDialog.h"

#include "models/common/Clock.h"
#include "models/common/LocaleFormat.h"
#include "models/common/Translations.h"
#include "models/partners/PartnerValidator.h"
#include "views/events/FiguresEditor.h"
#include "views/widgets/FieldMessages.h"
#include "views/widgets/LockBanner.h"
#include "views/widgets/OptionalDateEdit.h"
#include "views/widgets/OptionalTimeEdit.h"
#include "views/widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("eventEditor/geometry");

// A field and the message under it, as one cell of a form.
QWidget *withMessage(QWidget *field, QLabel *message)
{
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    return cell;
}

QWidget *row(std::initializer_list<QWidget *> widgets, const QString &objectName)
{
    auto *container = new QWidget;
    container->setObjectName(objectName);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return container;
}

} // namespace

EventEditorDialog::EventEditorDialog(const Event &event,
                                     const QList<PartnerChooser::Entry> &partners, Purpose purpose,
                                     QWidget *parent)
    : QDialog(parent)
    , m_original(event)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("eventEditor"));
    switch (purpose) {
    case Purpose::Add:
        setWindowTitle(tr("New event"));
        break;
    case Purpose::Edit:
        setWindowTitle(tr("Edit event – %1").arg(event.displayTitle()));
        break;
    case Purpose::Duplicate:
        setWindowTitle(tr("Duplicate event – %1").arg(event.displayTitle()));
        break;
    }
    buildForm();
    m_partners->setPartners(partners);
    load(event);
    if (purpose == Purpose::Add)
        m_kind->setCurrentIndex(-1); // the kind is a choice the user makes, not a default
    validate();
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    // A new event starts with its title; so does any other, as the title names it.
    (m_languageTabs->currentIndex() == 0 ? m_titleIt : m_titleEn)->setFocus();
}

EventEditorDialog::~EventEditorDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

QLabel *EventEditorDialog::addMessage(EventField field, const QString &objectName)
{
    QLabel *label = FieldMessages::createLabel(this, objectName);
    m_messages.insert(field, label);
    return label;
}

QWidget *EventEditorDialog::buildTextsTab(QLineEdit **title, QPlainTextEdit **description,
                                          const QString &language)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    *title = new QLineEdit(page);
    (*title)->setObjectName(QStringLiteral("title%1Edit").arg(language));
    *description = new QPlainTextEdit(page);
    (*description)->setObjectName(QStringLiteral("description%1Edit").arg(language));
    (*description)->setTabChangesFocus(true);
    (*description)->setMinimumHeight((*description)->fontMetrics().lineSpacing() * 4 + 12);
    auto *titleLabel = new QLabel(tr("T&itle:"), page);
    titleLabel->setBuddy(*title);
    auto *descriptionLabel = new QLabel(tr("Descri&ption:"), page);
    descriptionLabel->setBuddy(*description);
    form->addRow(titleLabel, *title);
    form->addRow(descriptionLabel, *description);
    return page;
}

void EventEditorDialog::buildForm()
{
    // Left: what, when, where.
    m_languageTabs = new QTabWidget(this);
    m_languageTabs->setObjectName(QStringLiteral("languageTabs"));
    m_languageTabs->addTab(buildTextsTab(&m_titleIt, &m_descriptionIt, QStringLiteral("It")),
                           tr("Italian"));
    m_languageTabs->addTab(buildTextsTab(&m_titleEn, &m_descriptionEn, QStringLiteral("En")),
                           tr("English"));
    m_titleIt->setPlaceholderText(tr("e.g. Laboratorio di robotica per la primaria"));
    m_titleEn->setPlaceholderText(tr("e.g. Robotics lab for primary schools"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindEdit"));
    m_kind->setPlaceholderText(tr("Choose a kind…"));
    for (EventKind kind : EventVocabulary::kinds())
        m_kind->addItem(EventVocabulary::label(kind), int(kind));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    for (EventStatus status : EventVocabulary::statuses())
        m_status->addItem(EventVocabulary::label(status), int(status));

    m_startDate = new QDateEdit(this);
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(LocaleFormat::shortDateFormat());
    m_startTime = new OptionalTimeEdit(this);
    m_startTime->setObjectName(QStringLiteral("startTimeEdit"));
    m_startTime->setCheckText(tr("at"));
    m_endDate = new OptionalDateEdit(this);
    m_endDate->setObjectName(QStringLiteral("endDateEdit"));
    m_endDate->setCheckText(tr("on"));
    m_endTime = new OptionalTimeEdit(this);
    m_endTime->setObjectName(QStringLiteral("endTimeEdit"));
    m_endTime->setCheckText(tr("at"));

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("e.g. Aula magna, Liceo Faro del Carso, Trieste"));
    m_onlineLink = new QLineEdit(this);
    m_onlineLink->setObjectName(QStringLiteral("onlineLinkEdit"));
    m_onlineLink->setPlaceholderText(tr("https://meet.example.org/room"));

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    left->addRow(
        withMessage(m_languageTabs, addMessage(EventField::Title, QStringLiteral("titleMessage"))));
    auto addRow = [this](QFormLayout *form, const QString &text, QWidget *field,
                         QWidget *buddy = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy ? buddy : field);
        form->addRow(label, field);
    };
    addRow(left, tr("&Kind:"),
           withMessage(m_kind, addMessage(EventField::Kind, QStringLiteral("kindMessage"))),
           m_kind);
    addRow(left, tr("Stat&us:"),
           withMessage(m_status, addMessage(EventField::Status, QStringLiteral("statusMessage"))),
           m_status);
    addRow(left, tr("St&art:"),
           withMessage(row({m_startDate, m_startTime}, QStringLiteral("startEdit")),
                       addMessage(EventField::Start, QStringLiteral("startMessage"))),
           m_startDate);
    addRow(left, tr("&End:"),
           withMessage(row({m_endDate, m_endTime}, QStringLiteral("endEdit")),
                       addMessage(EventField::End, QStringLiteral("endMessage"))),
           m_endDate);
    addRow(left, tr("&Location:"), m_location);
    addRow(left, tr("O&nline link:"),
           withMessage(m_onlineLink,
                       addMessage(EventField::OnlineLink, QStringLiteral("onlineLinkMessage"))),
           m_onlineLink);

    // For whom and about what.
    auto *audience = new QWidget(this);
    audience->setObjectName(QStringLiteral("audienceEdit"));
    auto *audienceGrid = new QGridLayout(audience);
    audienceGrid->setContentsMargins(0, 0, 0, 0);
    for (SchoolLevel level : PartnerVocabulary::schoolLevels()) {
        auto *box = new QCheckBox(PartnerVocabulary::label(level), audience);
        box->setObjectName(QStringLiteral("audience_") + PartnerVocabulary::key(level));
        audienceGrid->addWidget(box, int(m_audience.size()) / 2, int(m_audience.size()) % 2);
        m_audience.insert(level, box);
    }
    addRow(left, tr("Audience:"), audience);

    auto *subjects = new QWidget(this);
    subjects->setObjectName(QStringLiteral("subjectsEdit"));
    auto *subjectsGrid = new QGridLayout(subjects);
    subjectsGrid->setContentsMargins(0, 0, 0, 0);
    for (const QString &key : EventVocabulary::subjectKeys()) {
        auto *box = new QCheckBox(EventVocabulary::subjectLabel(key), subjects);
        box->setObjectName(QStringLiteral("subject_") + key);
        subjectsGrid->addWidget(box, int(m_subjects.size()) / 3, int(m_subjects.size()) % 3);
        m_subjects.insert(key, box);
    }
    m_otherSubjects = new QLineEdit(subjects);
    m_otherSubjects->setObjectName(QStringLiteral("otherSubjectsEdit"));
    m_otherSubjects->setPlaceholderText(tr("Other subjects, separated by commas"));
    subjectsGrid->addWidget(m_otherSubjects, subjectsGrid->rowCount(), 0, 1, 4);
    subjectsGrid->setColumnStretch(3, 1);
    addRow(
        left, tr("STEAM subjects:"),
        withMessage(subjects, addMessage(EventField::Subjects, QStringLiteral("subjectsMessage"))),
        subjects);

    // Right: who, with the whole height for the cluster's partners.
    m_partners = new PartnerChooser(this);
    m_partners->setObjectName(QStringLiteral("partnersEdit"));
    auto *partnersTitle = new QLabel(tr("Partners"), this);
    QFont bold = partnersTitle->font();
    bold.setBold(true);
    partnersTitle->setFont(bold);
    auto *right = new QVBoxLayout;
    right->setSpacing(4);
    right->addWidget(partnersTitle);
    right->addWidget(m_partners, 1);
    right->addWidget(addMessage(EventField::Organisers, QStringLiteral("organisersMessage")));
    right->addWidget(addMessage(EventField::Participants, QStringLiteral("participantsMessage")));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addSpacing(12);
    columns->addLayout(right, 4);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_lockBanner = new LockBanner(QStringLiteral("periodLockBanner"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockBanner);
    layout->addLayout(columns, 1);
    layout->addWidget(buildFiguresGroup());
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_titleIt, m_titleEn, m_location, m_onlineLink, m_otherSubjects})
        connect(edit, &QLineEdit::textChanged, this, &EventEditorDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventEditorDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventEditorDialog::statusChanged);
    connect(m_startDate, &QDateEdit::dateChanged, this, &EventEditorDialog::startDateMoved);
    connect(m_startTime, &OptionalDateTimeEdit::changed, this, &EventEditorDialog::startTimeMoved);
    connect(m_endDate, &OptionalDateTimeEdit::turnedOn, this, &EventEditorDialog::endDateTurnedOn);
    connect(m_endTime, &OptionalDateTimeEdit::turnedOn, this, &EventEditorDialog::endTimeTurnedOn);
    connect(m_startDate, &QDateEdit::dateChanged, this, &EventEditorDialog::validate);
    for (OptionalDateTimeEdit *edit :
         std::initializer_list<OptionalDateTimeEdit *>{m_startTime, m_endDate, m_endTime})
        connect(edit, &OptionalDateTimeEdit::changed, this, &EventEditorDialog::validate);
    connect(m_partners, &PartnerChooser::changed, this, &EventEditorDialog::validate);
    for (QCheckBox *box : std::as_const(m_audience))
        connect(box, &QCheckBox::toggled, this, &EventEditorDialog::validate);
    for (QCheckBox *box : std::as_const(m_subjects))
        connect(box, &QCheckBox::toggled, this, &EventEditorDialog::validate);
    connect(m_figures, &FiguresEditor::changed, this, [this] {
        updateFiguresState();
        validate();
    });
    resize(1000, 720);
}

QGroupBox *EventEditorDialog::buildFiguresGroup()
{
    auto *group = new QGroupBox(tr("Participation figures"), this);
    group->setObjectName(QStringLiteral("figuresGroup"));

    // Shown when the user marks the event as held: the moment to record who came.
    m_heldBanner = new QFrame(group);
    m_heldBanner->setObjectName(QStringLiteral("heldBanner"));
    m_heldBanner->setStyleSheet(QStringLiteral(
        "#heldBanner { background: #efeafd; border: 1px solid #b9a6f5; border-radius: 4px; }"));
    auto *bannerText =
        new QLabel(tr("The event is now marked as held. Record how many people took part while you "
                      "remember; a figure you do not know can stay “not recorded”."),
                   m_heldBanner);
    bannerText->setObjectName(QStringLiteral("heldBannerText"));
    bannerText->setWordWrap(true);
    auto *recordNow = new QPushButton(tr("&Record figures now"), m_heldBanner);
    recordNow->setObjectName(QStringLiteral("recordFiguresButton"));
    auto *bannerLayout = new QHBoxLayout(m_heldBanner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(recordNow);
    m_heldBanner->setVisible(false);

    m_figures = new FiguresEditor(3, group);
    m_figures->setObjectName(QStringLiteral("figuresEdit"));
    connect(recordNow, &QPushButton::clicked, m_figures, &FiguresEditor::focusFirst);

    m_clearFigures = new QPushButton(tr("Clear fi&gures"), group);
    m_clearFigures->setObjectName(QStringLiteral("clearFiguresButton"));
    connect(m_clearFigures, &QPushButton::clicked, this,
            [this] { m_figures->setFigures(FiguresEditor::Figures{}); });
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(addMessage(EventField::Figures, QStringLiteral("figuresMessage")), 1);
    messageRow->addWidget(m_clearFigures, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_heldBanner);
    layout->addWidget(m_figures);
    layout->addLayout(messageRow);
    return group;
}

void EventEditorDialog::startDateMoved(QDate date)
{
    if (m_loading)
        return;
    if (m_endDate->isSet() && m_shownStartDate.isValid())
        m_endDate->setDate(m_endDate->date().addDays(m_shownStartDate.daysTo(date)));
    m_shownStartDate = date;
}

void EventEditorDialog::startTimeMoved()
{
    if (m_loading)
        return;
    const QTime start = m_startTime->time();
    const bool sameDay = !m_endDate->isSet() || m_endDate->date() == m_startDate->date();
    if (sameDay && start.isValid() && m_shownStartTime.isValid() && m_endTime->time().isValid()) {
        const QTime end = m_endTime->time().addSecs(m_shownStartTime.secsTo(start));
        // Past midnight the end cannot follow on the same day: it stays for the user to set.
        if (end > start)
            m_endTime->setTime(end);
    }
    m_shownStartTime = start;
}

void EventEditorDialog::endDateTurnedOn()
{
    // The editor's own default (today) means nothing for this event; its start day does.
    m_endDate->setDate(m_startDate->date());
}

void EventEditorDialog::endTimeTurnedOn()
{
    const QTime start = m_startTime->time();
    const bool sameDay = !m_endDate->isSet() || m_endDate->date() == m_startDate->date();
    if (start.isValid() && sameDay && m_endTime->time() <= start)
        m_endTime->setTime(start.hour() < 23 ? start.addSecs(60 * 60) : QTime(23, 59));
}

void EventEditorDialog::load(const Event &event)
{
    m_loading = true;
    m_titleIt->setText(event.titleIt);
    m_titleEn->setText(event.titleEn);
    m_descriptionIt->setPlainText(event.descriptionIt);
    m_descriptionEn->setPlainText(event.descriptionEn);
    // Open on the language the user works in, unless only the other one has a title.
    bool italian = Translations::current() == QLatin1String("it");
    if ((italian ? event.titleIt : event.titleEn).isEmpty() &&
        !(italian ? event.titleEn : event.titleIt).isEmpty())
        italian = !italian;
    m_languageTabs->setCurrentIndex(italian ? 0 : 1);
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    {
        // Loading is not the user changing the status: no banner, no question.
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(m_status->findData(int(event.status)));
    }
    m_shownStatus = event.status;
    m_startDate->setDate(event.startDate.isValid() ? event.startDate : Clock::today());
    m_startTime->setTime(event.startTime);
    m_endDate->setDate(event.endDate);
    m_endTime->setTime(event.endTime);
    m_location->setText(event.location);
    m_onlineLink->setText(event.onlineLink);
    m_partners->setChosen(event.organiserIds, event.participantIds);
    for (auto it = m_audience.cbegin(); it != m_audience.cend(); ++it)
        it.value()->setChecked(event.audience.contains(it.key()));
    QStringList others;
    for (const QString &subject : event.subjects) {
        if (QCheckBox *box = m_subjects.value(subject))
            box->setChecked(true);
        else
            others.append(subject);
    }
    m_otherSubjects->setText(others.join(QStringLiteral(", ")));
    m_figures->setFigures(event.figures);
    updateFiguresState();
    m_shownStartDate = m_startDate->date();
    m_shownStartTime = m_startTime->time();
    m_loading = false;
}

Event EventEditorDialog::event() const
{
    Event event = m_original;
    event.titleIt = m_titleIt->text().trimmed();
    event.titleEn = m_titleEn->text().trimmed();
    event.descriptionIt = m_descriptionIt->toPlainText().trimmed();
    event.descriptionEn = m_descriptionEn->toPlainText().trimmed();
    if (m_kind->currentIndex() >= 0)
        event.kind = EventKind(m_kind->currentData().toInt());
    event.status = EventStatus(m_status->currentData().toInt());
    event.startDate = m_startDate->date();
    event.startTime = m_startTime->time();
    event.endDate = m_endDate->date();
    event.endTime = m_endTime->time();
    event.location = m_location->text().trimmed();
    const QString link = PartnerValidator::normalizedWebsite(m_onlineLink->text());
    event.onlineLink = link.isEmpty() ? m_onlineLink->text().trimmed() : link;
    event.organiserIds = m_partners->organiserIds();
    event.participantIds = m_partners->participantIds();
    event.audience.clear();
    for (SchoolLevel level : PartnerVocabulary::schoolLevels()) {
        if (m_audience.value(level)->isChecked())
            event.audience.append(level);
    }
    event.subjects.clear();
    for (const QString &key : EventVocabulary::subjectKeys()) {
        if (m_subjects.value(key)->isChecked())
            event.subjects.append(key);
    }
    for (const QString &subject : m_otherSubjects->text().split(QLatin1Char(','))) {
        const QString clean = subject.trimmed();
        if (!clean.isEmpty() && !event.subjects.contains(clean))
            event.subjects.append(clean);
    }
    event.figures = m_figures->figures();
    return event;
}

void EventEditorDialog::statusChanged()
{
    const auto status = EventStatus(m_status->currentData().toInt());
    if (m_shownStatus == EventStatus::Held && status != EventStatus::Held &&
        m_figures->hasFigures() &&
        Prompts::confirm()(this, tr("Clear the participation figures?"),
                           tr("Participation figures are recorded only for held events. Clear "
                              "the figures of this event? If you keep them, the event cannot be "
                              "saved until it is marked as held again.")))
        m_figures->setFigures(FiguresEditor::Figures{});
    m_heldBanner->setVisible(status == EventStatus::Held && !m_figures->hasFigures());
    m_shownStatus = status;
    updateFiguresState();
    validate();
}

void EventEditorDialog::updateFiguresState()
{
    const bool held = EventStatus(m_status->currentData().toInt()) == EventStatus::Held;
    m_figures->setEnabled(held);
    m_clearFigures->setVisible(!held && m_figures->hasFigures());
    if (m_figures->hasFigures())
        m_heldBanner->setVisible(false); // the invitation has been taken up
}

void EventEditorDialog::setPeriodLock(const PeriodLock &lock)
{
    m_lock = lock;
    validate();
}

void EventEditorDialog::validate()
{
    m_issues = EventValidator::validate(event());
    if (m_kind->currentIndex() < 0)
        m_issues.append({EventField::Kind, EventIssue::Severity::Error, tr("Choose a kind."), -1});
    // The banner already says so, more kindly.
    if (m_heldBanner->isVisibleTo(this))
        m_issues.removeIf([](const EventIssue &issue) {
            return issue.field == EventField::Figures && !issue.isError();
        });
    FieldMessages::show(m_messages, m_issues);

    // Said while the user can still take the change back, not after Save has closed the editor.
    const std::optional<Event> before =
        m_purpose == Purpose::Edit ? std::optional<Event>(m_original) : std::nullopt;
    const QString refusal = m_lock.refusal(before, event());
    m_lockBanner->setMessage(
        refusal.isEmpty() || !before
            ? refusal
            : refusal + QLatin1Char(' ') +
                  tr("Changes that leave its kind, status, start date and figures as they were "
                     "can still be saved."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!EventValidator::hasErrors(m_issues) && refusal.isEmpty());
}
