#include "views/shell/ReadProblemBar.h"

#include "views/widgets/Announcement.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ReadProblemBar::ReadProblemBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("readProblemBar"));
    // Dark red on pale red: 7.9:1, readable in both the light and the high-contrast themes.
    setStyleSheet(QStringLiteral("#readProblemBar { background: #fdecea; border-bottom: 1px solid"
                                 " #e0a49d; } #readProblemText { color: #7a1212; }"));
    m_text->setObjectName(QStringLiteral("readProblemText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryReadButton"));
    connect(m_retry, &QPushButton::clicked, this, &ReadProblemBar::retryRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    retranslate();
    setVisible(false);
}

void ReadProblemBar::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    retranslate();
    setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        Announcement::alert(m_text);
}

QString ReadProblemBar::problem() const
{
    return m_problem;
}

void ReadProblemBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ReadProblemBar::retranslate()
{
    m_text->setText(m_problem.isEmpty()
                        ? QString()
                        : m_problem + QLatin1Char('\n') +
                              tr("The lists show what was read last; nothing has been lost."));
    m_retry->setText(tr("Try a&gain"));
    m_retry->setToolTip(tr("Read the database again"));
    m_retry->setAccessibleName(tr("Try reading the database again"));
    // The label's name is its text, the problem itself, which the alert makes a screen reader
    // speak; the description says what kind of message it is.
    m_text->setAccessibleDescription(tr("Database problem"));
}
