#pragma once

#include "models/partners/Partner.h"
#include "models/storage/RecordChangeCommand.h"

// Undoable edits of the partner register, with their texts for the Edit menu.
class PartnerChangeCommand : public RecordChangeCommand<Partner>
{
public:
    using RecordChangeCommand<Partner>::RecordChangeCommand;

    static PartnerChangeCommand *add(RecordStore<Partner> *store, const QList<Partner> &partners,
                                     const QString &text);
    static PartnerChangeCommand *edit(RecordStore<Partner> *store, const Partner &before,
                                      const Partner &after);
    static PartnerChangeCommand *remove(RecordStore<Partner> *store,
                                        const QList<Partner> &partners);
};
