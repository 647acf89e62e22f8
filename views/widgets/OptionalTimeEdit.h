#pragma once

#include "views/widgets/OptionalDateTimeEdit.h"

#include <QTime>

// A time of day that may be left empty, as for an event that lasts the whole day.
class OptionalTimeEdit : public OptionalDateTimeEdit
{
    Q_OBJECT

public:
    explicit OptionalTimeEdit(QWidget *parent = nullptr);

    QTime time() const; // null when unchecked
    void setTime(QTime time);
};
