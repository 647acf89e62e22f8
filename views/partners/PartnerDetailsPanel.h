#pragma once

#include "models/partners/Partner.h"
#include "views/widgets/DetailsPanel.h"

#include <optional>

// Read-only summary of the selected partner, with its contact persons and the way to its events.
class PartnerDetailsPanel : public DetailsPanel
{
    Q_OBJECT

public:
    explicit PartnerDetailsPanel(QWidget *parent = nullptr);

    // eventCount: the events the partner organised or took part in.
    void showPartner(const std::optional<Partner> &partner, int eventCount = 0);

Q_SIGNALS:
    void showEventsRequested(const QString &partnerId);

protected:
    void render() override;

private:
    std::optional<Partner> m_partner;
    int m_eventCount = 0;
    QPushButton *m_showEvents;
};
