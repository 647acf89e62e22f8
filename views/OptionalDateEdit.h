#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

// A date that may be left empty: a check box turns the date on, as for "left on", which stays
// empty while a partner is a member.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const; // null when unchecked
    void setDate(QDate date);
    void setCheckText(const QString &text);

Q_SIGNALS:
    void dateChanged();

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};
