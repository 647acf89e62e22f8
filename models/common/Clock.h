#pragma once

#include <QDate>

// The day the app takes as today. Normally the system's; the environment variable LECDESK_TODAY
// (YYYY-MM-DD) sets another, so that a demonstration or a test sees the same calendar on any day
// (docs/cli.md). Everything that asks "what is today" asks here, never QDate::currentDate().
namespace Clock {
QDate today();
// The day LECDESK_TODAY names, or an invalid date when it is unset; *problem says why a value
// that is set cannot be used (it is then ignored).
QDate overriddenToday(QString *problem = nullptr);
// Writes to standard error why LECDESK_TODAY is ignored, if it is set and is no date.
void warnIfOverrideIgnored();
} // namespace Clock
