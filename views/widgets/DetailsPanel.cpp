#include "views/widgets/DetailsPanel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DetailsPanel::DetailsPanel(QWidget *parent)
    : QScrollArea(parent)
    , m_label(new QLabel)
    , m_buttons(new QVBoxLayout)
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(true);
    m_label->setMargin(12);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_label);
    m_buttons->setContentsMargins(12, 0, 12, 0);
    layout->addLayout(m_buttons);
    layout->addStretch();
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(220);
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QScrollArea::changeEvent(event);
}

void DetailsPanel::setHtml(const QString &html)
{
    m_label->setText(html);
}

QPushButton *DetailsPanel::addButton(const QString &objectName)
{
    auto *button = new QPushButton(widget());
    button->setObjectName(objectName);
    button->setVisible(false);
    m_buttons->addWidget(button, 0, Qt::AlignLeft);
    return button;
}

QString DetailsPanel::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString DetailsPanel::greyParagraph(const QString &text)
{
    return QStringLiteral("<p style='color:gray'>%1</p>").arg(escaped(text));
}

void DetailsPanel::Rows::add(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return;
    m_rows.append(QStringLiteral("<tr><td style='color:gray;padding-right:8px'>%1</td>"
                                 "<td>%2</td></tr>")
                      .arg(escaped(label), valueHtml));
}

QString DetailsPanel::Rows::html() const
{
    return m_rows.isEmpty() ? QString()
                            : QStringLiteral("<table>%1</table>").arg(m_rows.join(QString()));
}
