#include "views/events/EventCalendar.h"

#include "models/common/Clock.h"
#include "models/events/EventTableModel.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace {

constexpr int shownDays = 42; // six weeks: every month fits

} // namespace

EventCalendar::EventCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("eventCalendar"));
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::LongDayNames);
    setFirstDayOfWeek(QLocale().firstDayOfWeek());
    connect(this, &QCalendarWidget::currentPageChanged, this, &EventCalendar::invalidate);
}

void EventCalendar::setModel(QAbstractItemModel *events)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = events;
    // A filter change arrives as many row signals; they only mark the page stale, and the next
    // paint gathers it once.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(events, signal, this, &EventCalendar::invalidate);
    connect(events, &QAbstractItemModel::dataChanged, this, &EventCalendar::invalidate);
    connect(events, &QAbstractItemModel::modelReset, this, &EventCalendar::invalidate);
    connect(events, &QAbstractItemModel::layoutChanged, this, &EventCalendar::invalidate);
    invalidate();
}

void EventCalendar::invalidate()
{
    m_stale = true;
    updateCells();
}

QDate EventCalendar::firstShownDay() const
{
    const QDate first(yearShown(), monthShown(), 1);
    const int back = (first.dayOfWeek() - int(firstDayOfWeek()) + 7) % 7;
    return first.addDays(-back);
}

QHash<QDate, QList<EventCalendar::Entry>> EventCalendar::collect(QDate from, QDate to) const
{
    QHash<QDate, QList<Entry>> entries;
    if (!m_model)
        return entries;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, EventTableModel::Title);
        const QDate start = index.data(EventTableModel::StartDateRole).toDate();
        const QDate last = index.data(EventTableModel::LastDateRole).toDate();
        if (!start.isValid() || start > to || last < from)
            continue;
        const QDateTime startAt = index.data(EventTableModel::StartDateTimeRole).toDateTime();
        const Entry entry{index.data(EventTableModel::IdRole).toString(),
                          index.data(Qt::DisplayRole).toString(),
                          EventStatus(index.data(EventTableModel::StatusRole).toInt()), startAt,
                          startAt.time() == QTime(0, 0)};
        for (QDate day = qMax(start, from); day <= qMin(last, to); day = day.addDays(1))
            entries[day].append(entry);
    }
    for (QList<Entry> &list : entries) {
        std::stable_sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
            if (a.allDay != b.allDay)
                return a.allDay;
            return a.start < b.start;
        });
    }
    return entries;
}

const QHash<QDate, QList<EventCalendar::Entry>> &EventCalendar::shownEntries() const
{
    const QDate from = firstShownDay();
    if (m_stale || from != m_shownFrom) {
        m_shown = collect(from, from.addDays(shownDays - 1));
        m_shownFrom = from;
        m_stale = false;
    }
    return m_shown;
}

QList<EventCalendar::Entry> EventCalendar::entriesOn(QDate day) const
{
    const QDate from = firstShownDay();
    if (day >= from && day < from.addDays(shownDays))
        return shownEntries().value(day);
    return collect(day, day).value(day);
}

QStringList EventCalendar::titlesOn(QDate day) const
{
    QStringList titles;
    for (const Entry &entry : entriesOn(day))
        titles.append(entry.title);
    return titles;
}

void EventCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    painter->save();
    const QPalette &colours = palette();
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const bool today = date == Clock::today();
    QColor background = colours.color(QPalette::Base);
    if (!inMonth)
        background = colours.color(QPalette::Window);
    if (today)
        background = QColor(0xff, 0xf6, 0xd5);
    painter->fillRect(rect, background);
    if (date == selectedDate()) {
        QColor highlight = colours.color(QPalette::Highlight);
        highlight.setAlpha(40);
        painter->fillRect(rect, highlight);
        painter->setPen(QPen(colours.color(QPalette::Highlight), 2));
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    }

    QFont numberFont = font();
    numberFont.setBold(today);
    painter->setFont(numberFont);
    painter->setPen(inMonth ? colours.color(QPalette::Text)
                            : colours.color(QPalette::Disabled, QPalette::Text));
    const int numberHeight = QFontMetrics(numberFont).height();
    painter->drawText(rect.adjusted(4, 2, -5, 0), Qt::AlignRight | Qt::AlignTop,
                      locale().toString(date.day()));

    QFont entryFont = font();
    entryFont.setPointSizeF(entryFont.pointSizeF() * 0.85);
    const QFontMetrics metrics(entryFont);
    const int lineHeight = metrics.height() + 3;
    int top = rect.top() + numberHeight + 3;
    const int lines = qMax(0, (rect.bottom() - 2 - top) / lineHeight);
    const QList<Entry> entries = shownEntries().value(date);
    for (int i = 0; i < entries.size() && i < lines; ++i) {
        const QRect line(rect.left() + 3, top, rect.width() - 6, lineHeight - 1);
        top += lineHeight;
        painter->setFont(entryFont);
        if (i == lines - 1 && entries.size() > lines) {
            painter->setPen(colours.color(QPalette::Text));
            painter->drawText(line.adjusted(5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              tr("+%n more", nullptr, int(entries.size()) - i));
            break;
        }
        const Entry &entry = entries.at(i);
        const QColor marker = EventTableModel::statusColour(entry.status);
        QColor tint = marker;
        tint.setAlpha(inMonth ? 45 : 25);
        // An event over several days is one band: its title on its first day and at the start of
        // each week row, the days between tinted only (a month-long course is not repeated on
        // every day of the month).
        const bool firstDay = entry.start.date() == date;
        if (!firstDay && date.dayOfWeek() != int(firstDayOfWeek())) {
            painter->fillRect(line.adjusted(-3, 0, 3, 0), tint);
            continue;
        }
        painter->fillRect(line, tint);
        if (firstDay)
            painter->fillRect(QRect(line.topLeft(), QSize(3, line.height())), marker);
        QFont textFont = entryFont;
        textFont.setStrikeOut(entry.status == EventStatus::Cancelled);
        painter->setFont(textFont);
        painter->setPen(inMonth ? colours.color(QPalette::Text)
                                : colours.color(QPalette::Disabled, QPalette::Text));
        // The start time only on the first day; the following days carry the title alone.
        QString text = entry.title;
        if (!entry.allDay && entry.start.date() == date)
            text = locale().toString(entry.start.time(), QStringLiteral("HH:mm")) +
                   QLatin1Char(' ') + text;
        painter->drawText(line.adjusted(6, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, line.width() - 8));
    }
    painter->restore();
}

void EventCalendar::changeEvent(QEvent *event)
{
    // Month and day names follow the language the user picks.
    if (event->type() == QEvent::LanguageChange) {
        setLocale(QLocale());
        setFirstDayOfWeek(QLocale().firstDayOfWeek());
    }
    QCalendarWidget::changeEvent(event);
}
