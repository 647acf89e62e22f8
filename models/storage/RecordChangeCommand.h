#pragma once

#include <QList>
#include <QString>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

// One edit of a list of records: the state a record should have afterwards, or nullopt to delete
// it (a tombstone).
template<typename Record>
struct RecordChange
{
    QString id;
    std::optional<Record> state;
};

// What an undoable edit writes through: the repository of the record type, which saves in one
// transaction and announces the change, so that every view follows (ChangeNotifier).
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
    virtual void reportRefusedStep(const QString &commandText, bool undoing)
    {
        Q_UNUSED(commandText);
        Q_UNUSED(undoing);
    }
};

// A store that writes through another (a repository) and hands refused undo and redo steps to a
// function: how the workspace learns of them to tell the user.
template<typename Record>
class ReportingStore : public RecordStore<Record>
{
public:
    using Report =
        std::function<void(const QString &commandText, bool undoing, const QString &reason)>;

    ReportingStore(RecordStore<Record> *inner, Report report)
        : m_inner(inner)
        , m_report(std::move(report))
    {
    }

    bool apply(const QList<RecordChange<Record>> &changes) override
    {
        return m_inner->apply(changes);
    }
    QString errorMessage() const override { return m_inner->errorMessage(); }
    void reportRefusedStep(const QString &commandText, bool undoing) override
    {
        m_report(commandText, undoing, m_inner->errorMessage());
    }

private:
    RecordStore<Record> *m_inner;
    Report m_report;
};

// The text of a step in the undo history ("Edit “Liceo Galilei”"), made again in the new language
// when the user switches it, so that Edit › Undo speaks the language of the window.
using DescribeStep = std::function<QString()>;

// A history step whose text follows the language (Workspace retranslates every step).
class TranslatableCommand : public QUndoCommand
{
public:
    explicit TranslatableCommand(DescribeStep describe)
        : QUndoCommand(describe())
        , m_describe(std::move(describe))
    {
    }
    void retranslate() { setText(m_describe()); }

private:
    DescribeStep m_describe;
};

// One undoable edit: adding, editing, deleting or importing records. Each entry holds a record's
// state before and after (nullopt: absent or deleted), so undo and redo are the same operation in
// opposite directions. Record needs an id and assignMissingIds().
template<typename Record>
class RecordChangeCommand : public TranslatableCommand
{
public:
    struct Entry
    {
        std::optional<Record> before;
        std::optional<Record> after;
    };

    RecordChangeCommand(RecordStore<Record> *store, DescribeStep describe, QList<Entry> entries)
        : TranslatableCommand(std::move(describe))
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

    // Applies the command and, when the database took it, hands it to the stack. On failure the
    // command is dropped, nothing changed, and *errorMessage says why.
    static bool execute(QUndoStack *stack, std::unique_ptr<RecordChangeCommand> command,
                        QString *errorMessage)
    {
        if (!command->applyStates(true)) {
            *errorMessage = command->m_store->errorMessage();
            return false;
        }
        command->m_applied = true;
        stack->push(command.release());
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
