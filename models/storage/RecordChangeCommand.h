#pragma once

#include <QList>
#include <QString>
#include <QUndoCommand>
#include <QUndoStack>

#include <optional>

// One edit of a list of records: the state a record should have afterwards, or nullopt to delete
// it (a tombstone).
template<typename Record>
struct RecordChange
{
    QString id;
    std::optional<Record> state;
};

// What an undoable edit writes through: a table model that saves to the database first, in one
// transaction, and then updates its rows.
template<typename Record>
class RecordStore
{
public:
    virtual ~RecordStore() = default;
    // All or nothing; on failure errorMessage() says why.
    virtual bool apply(const QList<RecordChange<Record>> &changes) = 0;
    virtual QString errorMessage() const = 0;
    // An undo or redo of an earlier edit could not be written (errorMessage() says why, e.g. a
    // reporting period locked since) and the step has left the history. Nobody waits on the
    // result of an undo, so the store tells whoever shows messages; the first application of an
    // edit reports to its caller through RecordChangeCommand::execute instead.
    virtual void reportRefusedStep(const QString &commandText, bool undoing) = 0;
};

// One undoable edit: adding, editing, deleting or importing records. Each entry holds a record's
// state before and after (nullopt: absent or deleted), so undo and redo are the same operation in
// opposite directions. Record needs an id and assignMissingIds().
template<typename Record>
class RecordChangeCommand : public QUndoCommand
{
public:
    struct Entry
    {
        std::optional<Record> before;
        std::optional<Record> after;
    };

    RecordChangeCommand(RecordStore<Record> *store, const QString &text, QList<Entry> entries)
        : QUndoCommand(text)
        , m_store(store)
        , m_entries(std::move(entries))
    {
        // Ids are fixed now, so that every later write of the same edit (redo after undo)
        // refers to the same rows.
        for (Entry &entry : m_entries) {
            if (entry.after)
                entry.after->assignMissingIds();
        }
    }

    static QList<Entry> additions(const QList<Record> &records)
    {
        QList<Entry> entries;
        entries.reserve(records.size());
        for (const Record &record : records)
            entries.append({std::nullopt, record});
        return entries;
    }

    static QList<Entry> removals(const QList<Record> &records)
    {
        QList<Entry> entries;
        entries.reserve(records.size());
        for (const Record &record : records)
            entries.append({record, std::nullopt});
        return entries;
    }

    // Applies the command and, when the database took it, puts it on the stack. On failure the
    // command is deleted, nothing changed, and *errorMessage says why.
    static bool execute(QUndoStack *stack, RecordChangeCommand *command, QString *errorMessage)
    {
        if (!command->applyStates(true)) {
            *errorMessage = command->m_store->errorMessage();
            delete command;
            return false;
        }
        command->m_applied = true;
        stack->push(command);
        return true;
    }

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        if (!applyStates(true))
            m_store->reportRefusedStep(text(), false);
    }

    void undo() override
    {
        if (!applyStates(false))
            m_store->reportRefusedStep(text(), true);
    }

private:
    bool applyStates(bool forward)
    {
        QList<RecordChange<Record>> changes;
        changes.reserve(m_entries.size());
        for (const Entry &entry : std::as_const(m_entries)) {
            const std::optional<Record> &state = forward ? entry.after : entry.before;
            const QString id = entry.after ? entry.after->id : entry.before->id;
            changes.append({id, state});
        }
        // A failed write leaves the database and the rows as they were; the store reports why.
        // The command is then dropped so the stack never claims a state the database does not
        // hold.
        if (!m_store->apply(changes)) {
            setObsolete(true);
            return false;
        }
        return true;
    }

    RecordStore<Record> *m_store;
    QList<Entry> m_entries;
    bool m_applied = false; // execute() has done the first redo already
};
