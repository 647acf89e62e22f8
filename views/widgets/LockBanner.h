#pragma once

#include <QFrame>

class QLabel;

// A notice across an editor that says why what it shows cannot be saved as it stands: a locked
// reporting period. Hidden while there is nothing to say.
class LockBanner : public QFrame
{
    Q_OBJECT

public:
    // objectName names the banner; its text label is objectName + "Text".
    LockBanner(const QString &objectName, QWidget *parent = nullptr);

    void setMessage(const QString &message); // empty hides the banner
    QString message() const;

private:
    QLabel *m_text;
};
