#include "PartnerDetailsPanel.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

PartnerDetailsPanel::PartnerDetailsPanel(QWidget *parent)
    : QScrollArea(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("partnerDetails"));
    m_label->setObjectName(QStringLiteral("partnerDetailsText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(true);
    m_label->setMargin(12);
    setWidget(m_label);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(220);
    render();
}

void PartnerDetailsPanel::showPartner(const std::optional<Partner> &partner)
{
    m_partner = partner;
    render();
}

void PartnerDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QScrollArea::changeEvent(event);
}

void PartnerDetailsPanel::render()
{
    if (!m_partner) {
        m_label->setText(QStringLiteral("<p style='color:gray'>%1</p>")
                             .arg(escaped(tr("Select a partner to see its details."))));
        return;
    }
    const Partner &p = *m_partner;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(p.name));
    QString kind = PartnerVocabulary::label(p.type);
    if (p.schoolLevel != SchoolLevel::None)
        kind += QStringLiteral(" · ") + PartnerVocabulary::label(p.schoolLevel);
    html += QStringLiteral("<p>%1</p>").arg(escaped(kind));

    QStringList rows;
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append(QStringLiteral("<tr><td style='color:gray;padding-right:8px'>%1</td>"
                                       "<td>%2</td></tr>")
                            .arg(escaped(label), value));
    };
    QStringList place;
    if (!p.address.isEmpty())
        place.append(p.address);
    if (!p.city.isEmpty())
        place.append(p.city);
    row(tr("Address"), escaped(place.join(QStringLiteral(", "))));
    if (!p.website.isEmpty())
        row(tr("Website"), QStringLiteral("<a href='%1'>%2</a>")
                               .arg(p.website.toHtmlEscaped(), escaped(p.website)));
    if (!p.email.isEmpty())
        row(tr("E-mail"), QStringLiteral("<a href='mailto:%1'>%2</a>")
                              .arg(p.email.toHtmlEscaped(), escaped(p.email)));
    row(tr("Phone"), escaped(p.phone));
    if (p.joinedOn.isValid())
        row(tr("Joined on"), escaped(locale.toString(p.joinedOn, QLocale::LongFormat)));
    if (p.leftOn.isValid())
        row(tr("Left on"), escaped(locale.toString(p.leftOn, QLocale::LongFormat)));
    if (!rows.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(rows.join(QString()));

    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Contact persons")));
    if (p.contacts.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(escaped(tr("None recorded.")));
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
    m_label->setText(html);
}
