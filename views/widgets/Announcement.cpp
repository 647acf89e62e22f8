#include "views/widgets/Announcement.h"

#include <QAccessible>
#include <QWidget>

void Announcement::alert(QWidget *widget)
{
    if (!widget || !QAccessible::isActive())
        return;
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}
