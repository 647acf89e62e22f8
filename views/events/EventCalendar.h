#pragma once

#include "models/events/Event.h"

#include <QCalendarWidget>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

class QAbstractItemModel;

// A month calendar that writes the events on their days, an event over several days on every
// day it covers, each marked with the colour of its status. Reads any model with the roles of
// EventTableModel, so it shows what the filters let through.
class EventCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString title;
        EventStatus status;
        QDateTime start;
        bool allDay;
    };

    explicit EventCalendar(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *events);
    // The events on a day, all-day ones first, then by start.
    QList<Entry> entriesOn(QDate day) const;
    QStringList titlesOn(QDate day) const;

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    QHash<QDate, QList<Entry>> collect(QDate from, QDate to) const;
    const QHash<QDate, QList<Entry>> &shownEntries() const;
    QDate firstShownDay() const;

    QPointer<QAbstractItemModel> m_model;
    // The entries of the page on show, gathered when first painted after a change.
    mutable QHash<QDate, QList<Entry>> m_shown;
    mutable QDate m_shownFrom;
    mutable bool m_stale = true;
};
