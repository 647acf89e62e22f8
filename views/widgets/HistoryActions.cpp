#include "views/widgets/HistoryActions.h"

#include "views/widgets/Icons.h"

#include <QAction>
#include <QUndoGroup>
#include <QUndoStack>

HistoryActions::HistoryActions(QUndoGroup *group, QObject *parent)
    : QObject(parent)
    , m_group(group)
    , m_undo(new QAction(parent))
    , m_redo(new QAction(parent))
{
    m_undo->setIcon(Icons::named("undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setIcon(Icons::named("redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, this, &HistoryActions::undoStep);
    connect(m_redo, &QAction::triggered, this, &HistoryActions::redoStep);
    connect(group, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(group, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(group, &QUndoGroup::undoTextChanged, this, &HistoryActions::retranslate);
    connect(group, &QUndoGroup::redoTextChanged, this, &HistoryActions::retranslate);
    connect(group, &QUndoGroup::activeStackChanged, this, &HistoryActions::retranslate);
    retranslate();
}

void HistoryActions::retranslate()
{
    const QString undoText = m_group->undoText();
    const QString redoText = m_group->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    m_undo->setToolTip(undoText.isEmpty() ? tr("Nothing to undo in this cluster")
                                          : tr("Undo %1").arg(undoText));
    m_redo->setToolTip(redoText.isEmpty() ? tr("Nothing to redo in this cluster")
                                          : tr("Redo %1").arg(redoText));
    m_undo->setEnabled(m_group->canUndo());
    m_redo->setEnabled(m_group->canRedo());
}

void HistoryActions::undoStep()
{
    const QString text = m_group->undoText();
    QUndoStack *stack = m_group->activeStack();
    if (!stack || !stack->canUndo())
        return;
    const int steps = stack->count();
    stack->undo();
    // A step the database refused has left the history, and the workspace says why.
    if (stack->count() < steps)
        return;
    Q_EMIT stepDone(tr("Undone: %1").arg(text));
}

void HistoryActions::redoStep()
{
    const QString text = m_group->redoText();
    QUndoStack *stack = m_group->activeStack();
    if (!stack || !stack->canRedo())
        return;
    const int steps = stack->count();
    stack->redo();
    // A step the database refused has left the history, and the workspace says why.
    if (stack->count() < steps)
        return;
    Q_EMIT stepDone(tr("Redone: %1").arg(text));
}
