#include "views/partners/PartnerDetailsPanel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

PartnerDetailsPanel::PartnerDetailsPanel(QWidget *parent)
    : DetailsPanel(parent)
    , m_showEvents(addButton(QStringLiteral("partnerShowEventsButton")))
{
    setObjectName(QStringLiteral("partnerDetails"));
    textLabel()->setObjectName(QStringLiteral("partnerDetailsText"));
    connect(m_showEvents, &QPushButton::clicked, this, [this] {
        if (m_partner)
            Q_EMIT showEventsRequested(m_partner->id);
    });
    render();
}

void PartnerDetailsPanel::showPartner(const std::optional<Partner> &partner, int eventCount)
{
    m_partner = partner;
    m_eventCount = eventCount;
    render();
}

void PartnerDetailsPanel::render()
{
    m_showEvents->setVisible(m_partner.has_value());
    m_showEvents->setText(tr("Show events"));
    m_showEvents->setEnabled(m_eventCount > 0);
    if (!m_partner) {
        setHtml(greyParagraph(tr("Select a partner to see its details.")));
        return;
    }
    const Partner &p = *m_partner;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(p.name));
    QString kind = PartnerVocabulary::label(p.type);
    if (p.schoolLevel != SchoolLevel::None)
        kind += QStringLiteral(" · ") + PartnerVocabulary::label(p.schoolLevel);
    html += QStringLiteral("<p>%1</p>").arg(escaped(kind));

    Rows rows;
    QStringList place;
    if (!p.address.isEmpty())
        place.append(p.address);
    if (!p.city.isEmpty())
        place.append(p.city);
    rows.add(tr("Address"), escaped(place.join(QStringLiteral(", "))));
    if (!p.website.isEmpty())
        rows.add(tr("Website"), QStringLiteral("<a href='%1'>%2</a>")
                                    .arg(p.website.toHtmlEscaped(), escaped(p.website)));
    if (!p.email.isEmpty())
        rows.add(tr("E-mail"), QStringLiteral("<a href='mailto:%1'>%2</a>")
                                   .arg(p.email.toHtmlEscaped(), escaped(p.email)));
    rows.add(tr("Phone"), escaped(p.phone));
    if (p.joinedOn.isValid())
        rows.add(tr("Joined on"), escaped(locale.toString(p.joinedOn, QLocale::LongFormat)));
    if (p.leftOn.isValid())
        rows.add(tr("Left on"), escaped(locale.toString(p.leftOn, QLocale::LongFormat)));
    rows.add(tr("Events"),
             escaped(m_eventCount == 0 ? tr("None yet") : locale.toString(m_eventCount)));
    html += rows.html();

    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Contact persons")));
    if (p.contacts.isEmpty()) {
        html += greyParagraph(tr("None recorded."));
    } else {
        html += QStringLiteral("<ul style='margin-left:-20px'>");
        for (const ContactPerson &contact : p.contacts) {
            QString item = QStringLiteral("<b>%1</b>").arg(escaped(contact.name));
            if (!contact.role.isEmpty())
                item += QStringLiteral(" — ") + escaped(contact.role);
            if (!contact.email.isEmpty())
                item += QStringLiteral("<br><a href='mailto:%1'>%2</a>")
                            .arg(contact.email.toHtmlEscaped(), escaped(contact.email));
            if (!contact.phone.isEmpty())
                item += QStringLiteral("<br>") + escaped(contact.phone);
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    }
    if (!p.notes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(escaped(tr("Notes")), escaped(p.notes));
    setHtml(html);
}
