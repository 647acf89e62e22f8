#include "Prompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Prompts {

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

} // namespace Prompts
