#pragma once

// Helpers for the tests that drive the real widgets: header-only, so that only the tests of the
// views layer need QtWidgets.

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QString>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <functional>
#include <source_location>

namespace DialogTestSupport {

namespace Detail {

// Closes every modal window, so that the exec() the test waits in returns.
inline void rejectModalWindows()
{
    for (int i = 0; i < 16; ++i) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

inline void lookForDialog(const QString &objectName, const std::function<void(QDialog *)> &handle,
                          const QDeadlineTimer &deadline, std::chrono::milliseconds timeout,
                          const std::source_location &caller, const QByteArray &testFunction)
{
    QTimer::singleShot(0, [objectName, handle, deadline, timeout, caller, testFunction] {
        // The test that waited has ended (it returned early): its handler may refer to what is
        // gone, and a failure now would be charged to another test.
        if (testFunction != QTest::currentTestFunction())
            return;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (dialog && dialog->objectName() == objectName && dialog->isVisible()) {
                const QPointer<QDialog> open(dialog);
                handle(dialog);
                // A check in the handler failed and left the dialog open: end it, so that the
                // test stops at once with that failure rather than waiting for CTest's timeout.
                if (QTest::currentTestFailed() && open && open->isVisible())
                    open->reject();
                return;
            }
        }
        if (deadline.hasExpired()) {
            const QByteArray message = "The dialog \"" + objectName.toUtf8() +
                                       "\" did not open within " +
                                       QByteArray::number(qint64(timeout.count())) +
                                       " ms of the whenDialogOpens() at this line";
            QTest::qFail(message.constData(), caller.file_name(), int(caller.line()));
            rejectModalWindows();
            return;
        }
        // Not open yet: look again on the next turn.
        lookForDialog(objectName, handle, deadline, timeout, caller, testFunction);
    });
}

} // namespace Detail

// Runs once the next modal dialog with this object name is open, then lets the test go on.
// Looks for it on every turn of the event loop; when it has not opened within the timeout, the
// test fails at once with the dialog's name and the line that waited for it, and whatever modal
// window is open instead is rejected so that the exec() the test waits in returns.
inline void whenDialogOpens(const QString &objectName, std::function<void(QDialog *)> handle,
                            std::chrono::milliseconds timeout = std::chrono::seconds(10),
                            const std::source_location caller = std::source_location::current())
{
    Detail::lookForDialog(objectName, handle, QDeadlineTimer(timeout), timeout, caller,
                          QByteArray(QTest::currentTestFunction()));
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
