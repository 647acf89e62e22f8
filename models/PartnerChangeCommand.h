#pragma once

#include "Partner.h"

#include <QUndoCommand>

#include <optional>

class PartnerTableModel;
class QUndoStack;

// One undoable edit of the register: adding, editing, deleting or importing partners. Each entry
// holds a partner's state before and after (nullopt: absent or deleted), so undo and redo are the
// same operation in opposite directions.
class PartnerChangeCommand : public QUndoCommand
{
public:
    struct Entry
    {
        std::optional<Partner> before;
        std::optional<Partner> after;
    };

    PartnerChangeCommand(PartnerTableModel *model, const QString &text, QList<Entry> entries);

    static PartnerChangeCommand *add(PartnerTableModel *model, const QList<Partner> &partners,
                                     const QString &text);
    static PartnerChangeCommand *edit(PartnerTableModel *model, const Partner &before,
                                      const Partner &after);
    static PartnerChangeCommand *remove(PartnerTableModel *model, const QList<Partner> &partners);

    // Applies the command and, when the database took it, puts it on the stack. On failure the
    // command is deleted, nothing changed, and *errorMessage says why.
    static bool execute(QUndoStack *stack, PartnerChangeCommand *command, QString *errorMessage);

    void redo() override;
    void undo() override;

private:
    bool applyStates(bool forward);

    PartnerTableModel *m_model;
    QList<Entry> m_entries;
    bool m_applied = false; // execute() has done the first redo already
};
