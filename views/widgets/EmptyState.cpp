#include "views/widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    // A word-wrapped label centred in a layout gets no width of its own; give it one.
    m_text->setFixedWidth(480);
    m_buttons->addStretch();
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(m_buttons);
    layout->addStretch();
}

QPushButton *EmptyState::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, button); // before the closing stretch
    return button;
}

void EmptyState::setTexts(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
    // A layout that centres a word-wrapped label does not ask it for its height.
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
}
