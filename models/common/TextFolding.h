#pragma once

#include <QString>

// Text the way a person compares it: case and accents ignored, runs of white space as one space,
// so "Università  di Trieste" matches "universita di trieste".
namespace TextFolding {
QString fold(const QString &text);
} // namespace TextFolding
