#pragma once

#include "models/events/Event.h"
#include "models/partners/Partner.h"

#include <QList>

// A year of fictional events of a demo cluster (October 2021 to September 2022, the second
// reporting period of PHERECLOS, plus a few planned for the following term), organised by and
// involving its partners, with realistic participation figures. Deterministic: the same partners
// always give the same events.
namespace DemoEvents {
QList<Event> generate(const QString &clusterId, const QList<Partner> &partners);
} // namespace DemoEvents
