#include "views/widgets/OptionalDateTimeEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

OptionalDateTimeEdit::OptionalDateTimeEdit(QDateTimeEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(editor)
{
    m_edit->setParent(this);
    m_check->setObjectName(QStringLiteral("check"));
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (on)
            Q_EMIT turnedOn();
        Q_EMIT changed();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateTimeEdit::changed);
    setFocusProxy(m_check);
}

bool OptionalDateTimeEdit::isSet() const
{
    return m_check->isChecked();
}

void OptionalDateTimeEdit::setCheckText(const QString &text)
{
    m_check->setText(text);
}

void OptionalDateTimeEdit::setSetQuietly(bool on)
{
    const QSignalBlocker blocker(m_check);
    m_check->setChecked(on);
    m_edit->setEnabled(on);
}
