#include "views/widgets/Prompts.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString folderKey = QStringLiteral("partners/lastFolder");

QString remembered(const QString &path)
{
    Prompts::rememberFolderOf(path);
    return path;
}

} // namespace

namespace Prompts {

QString lastFolder()
{
    return QSettings()
        .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolderOf(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

Confirm &confirm()
{
    static Confirm function = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    return function;
}

Inform &error()
{
    static Inform function = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return function;
}

ChooseFile &openFile()
{
    static ChooseFile function = [](QWidget *parent, const QString &title, const QString &folder,
                                    const QString &filter) {
        return QFileDialog::getOpenFileName(parent, title, folder, filter);
    };
    return function;
}

ChooseFile &saveFile()
{
    static ChooseFile function = [](QWidget *parent, const QString &title, const QString &folder,
                                    const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, folder, filter);
    };
    return function;
}

QString chooseFileToRead(QWidget *parent, const QString &title, const QString &filter)
{
    return remembered(openFile()(parent, title, lastFolder(), filter));
}

QString chooseFileToWrite(QWidget *parent, const QString &title, const QString &suggestedName,
                          const QString &filter)
{
    return remembered(
        saveFile()(parent, title, QDir(lastFolder()).filePath(suggestedName), filter));
}

} // namespace Prompts
