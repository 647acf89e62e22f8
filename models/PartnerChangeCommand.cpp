#include "PartnerChangeCommand.h"

#include "PartnerTableModel.h"

#include <QCoreApplication>
#include <QUndoStack>

PartnerChangeCommand::PartnerChangeCommand(PartnerTableModel *model, const QString &text,
                                           QList<Entry> entries)
    : QUndoCommand(text)
    , m_model(model)
    , m_entries(std::move(entries))
{
    for (Entry &entry : m_entries) {
        if (entry.after)
            entry.after->assignMissingIds();
    }
}

PartnerChangeCommand *PartnerChangeCommand::add(PartnerTableModel *model,
                                                const QList<Partner> &partners, const QString &text)
{
    QList<Entry> entries;
    entries.reserve(partners.size());
    for (const Partner &partner : partners)
        entries.append({std::nullopt, partner});
    return new PartnerChangeCommand(model, text, std::move(entries));
}

PartnerChangeCommand *PartnerChangeCommand::edit(PartnerTableModel *model, const Partner &before,
                                                 const Partner &after)
{
    return new PartnerChangeCommand(
        model, QCoreApplication::translate("PartnerChangeCommand", "Edit “%1”").arg(after.name),
        {{before, after}});
}

PartnerChangeCommand *PartnerChangeCommand::remove(PartnerTableModel *model,
                                                   const QList<Partner> &partners)
{
    QList<Entry> entries;
    for (const Partner &partner : partners)
        entries.append({partner, std::nullopt});
    const QString text =
        partners.size() == 1
            ? QCoreApplication::translate("PartnerChangeCommand", "Delete “%1”")
                  .arg(partners.constFirst().name)
            : QCoreApplication::translate("PartnerChangeCommand", "Delete %n partner(s)", nullptr,
                                          int(partners.size()));
    return new PartnerChangeCommand(model, text, std::move(entries));
}

bool PartnerChangeCommand::applyStates(bool forward)
{
    QList<PartnerChange> changes;
    changes.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        const std::optional<Partner> &state = forward ? entry.after : entry.before;
        const QString id = entry.after ? entry.after->id : entry.before->id;
        changes.append({id, state});
    }
    // A failed write leaves the database and the rows as they were; the model reports why. The
    // command is then dropped so the stack never claims a state the database does not hold.
    if (!m_model->apply(changes)) {
        setObsolete(true);
        return false;
    }
    return true;
}

bool PartnerChangeCommand::execute(QUndoStack *stack, PartnerChangeCommand *command,
                                   QString *errorMessage)
{
    if (!command->applyStates(true)) {
        *errorMessage = command->m_model->errorMessage();
        delete command;
        return false;
    }
    command->m_applied = true;
    stack->push(command);
    return true;
}

void PartnerChangeCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    applyStates(true);
}

void PartnerChangeCommand::undo()
{
    applyStates(false);
}
