#include "views/widgets/OptionalDateEdit.h"

#include "models/common/Clock.h"
#include "models/common/LocaleFormat.h"

#include <QDateEdit>

namespace {

QDateEdit *makeDateEdit()
{
    auto *edit = new QDateEdit;
    edit->setObjectName(QStringLiteral("date"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(LocaleFormat::shortDateFormat());
    edit->setDate(Clock::today());
    return edit;
}

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : OptionalDateTimeEdit(makeDateEdit(), parent)
{
}

QDate OptionalDateEdit::date() const
{
    return isSet() ? editor()->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    {
        const QSignalBlocker blocker(editor());
        setSetQuietly(date.isValid());
        if (date.isValid())
            editor()->setDate(date);
    }
    Q_EMIT changed();
}
