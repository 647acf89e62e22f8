#include "views/shell/PlaceholderView.h"

#include "views/widgets/Icons.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderView::PlaceholderView(const char *sectionTitle, const char *iconName, const char *title,
                                 const char *text, QWidget *parent)
    : Section(parent)
    , m_sectionTitleSource(sectionTitle)
    , m_iconName(iconName)
    , m_titleSource(title)
    , m_textSource(text)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_text->setObjectName(QStringLiteral("placeholderText"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_text->setWordWrap(true);
    // A word-wrapped label centred in a layout gets no width of its own; give it one.
    m_text->setFixedWidth(480);
    m_text->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch();
    retranslate();
}

QString PlaceholderView::title() const
{
    return tr(m_sectionTitleSource);
}

QIcon PlaceholderView::icon() const
{
    return Icons::keepingColours(m_iconName);
}

void PlaceholderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Section::changeEvent(event);
}

void PlaceholderView::retranslate()
{
    m_title->setText(tr(m_titleSource));
    m_text->setText(tr(m_textSource));
    // A layout that centres a word-wrapped label does not ask it for its height.
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
}
