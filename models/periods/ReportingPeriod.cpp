#include "models/periods/ReportingPeriod.h"

#include "models/common/Ids.h"

void ReportingPeriod::assignMissingIds()
{
    if (id.isEmpty())
        id = Ids::newId();
}
