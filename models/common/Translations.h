#pragma once

#include <QString>
#include <QStringList>

// Installs the application's translators (LEC Desk's own catalogue and Qt's) for a language.
// Replaces the translators installed before, so switching language at run time works: every
// widget then receives QEvent::LanguageChange.
class Translations
{
public:
    // code: "en", "it", or empty for the system language (falling back to English).
    // Returns the language actually in use ("en" or "it").
    static QString install(const QString &code);
    static QString current();
    static QStringList supported(); // {"en", "it"}
    // The language a code resolves to: "" → the system language if supported, else "en".
    static QString resolve(const QString &code);
};
