#include "OptionalDateEdit.h"

#include "LocaleFormat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateEdit(this))
{
    m_check->setObjectName(QStringLiteral("check"));
    m_edit->setObjectName(QStringLiteral("date"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(LocaleFormat::shortDateFormat());
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
    setFocusProxy(m_check);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
    Q_EMIT dateChanged();
}

void OptionalDateEdit::setCheckText(const QString &text)
{
    m_check->setText(text);
}
