#pragma once

#include "models/common/Validation.h"

#include <QHash>
#include <QLabel>
#include <QStringList>

// The messages an editor shows under its fields as the user types: errors in red, warnings in
// amber, the label hidden while the field is fine.
namespace FieldMessages {

// An empty, hidden, word-wrapped label for one field's messages. Hidden, it keeps a line of
// room, so that the fields below do not move under the mouse as messages come and go.
inline QLabel *createLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    label->setVisible(false);
    return label;
}

// Shows each field's issues in its label; errors win over warnings.
template<typename Field>
void show(const QHash<Field, QLabel *> &labels, const QList<FieldIssue<Field>> &issues)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QStringList errors;
        QStringList warnings;
        for (const FieldIssue<Field> &issue : issues) {
            if (issue.field == it.key() &&
                !(issue.isError() ? errors : warnings).contains(issue.message))
                (issue.isError() ? errors : warnings).append(issue.message);
        }
        QLabel *label = it.value();
        const bool isError = !errors.isEmpty();
        label->setText((isError ? errors : warnings).join(QLatin1Char('\n')));
        label->setStyleSheet(isError ? QStringLiteral("color: #b3261e;")
                                     : QStringLiteral("color: #8a5a00;"));
        label->setVisible(!label->text().isEmpty());
    }
}

} // namespace FieldMessages
