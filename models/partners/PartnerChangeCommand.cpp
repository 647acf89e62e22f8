#include "models/partners/PartnerChangeCommand.h"

#include <QCoreApplication>

std::unique_ptr<PartnerChangeCommand> PartnerChangeCommand::add(RecordStore<Partner> *store,
                                                                const QList<Partner> &partners,
                                                                const QString &text)
{
    return std::make_unique<PartnerChangeCommand>(store, text, additions(partners));
}

std::unique_ptr<PartnerChangeCommand>
PartnerChangeCommand::edit(RecordStore<Partner> *store, const Partner &before, const Partner &after)
{
    return std::make_unique<PartnerChangeCommand>(
        store, QCoreApplication::translate("PartnerChangeCommand", "Edit “%1”").arg(after.name),
        QList<Entry>{{before, after}});
}

std::unique_ptr<PartnerChangeCommand> PartnerChangeCommand::remove(RecordStore<Partner> *store,
                                                                   const QList<Partner> &partners)
{
    const QString text =
        partners.size() == 1
            ? QCoreApplication::translate("PartnerChangeCommand", "Delete “%1”")
                  .arg(partners.constFirst().name)
            : QCoreApplication::translate("PartnerChangeCommand", "Delete %n partner(s)", nullptr,
                                          int(partners.size()));
    return std::make_unique<PartnerChangeCommand>(store, text, removals(partners));
}
