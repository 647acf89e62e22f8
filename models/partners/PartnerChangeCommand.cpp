#include "models/partners/PartnerChangeCommand.h"

#include <QCoreApplication>

PartnerChangeCommand *PartnerChangeCommand::add(RecordStore<Partner> *store,
                                                const QList<Partner> &partners, const QString &text)
{
    return new PartnerChangeCommand(store, text, additions(partners));
}

PartnerChangeCommand *PartnerChangeCommand::edit(RecordStore<Partner> *store, const Partner &before,
                                                 const Partner &after)
{
    return new PartnerChangeCommand(
        store, QCoreApplication::translate("PartnerChangeCommand", "Edit “%1”").arg(after.name),
        {{before, after}});
}

PartnerChangeCommand *PartnerChangeCommand::remove(RecordStore<Partner> *store,
                                                   const QList<Partner> &partners)
{
    const QString text =
        partners.size() == 1
            ? QCoreApplication::translate("PartnerChangeCommand", "Delete “%1”")
                  .arg(partners.constFirst().name)
            : QCoreApplication::translate("PartnerChangeCommand", "Delete %n partner(s)", nullptr,
                                          int(partners.size()));
    return new PartnerChangeCommand(store, text, removals(partners));
}
