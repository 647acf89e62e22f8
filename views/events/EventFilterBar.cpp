#include "views/events/EventFilterBar.h"

#include "models/common/Clock.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerTableModel.h"
#include "models/workspace/Workspace.h"
#include "views/widgets/OptionalDateEdit.h"

#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace {

using QuickPeriod = EventFilterProxyModel::QuickPeriod;

// The period combo's last entry stands for dates typed by hand; it is never chosen from the list.
constexpr int customPeriodIndex = 4;

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = value.isValid() ? combo->findData(value) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

EventFilterBar::EventFilterBar(EventFilterProxyModel *proxy, Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_partner(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("eventFilters"));
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setClearButtonEnabled(true);
    m_period->setObjectName(QStringLiteral("eventPeriodFilter"));
    for (QuickPeriod choice :
         {QuickPeriod::All, QuickPeriod::ThisMonth, QuickPeriod::ThisYear, QuickPeriod::LastYear})
        m_period->addItem(QString(), QVariant::fromValue(choice));
    m_period->addItem(QString()); // custom
    m_from->setObjectName(QStringLiteral("eventFromFilter"));
    m_to->setObjectName(QStringLiteral("eventToFilter"));
    m_kind->setObjectName(QStringLiteral("eventKindFilter"));
    m_kind->addItem(QString());
    for (EventKind kind : EventVocabulary::kinds())
        m_kind->addItem(QString(), int(kind));
    m_status->setObjectName(QStringLiteral("eventStatusFilter"));
    m_status->addItem(QString());
    for (EventStatus status : EventVocabulary::statuses())
        m_status->addItem(QString(), int(status));
    m_partner->setObjectName(QStringLiteral("eventPartnerFilter"));
    m_partner->setMinimumContentsLength(18);
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setObjectName(QStringLiteral("eventSubjectFilter"));
    m_clear->setObjectName(QStringLiteral("clearEventFiltersButton"));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &EventFilterProxyModel::setSearchText);
    connect(m_period, &QComboBox::currentIndexChanged, this, &EventFilterBar::quickPeriodChosen);
    connect(m_from, &OptionalDateEdit::changed, this, &EventFilterBar::datesEdited);
    connect(m_to, &OptionalDateEdit::changed, this, &EventFilterBar::datesEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_proxy->setKindFilter(kind.isValid() ? std::optional(EventKind(kind.toInt()))
                                              : std::nullopt);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_status->currentData();
        m_proxy->setStatusFilter(status.isValid() ? std::optional(EventStatus(status.toInt()))
                                                  : std::nullopt);
    });
    connect(m_partner, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPartnerFilter(m_partner->currentData().toString()); });
    connect(m_subject, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSubjectFilter(m_subject->currentData().toString()); });
    connect(m_clear, &QPushButton::clicked, m_proxy, &EventFilterProxyModel::clearFilters);
    connect(m_proxy, &EventFilterProxyModel::filtersChanged, this, &EventFilterBar::showProxyState);

    // The choices follow the register and the subjects the events use.
    PartnerTableModel *partners = workspace->partners();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(partners, signal, this, &EventFilterBar::fillPartners);
    connect(partners, &QAbstractItemModel::modelReset, this, &EventFilterBar::fillPartners);
    connect(partners, &QAbstractItemModel::dataChanged, this, &EventFilterBar::fillPartners);
    EventTableModel *events = workspace->events();
    connect(events, &QAbstractItemModel::rowsInserted, this, &EventFilterBar::fillSubjects);
    connect(events, &QAbstractItemModel::modelReset, this, &EventFilterBar::fillSubjects);
    connect(events, &QAbstractItemModel::dataChanged, this, &EventFilterBar::fillSubjects);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_search, 1);
    firstRow->addWidget(m_period);
    firstRow->addWidget(m_from);
    firstRow->addWidget(m_to);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_kind);
    secondRow->addWidget(m_status);
    secondRow->addWidget(m_partner, 1);
    secondRow->addWidget(m_subject);
    secondRow->addWidget(m_clear);
    layout->addLayout(firstRow, 0, 0);
    layout->addLayout(secondRow, 1, 0);

    retranslate();
    fillPartners();
    fillSubjects();
    showProxyState();
}

void EventFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EventFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search titles, places, partners, subjects… (Ctrl+F)"));
    m_period->setItemText(0, tr("All dates"));
    m_period->setItemText(1, tr("This month"));
    m_period->setItemText(2, tr("This year"));
    m_period->setItemText(3, tr("Last year"));
    m_period->setItemText(customPeriodIndex, tr("Chosen dates"));
    m_from->setCheckText(tr("From"));
    m_to->setCheckText(tr("to"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, EventVocabulary::label(EventKind(m_kind->itemData(i).toInt())));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i,
                              EventVocabulary::label(EventStatus(m_status->itemData(i).toInt())));
    m_clear->setText(tr("Clear filters"));
    fillPartners();
    fillSubjects();
}

void EventFilterBar::fillPartners()
{
    QList<std::pair<QString, QString>> partners; // name, id
    const PartnerTableModel *model = m_workspace->partners();
    for (int row = 0; row < model->rowCount(); ++row)
        partners.append({model->partnerAt(row).name, model->partnerAt(row).id});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(partners.begin(), partners.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(m_partner);
    m_partner->clear();
    m_partner->addItem(tr("All partners"), QString());
    for (const auto &[name, id] : std::as_const(partners))
        m_partner->addItem(name, id);
    selectData(m_partner, m_proxy->partnerFilter());
}

void EventFilterBar::fillSubjects()
{
    const QSignalBlocker blocker(m_subject);
    m_subject->clear();
    m_subject->addItem(tr("All subjects"), QString());
    for (const QString &key : EventVocabulary::subjectKeys())
        m_subject->addItem(EventVocabulary::subjectLabel(key), key);
    const QStringList others = m_workspace->events()->freeTextSubjects();
    if (!others.isEmpty())
        m_subject->insertSeparator(m_subject->count());
    for (const QString &subject : others)
        m_subject->addItem(subject, subject);
    selectData(m_subject, m_proxy->subjectFilter());
}

void EventFilterBar::showProxyState()
{
    // Only what differs is written back, so the cursor in the search field stays put.
    if (m_search->text() != m_proxy->searchText())
        m_search->setText(m_proxy->searchText());
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_proxy->periodFrom());
        m_to->setDate(m_proxy->periodTo());
    }
    int period = customPeriodIndex;
    for (int i = 0; i < customPeriodIndex; ++i) {
        const auto choice = m_period->itemData(i).value<QuickPeriod>();
        if (EventFilterProxyModel::quickPeriod(choice, Clock::today()) ==
            std::pair(m_proxy->periodFrom(), m_proxy->periodTo()))
            period = i;
    }
    m_period->setCurrentIndex(period);
    const auto kind = m_proxy->kindFilter();
    selectData(m_kind, kind ? QVariant(int(*kind)) : QVariant());
    const auto status = m_proxy->statusFilter();
    selectData(m_status, status ? QVariant(int(*status)) : QVariant());
    selectData(m_partner, m_proxy->partnerFilter());
    selectData(m_subject, m_proxy->subjectFilter());
    m_clear->setEnabled(m_proxy->isFiltering());
}

void EventFilterBar::quickPeriodChosen()
{
    if (m_period->currentIndex() == customPeriodIndex) {
        showProxyState(); // the dates stay as they are
        return;
    }
    const auto [from, to] = EventFilterProxyModel::quickPeriod(
        m_period->currentData().value<QuickPeriod>(), Clock::today());
    m_proxy->setPeriod(from, to);
}

void EventFilterBar::datesEdited()
{
    m_proxy->setPeriod(m_from->date(), m_to->date());
}
