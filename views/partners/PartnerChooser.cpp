#include "views/partners/PartnerChooser.h"

#include "models/common/TextFolding.h"

#include <QCollator>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int foldedNameRole = Qt::UserRole + 2;

// Ticked partners stay in sight whatever the search, so the user always sees the choice.
class ChosenFirstFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
            return true;
        const QString name = index.data(foldedNameRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&](const QString &word) { return name.contains(word); });
    }

private:
    QStringList m_words;
};

} // namespace

PartnerChooser::PartnerChooser(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_organisers(makeSide(QStringLiteral("organisersEdit"), &m_organiserIds))
    , m_participants(makeSide(QStringLiteral("participantsEdit"), &m_participantIds))
{
    m_search->setObjectName(QStringLiteral("partnerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (Side *side : {&m_organisers, &m_participants})
            static_cast<ChosenFirstFilter *>(side->proxy)->setWords(text);
    });
    connect(m_organisers.model, &QStandardItemModel::itemChanged, this,
            [this](QStandardItem *item) { itemChanged(m_organisers, item); });
    connect(m_participants.model, &QStandardItemModel::itemChanged, this,
            [this](QStandardItem *item) { itemChanged(m_participants, item); });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0, 1, 2);
    layout->addWidget(m_organisers.title, 1, 0);
    layout->addWidget(m_participants.title, 1, 1);
    layout->addWidget(m_organisers.view, 2, 0);
    layout->addWidget(m_participants.view, 2, 1);
    retranslate();
}

PartnerChooser::Side PartnerChooser::makeSide(const QString &objectName, QStringList *chosen)
{
    Side side;
    side.title = new QLabel(this);
    side.model = new QStandardItemModel(this);
    side.proxy = new ChosenFirstFilter(this);
    side.proxy->setSourceModel(side.model);
    // A one-column table rather than a list: long names end in "…" instead of scrolling.
    side.view = new QTableView(this);
    side.view->setObjectName(objectName);
    side.view->setModel(side.proxy);
    side.view->horizontalHeader()->hide();
    side.view->horizontalHeader()->setStretchLastSection(true);
    side.view->verticalHeader()->hide();
    side.view->verticalHeader()->setDefaultSectionSize(side.view->fontMetrics().height() + 6);
    side.view->setShowGrid(false);
    side.view->setWordWrap(false);
    side.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    side.view->setSelectionMode(QAbstractItemView::SingleSelection);
    side.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side.view->setMinimumHeight(160);
    side.title->setBuddy(side.view);
    side.chosen = chosen;
    return side;
}

void PartnerChooser::setPartners(const QList<Entry> &partners)
{
    m_partners = partners;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_partners.begin(), m_partners.end(),
              [&](const Entry &a, const Entry &b) { return collator.compare(a.name, b.name) < 0; });
    fill(m_organisers);
    fill(m_participants);
    updateAvailability();
}

void PartnerChooser::setChosen(const QStringList &organiserIds, const QStringList &participantIds)
{
    // Ids of partners no longer in the register stay chosen, unseen, rather than being dropped
    // silently by an edit of something else.
    m_organiserIds = organiserIds;
    m_participantIds = participantIds;
    fill(m_organisers);
    fill(m_participants);
    updateAvailability();
    Q_EMIT changed();
}

void PartnerChooser::fill(Side &side)
{
    // The chosen partners open the list, in their order; ticking later moves nothing, so the
    // row under the mouse stays put.
    QList<Entry> ordered;
    for (const QString &id : std::as_const(*side.chosen)) {
        const auto it = std::find_if(m_partners.cbegin(), m_partners.cend(),
                                     [&](const Entry &entry) { return entry.id == id; });
        if (it != m_partners.cend())
            ordered.append(*it);
    }
    for (const Entry &partner : std::as_const(m_partners)) {
        if (!side.chosen->contains(partner.id))
            ordered.append(partner);
    }
    // Items are complete before they join the model, so filling emits no itemChanged.
    side.model->clear();
    for (const Entry &partner : std::as_const(ordered)) {
        auto *item = new QStandardItem(partner.name);
        item->setData(partner.id, idRole);
        item->setData(TextFolding::fold(partner.name), foldedNameRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(side.chosen->contains(partner.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(partner.name);
        side.model->appendRow(item);
    }
}

void PartnerChooser::itemChanged(Side &side, QStandardItem *item)
{
    const QString id = item->data(idRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == side.chosen->contains(id))
        return; // another role of the item changed
    if (checked)
        side.chosen->append(id);
    else
        side.chosen->removeAll(id);
    updateAvailability();
    Q_EMIT changed();
}

void PartnerChooser::updateAvailability()
{
    for (auto [side, other, reason] :
         {std::tuple{&m_organisers, &m_participants, tr("Already taking part in the event")},
          std::tuple{&m_participants, &m_organisers, tr("Already an organiser of the event")}}) {
        for (int row = 0; row < side->model->rowCount(); ++row) {
            QStandardItem *item = side->model->item(row);
            const bool taken = other->chosen->contains(item->data(idRole).toString());
            item->setEnabled(!taken);
            item->setToolTip(taken ? item->text() + QLatin1Char('\n') + reason : item->text());
        }
    }
    retranslate(); // the counts in the titles
}

void PartnerChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PartnerChooser::retranslate()
{
    m_search->setPlaceholderText(tr("Find a partner…"));
    m_organisers.title->setText(tr("&Organised by (%1)").arg(m_organiserIds.size()));
    m_participants.title->setText(tr("Also &taking part (%1)").arg(m_participantIds.size()));
}
