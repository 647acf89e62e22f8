#pragma once

#include <QObject>

class QWidget;
class Workspace;

// Writing the periodic report, from the Reports menu or the dashboard's toolbar: asks for the
// scope, language and file, writes the PDF in the language chosen, and gives the window its own
// language back.
class ReportFlow : public QObject
{
    Q_OBJECT

public:
    // parent: where the dialogs open.
    ReportFlow(Workspace *workspace, QWidget *parent);

    void write();

Q_SIGNALS:
    // As Section::statusMessage: shown for timeout ms (0: until the next), empty clears it.
    void statusMessage(const QString &message, int timeout);

private:
    void showError(const QString &title, const QString &message);

    Workspace *m_workspace;
    QWidget *m_parent;
};
