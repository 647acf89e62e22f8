#include "models/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Translations::supported()
{
    return {QStringLiteral("en"), QStringLiteral("it")};
}

QString Translations::resolve(const QString &code)
{
    if (supported().contains(code))
        return code;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supported().contains(system) ? system : QStringLiteral("en");
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::install(const QString &code)
{
    Installed &state = installed();
    const QString language = resolve(code);
    for (auto *translator : {state.own.get(), state.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.own = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    if (state.own->load(QStringLiteral(":/i18n/lecdesk_") + language))
        QCoreApplication::installTranslator(state.own.get());
    if (state.qt->load(QStringLiteral("qtbase_") + language,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    state.language = language;
    // Dates and numbers follow the chosen language.
    QLocale::setDefault(
        QLocale(language == QLatin1String("it") ? QLocale::Italian : QLocale::English,
                language == QLatin1String("it") ? QLocale::Italy : QLocale::UnitedKingdom));
    return language;
}
