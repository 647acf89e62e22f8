#include "models/common/LocaleFormat.h"

#include <QLocale>
#include <QRegularExpression>

QString LocaleFormat::shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return format;
}

QString LocaleFormat::shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, shortDateFormat()) : QString();
}
