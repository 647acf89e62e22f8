#include "views/widgets/LockBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

LockBanner::LockBanner(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(objectName);
    setStyleSheet(QStringLiteral("#%1 { background: #fff4e0; border: 1px solid #e8b659;"
                                 " border-radius: 4px; }")
                      .arg(objectName));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(QSize(24, 24)));
    icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void LockBanner::setMessage(const QString &message)
{
    m_text->setText(message);
    setVisible(!message.isEmpty());
}

QString LockBanner::message() const
{
    return m_text->text();
}
