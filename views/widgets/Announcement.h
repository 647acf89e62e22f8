#pragma once

class QWidget;

namespace Announcement {
// Tells assistive technology that the widget now shows an error or a warning, so that a screen
// reader speaks it without the user moving there (an alert, as ARIA's role="alert").
void alert(QWidget *widget);
} // namespace Announcement
