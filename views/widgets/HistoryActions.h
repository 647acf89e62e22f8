#pragma once

#include <QObject>

class QAction;
class QUndoGroup;

// Undo and Redo for a window or dialog, following the undo history of the cluster on show (the
// group's active stack). Unlike QUndoGroup's own actions, their texts are LEC Desk's, in the
// window's language ("Undo Import 60 partners", "Annulla Importa 60 partner"), retranslated
// together with the steps they name; after each undo or redo they say what was done.
class HistoryActions : public QObject
{
    Q_OBJECT

public:
    HistoryActions(QUndoGroup *group, QObject *parent);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    // Sets every text in the current language; the owner calls it on LanguageChange (after the
    // workspace has retranslated the steps).
    void retranslate();

Q_SIGNALS:
    // "Undone: Edit “Liceo Galilei”", for the status bar.
    void stepDone(const QString &message);

private:
    void undoStep();
    void redoStep();

    QUndoGroup *m_group;
    QAction *m_undo;
    QAction *m_redo;
};
