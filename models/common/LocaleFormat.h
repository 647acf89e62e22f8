#pragma once

#include <QDate>
#include <QString>

// Dates as the chosen language writes them, always with a four-digit year: Italian's short
// format is "dd/MM/yy", and "24/05/21" is ambiguous in a register that spans decades.
namespace LocaleFormat {
QString shortDateFormat();
QString shortDate(QDate date); // empty for a null date
} // namespace LocaleFormat
