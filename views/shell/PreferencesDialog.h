#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Application preferences. The language applies as soon as OK is pressed, without a restart.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // language: "" (system), "en" or "it"
    explicit PreferencesDialog(const QString &language, QWidget *parent = nullptr);

    QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_language;
    QLabel *m_languageLabel;
};
