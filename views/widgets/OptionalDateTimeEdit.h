#pragma once

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

// A date or a time that may be left empty: a check box turns the value on, as for "left on",
// which stays empty while a partner is a member, or the time of an all-day event.
class OptionalDateTimeEdit : public QWidget
{
    Q_OBJECT

public:
    bool isSet() const;
    void setCheckText(const QString &text);

Q_SIGNALS:
    void changed();
    // The user ticked the check box (before changed()): the editor may suggest a better value.
    void turnedOn();

protected:
    // Takes ownership of the editor, which shows the value once the check box is on.
    OptionalDateTimeEdit(QDateTimeEdit *editor, QWidget *parent);
    QDateTimeEdit *editor() const { return m_edit; }
    // Turns the value on or off without emitting changed(); the caller emits once it is done.
    void setSetQuietly(bool on);

private:
    QCheckBox *m_check;
    QDateTimeEdit *m_edit;
};
