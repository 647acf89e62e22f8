#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A bar across the window that says what cannot be read from the database (a damaged or locked
// file) while the lists keep what they read last, with a button to try again. Hidden while
// everything can be read.
class ReadProblemBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReadProblemBar(QWidget *parent = nullptr);

    // Empty hides the bar; a new problem is announced to assistive technology.
    void setProblem(const QString &problem);
    QString problem() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QPushButton *m_retry;
    QString m_problem;
};
