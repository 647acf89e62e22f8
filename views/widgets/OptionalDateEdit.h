#pragma once

#include "views/widgets/OptionalDateTimeEdit.h"

#include <QDate>

// A date that may be left empty.
class OptionalDateEdit : public OptionalDateTimeEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const; // null when unchecked
    void setDate(QDate date);
};
