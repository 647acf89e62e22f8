#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTableView;

// The organising and the other participating partners of an event, ticked in two lists of the
// cluster's partners under one search field. A partner ticked in one list is greyed out in the
// other: it cannot be both.
class PartnerChooser : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString name;
    };

    explicit PartnerChooser(QWidget *parent = nullptr);

    void setPartners(const QList<Entry> &partners);
    void setChosen(const QStringList &organiserIds, const QStringList &participantIds);
    QStringList organiserIds() const { return m_organiserIds; }
    QStringList participantIds() const { return m_participantIds; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Side
    {
        QLabel *title;
        QStandardItemModel *model;
        QSortFilterProxyModel *proxy;
        QTableView *view;
        QStringList *chosen;
    };

    Side makeSide(const QString &objectName, QStringList *chosen);
    void fill(Side &side);
    void itemChanged(Side &side, QStandardItem *item);
    void updateAvailability();
    void retranslate();

    QList<Entry> m_partners;
    QStringList m_organiserIds; // in the order they were ticked
    QStringList m_participantIds;
    QLineEdit *m_search;
    Side m_organisers;
    Side m_participants;
};
