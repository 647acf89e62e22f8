#pragma once

#include "models/events/Event.h"
#include "models/partners/Partner.h"

#include <QList>

// The fictional events of a demo cluster, relative to today: the last school year and this one up
// to yesterday (held, a few cancelled, most with participation figures, the most recent ones often
// still waiting for them) and the next four months (planned and confirmed), organised by and
// involving its partners. Deterministic: the same partners and the same day give the same events.
namespace DemoEvents {
// 1 September of the school year that day belongs to.
QDate schoolYearStart(QDate day);
QList<Event> generate(const QString &clusterId, const QList<Partner> &partners, QDate today);
} // namespace DemoEvents
