#pragma once

#include "models/partners/Partner.h"
#include "models/storage/RecordChangeCommand.h"

#include <memory>

// Undoable edits of the partner register, with their texts for the Edit menu.
class PartnerChangeCommand : public RecordChangeCommand<Partner>
{
public:
    using RecordChangeCommand<Partner>::RecordChangeCommand;

    static std::unique_ptr<PartnerChangeCommand>
    add(RecordStore<Partner> *store, const QList<Partner> &partners, DescribeStep text);
    static std::unique_ptr<PartnerChangeCommand> edit(RecordStore<Partner> *store,
                                                      const Partner &before, const Partner &after);
    static std::unique_ptr<PartnerChangeCommand> remove(RecordStore<Partner> *store,
                                                        const QList<Partner> &partners);
};
