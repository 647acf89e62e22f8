#pragma once

#include "models/events/Event.h"
#include "views/widgets/DetailsPanel.h"

#include <optional>

class EventTableModel;

// Read-only summary of the selected event: when, where, who, for whom and, once held, how many
// took part; with the buttons to edit it or record its attendance.
class EventDetailsPanel : public DetailsPanel
{
    Q_OBJECT

public:
    // events: for the names of the partners.
    explicit EventDetailsPanel(const EventTableModel *events, QWidget *parent = nullptr);

    void setEvent(const std::optional<Event> &event);

Q_SIGNALS:
    void editRequested();
    void attendanceRequested();

protected:
    void render() override;

private:
    QString partnerList(const QStringList &ids) const;

    const EventTableModel *m_events;
    std::optional<Event> m_event;
    QPushButton *m_edit;
    QPushButton *m_attendance;
};
