#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QPoint;
class QTableView;

// Lets the coordinator arrange a table's columns: move them by their headers, and show or hide
// them from a menu of checkable entries (the header's context menu, or the View menu's
// Columns…). The header's layout, its order, widths and hidden columns, is remembered under a
// settings key.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    // keptColumn identifies a row, so it cannot be hidden; menuName is the menu's object name.
    ColumnChooser(QTableView *table, int keptColumn, const QString &settingsKey,
                  const QString &menuName);

    // The layout remembered, over the defaults the table was given.
    void restore();
    void save() const;
    // The menu at a point of the screen, or below the header's left end.
    void exec(const QPoint &globalPosition);
    void exec();

Q_SIGNALS:
    // A column was shown or hidden from the menu.
    void columnsChosen();

private:
    QTableView *m_table;
    int m_keptColumn;
    QString m_settingsKey;
    QString m_menuName;
};
