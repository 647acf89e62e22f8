#pragma once

// Helpers for the tests that drive the real widgets: header-only, so that only the tests of the
// views layer need QtWidgets.

#include <QApplication>
#include <QDialog>
#include <QString>
#include <QTimer>

#include <functional>

namespace DialogTestSupport {

// Runs once the next modal dialog with this object name is open, then lets the test go on.
inline void whenDialogOpens(const QString &objectName, std::function<void(QDialog *)> handle)
{
    QTimer::singleShot(0, [objectName, handle] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (dialog && dialog->objectName() == objectName && dialog->isVisible()) {
                handle(dialog);
                return;
            }
        }
        whenDialogOpens(objectName, handle); // not open yet: look again on the next turn
    });
}

// The child with this object name; a test that names a missing widget stops at once.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

} // namespace DialogTestSupport
