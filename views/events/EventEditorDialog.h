#pragma once

#include "models/events/Event.h"
#include "models/events/EventValidator.h"
#include "models/periods/PeriodLock.h"
#include "views/partners/PartnerChooser.h"

#include <QDialog>
#include <QHash>

class FiguresEditor;
class LockBanner;
class OptionalDateEdit;
class OptionalTimeEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// Adds or edits one event: titles and descriptions in both languages, kind, status, when and
// where, partners, audience, subjects and, once held, the participation figures. Problems are
// shown next to the field as the user types; Save stays disabled while any error remains.
class EventEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Add, Edit, Duplicate };

    // partners: the cluster's partners to choose from.
    EventEditorDialog(const Event &event, const QList<PartnerChooser::Entry> &partners,
                      Purpose purpose, QWidget *parent = nullptr);
    ~EventEditorDialog() override;

    // The locked reporting periods: an edit they would refuse is explained in a banner and
    // cannot be saved.
    void setPeriodLock(const PeriodLock &lock);

    Event event() const; // the edited event, as it will be saved
    QList<EventIssue> issues() const { return m_issues; }

private:
    void buildForm();
    QWidget *buildTextsTab(QLineEdit **title, QPlainTextEdit **description,
                           const QString &language);
    QGroupBox *buildFiguresGroup();
    void load(const Event &event);
    void statusChanged();
    // The end keeps the event's duration when the start moves, and starts after the start when
    // the user turns it on.
    void startDateMoved(QDate date);
    void startTimeMoved();
    void endDateTurnedOn();
    void endTimeTurnedOn();
    void updateFiguresState();
    void validate();
    QLabel *addMessage(EventField field, const QString &objectName);

    Event m_original;
    Purpose m_purpose;
    PeriodLock m_lock;
    EventStatus m_shownStatus = EventStatus::Planned; // the status before the latest change
    bool m_loading = false;
    QDate m_shownStartDate; // the start before the latest change, which the end follows
    QTime m_shownStartTime;
    QList<EventIssue> m_issues;

    QTabWidget *m_languageTabs = nullptr;
    QLineEdit *m_titleIt = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QPlainTextEdit *m_descriptionIt = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_startDate = nullptr;
    OptionalTimeEdit *m_startTime = nullptr;
    OptionalDateEdit *m_endDate = nullptr;
    OptionalTimeEdit *m_endTime = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_onlineLink = nullptr;
    PartnerChooser *m_partners = nullptr;
    LockBanner *m_lockBanner = nullptr;
    QHash<SchoolLevel, QCheckBox *> m_audience;
    QHash<QString, QCheckBox *> m_subjects; // known subject key → box
    QLineEdit *m_otherSubjects = nullptr;
    QFrame *m_heldBanner = nullptr;
    FiguresEditor *m_figures = nullptr;
    QPushButton *m_clearFigures = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<EventField, QLabel *> m_messages;
};
