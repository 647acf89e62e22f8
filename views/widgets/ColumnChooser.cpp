#include "views/widgets/ColumnChooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

ColumnChooser::ColumnChooser(QTableView *table, int keptColumn, const QString &settingsKey,
                             const QString &menuName)
    : QObject(table)
    , m_table(table)
    , m_keptColumn(keptColumn)
    , m_settingsKey(settingsKey)
    , m_menuName(menuName)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &position) { exec(header->mapToGlobal(position)); });
}

void ColumnChooser::restore()
{
    m_table->horizontalHeader()->restoreState(QSettings().value(m_settingsKey).toByteArray());
}

void ColumnChooser::save() const
{
    QSettings().setValue(m_settingsKey, m_table->horizontalHeader()->saveState());
}

void ColumnChooser::exec()
{
    const QHeaderView *header = m_table->horizontalHeader();
    exec(header->mapToGlobal(QPoint(0, header->height())));
}

void ColumnChooser::exec(const QPoint &globalPosition)
{
    QMenu menu(m_table);
    menu.setObjectName(m_menuName);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        QAction *action =
            menu.addAction(header->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != m_keptColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            Q_EMIT columnsChosen();
        });
    }
    menu.exec(globalPosition);
}
