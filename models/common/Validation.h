#pragma once

#include <QList>
#include <QString>

#include <algorithm>

// A problem found by a validator, attached to the field it concerns so that an editor can show
// the message next to that field and an import can name the column.
template<typename Field>
struct FieldIssue
{
    enum class Severity { Error, Warning };

    Field field;
    Severity severity;
    QString message; // translated, ready to show next to the field
    int row = -1;    // for list fields (contact persons, figures): which entry

    bool isError() const { return severity == Severity::Error; }
};

template<typename Field>
bool hasErrors(const QList<FieldIssue<Field>> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const FieldIssue<Field> &issue) { return issue.isError(); });
}
