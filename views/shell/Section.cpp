#include "views/shell/Section.h"

#include "views/widgets/Icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>

Section::Section(QWidget *parent)
    : QWidget(parent)
{
}

Section::~Section() = default;

QList<QAction *> Section::sectionActions(Place place) const
{
    QList<QAction *> actions;
    for (const Offered &offered : m_offered) {
        if (offered.places.testFlag(place))
            actions.append(offered.action);
    }
    return actions;
}

void Section::setCurrent(bool current)
{
    m_current = current;
    for (const Offered &offered : std::as_const(m_offered))
        offered.action->setVisible(current);
    updateActions();
}

bool Section::canSearch() const
{
    return false;
}

void Section::focusSearch() {}

bool Section::canChooseColumns() const
{
    return false;
}

void Section::chooseColumns() {}

QString Section::countText() const
{
    return QString();
}

bool Section::opens(Link) const
{
    return false;
}

void Section::open(Link, const QString &) {}

QAction *Section::createAction(const char *objectName, const char *iconName, Places places,
                               const char *text, const char *iconText, const char *toolTip,
                               const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(Icons::named(iconName), QString(), this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcuts(shortcuts);
    m_offered.append({action, places, text, iconText, toolTip});
    translateAction(m_offered.constLast());
    return action;
}

void Section::offerAction(QAction *action, Places places)
{
    m_offered.append({action, places});
}

void Section::updateActions() {}

void Section::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    QWidget::changeEvent(event);
}

void Section::retranslateActions()
{
    for (const Offered &offered : std::as_const(m_offered))
        translateAction(offered);
}

void Section::translateAction(const Offered &offered) const
{
    // tr() of the section's own class: the sources were marked in its context.
    const char *context = metaObject()->className();
    if (offered.text)
        offered.action->setText(QCoreApplication::translate(context, offered.text));
    if (offered.iconText)
        offered.action->setIconText(QCoreApplication::translate(context, offered.iconText));
    if (offered.toolTip)
        offered.action->setToolTip(QCoreApplication::translate(context, offered.toolTip));
}
