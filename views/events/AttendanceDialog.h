#pragma once

#include "models/events/Event.h"
#include "models/periods/PeriodLock.h"
#include "views/events/FiguresEditor.h"

#include <QDialog>

class LockBanner;
class QDialogButtonBox;
class QLabel;

// The quick way to record who took part in an event: the six figures and their total, saved
// together with the event's new status, held.
class AttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AttendanceDialog(const Event &event, QWidget *parent = nullptr);
    ~AttendanceDialog() override;

    // The locked reporting periods: attendance they would refuse is explained and cannot be
    // saved.
    void setPeriodLock(const PeriodLock &lock);

    FiguresEditor::Figures figures() const;

private:
    void validate();

    Event m_event;
    PeriodLock m_lock;
    LockBanner *m_lockBanner;
    FiguresEditor *m_figures;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
