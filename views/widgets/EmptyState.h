#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What a section shows when it has nothing to list: a title, a sentence that says what to do, and
// the buttons that do it, centred.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }
    QLabel *textLabel() const { return m_text; }
    QPushButton *addButton(const QString &objectName);
    void setTexts(const QString &title, const QString &text);

private:
    QLabel *m_title;
    QLabel *m_text;
    class QHBoxLayout *m_buttons;
};
