#include "models/periods/ReportingPeriod.h"

#include <QUuid>

void ReportingPeriod::assignMissingIds()
{
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
}
