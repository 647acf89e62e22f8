#pragma once

#include <QIcon>

// The application's icons (resources/icons/NAME.svg), for the window's and the sections' actions.
namespace Icons {

QIcon named(const char *name);
// A section's icon in the navigation: the style would tint the current row's icon into the
// highlight; this one keeps its drawn colours.
QIcon keepingColours(const char *name);

} // namespace Icons
