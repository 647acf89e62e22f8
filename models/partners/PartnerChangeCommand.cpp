#include "models/partners/PartnerChangeCommand.h"

#include <QCoreApplication>

std::unique_ptr<PartnerChangeCommand> PartnerChangeCommand::add(RecordStore<Partner> *store,
                                                                const QList<Partner> &partners,
                                                                DescribeStep text)
{
    return std::make_unique<PartnerChangeCommand>(store, std::move(text), additions(partners));
}

std::unique_ptr<PartnerChangeCommand>
PartnerChangeCommand::edit(RecordStore<Partner> *store, const Partner &before, const Partner &after)
{
    return std::make_unique<PartnerChangeCommand>(
        store,
        [name = after.name] {
            return QCoreApplication::translate("PartnerChangeCommand", "Edit “%1”").arg(name);
        },
        QList<Entry>{{before, after}});
}

std::unique_ptr<PartnerChangeCommand> PartnerChangeCommand::remove(RecordStore<Partner> *store,
                                                                   const QList<Partner> &partners)
{
    const DescribeStep text = [count = int(partners.size()), name = partners.value(0).name] {
        return count == 1
                   ? QCoreApplication::translate("PartnerChangeCommand", "Delete “%1”").arg(name)
                   : QCoreApplication::translate("PartnerChangeCommand", "Delete %n partner(s)",
                                                 nullptr, count);
    };
    return std::make_unique<PartnerChangeCommand>(store, text, removals(partners));
}
