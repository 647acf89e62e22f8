#pragma once

#include <QString>

#include <functional>

class QWidget;

// The questions the window asks the user through modal dialogs. Tests replace these functions to
// answer in advance, so no test blocks on a message box or a file dialog.
namespace Prompts {

using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
using Inform = std::function<void(QWidget *parent, const QString &title, const QString &text)>;
using ChooseFile = std::function<QString(QWidget *parent, const QString &title,
                                         const QString &folder, const QString &filter)>;

Confirm &confirm();
Inform &error();
ChooseFile &openFile();
ChooseFile &saveFile();

// The folder the last file was chosen in (Documents at first), and how it is remembered.
QString lastFolder();
void rememberFolderOf(const QString &path);
// The file dialogs through openFile() and saveFile(), starting in the folder used last by any
// import or export and remembering the one chosen. Empty when the user cancels.
QString chooseFileToRead(QWidget *parent, const QString &title, const QString &filter);
QString chooseFileToWrite(QWidget *parent, const QString &title, const QString &suggestedName,
                          const QString &filter);

} // namespace Prompts
