#include "views/widgets/OptionalTimeEdit.h"

#include <QTimeEdit>

namespace {

QTimeEdit *makeTimeEdit()
{
    auto *edit = new QTimeEdit;
    edit->setObjectName(QStringLiteral("time"));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setTime(QTime(9, 0)); // what a school day starts with, once the time is turned on
    return edit;
}

} // namespace

OptionalTimeEdit::OptionalTimeEdit(QWidget *parent)
    : OptionalDateTimeEdit(makeTimeEdit(), parent)
{
}

QTime OptionalTimeEdit::time() const
{
    return isSet() ? editor()->time() : QTime();
}

void OptionalTimeEdit::setTime(QTime time)
{
    {
        const QSignalBlocker blocker(editor());
        setSetQuietly(time.isValid());
        if (time.isValid())
            editor()->setTime(time);
    }
    Q_EMIT changed();
}
