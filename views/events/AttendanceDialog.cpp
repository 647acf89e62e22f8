#include "views/events/AttendanceDialog.h"

#include "models/events/EventTableModel.h"
#include "models/events/EventValidator.h"
#include "views/widgets/FieldMessages.h"
#include "views/widgets/LockBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("attendanceDialog/geometry");

} // namespace

AttendanceDialog::AttendanceDialog(const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_lockBanner(new LockBanner(QStringLiteral("periodLockBanner"), this))
    , m_figures(new FiguresEditor(2, this))
    , m_message(FieldMessages::createLabel(this, QStringLiteral("figuresMessage")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("attendanceDialog"));
    // Figures recorded already are corrected here too (late registers, a miscount).
    setWindowTitle(event.hasFigures() ? tr("Correct attendance") : tr("Record attendance"));

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("attendanceEvent"));
    heading->setWordWrap(true);
    QString place = event.location;
    if (place.isEmpty() && !event.onlineLink.isEmpty())
        place = tr("Online");
    const QString when = place.isEmpty()
                             ? EventTableModel::whenText(event)
                             : EventTableModel::whenText(event) + QStringLiteral(" · ") + place;
    heading->setText(QStringLiteral("<b>%1</b><br>%2")
                         .arg(event.displayTitle().toHtmlEscaped(), when.toHtmlEscaped()));
    auto *explanation =
        new QLabel(tr("How many people took part? Leave a figure as “not recorded” if you do not "
                      "know it; 0 means nobody came. Saving marks the event as held."),
                   this);
    explanation->setWordWrap(true);

    m_figures->setObjectName(QStringLiteral("figuresEdit"));
    m_figures->setFigures(event.figures);
    connect(m_figures, &FiguresEditor::changed, this, &AttendanceDialog::validate);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockBanner);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addWidget(m_figures);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    validate();
    resize(520, sizeHint().height());
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    m_figures->focusFirst();
}

AttendanceDialog::~AttendanceDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

FiguresEditor::Figures AttendanceDialog::figures() const
{
    return m_figures->figures();
}

void AttendanceDialog::setPeriodLock(const PeriodLock &lock)
{
    m_lock = lock;
    validate();
}

void AttendanceDialog::validate()
{
    Event held = m_event;
    held.status = EventStatus::Held;
    held.figures = m_figures->figures();
    QList<EventIssue> issues;
    for (const EventIssue &issue : EventValidator::validate(held)) {
        if (issue.field == EventField::Figures)
            issues.append(issue);
    }
    FieldMessages::show(QHash<EventField, QLabel *>{{EventField::Figures, m_message}}, issues);
    const QString refusal = m_lock.refusal(m_event, held);
    m_lockBanner->setMessage(refusal);
    // Saving nothing would only flip the status; the editor is the place for that.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_figures->hasFigures() && !EventValidator::hasErrors(issues) &&
                     refusal.isEmpty());
}
