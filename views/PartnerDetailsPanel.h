#pragma once

#include "Partner.h"

#include <QScrollArea>

#include <optional>

class QLabel;

// Read-only summary of the selected partner, with its contact persons.
class PartnerDetailsPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit PartnerDetailsPanel(QWidget *parent = nullptr);

    void showPartner(const std::optional<Partner> &partner);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<Partner> m_partner;
    QLabel *m_label;
};
