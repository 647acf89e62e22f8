#pragma once

#include "Event.h"
#include "FiguresEditor.h"

#include <QDialog>

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

    FiguresEditor::Figures figures() const;

private:
    void validate();

    Event m_event;
    FiguresEditor *m_figures;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
