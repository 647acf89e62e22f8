#include "views/events/FiguresEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {

// -1 stands for "not recorded": the spin box shows it as text, and a step up gives 0.
constexpr int notRecorded = -1;

} // namespace

FiguresEditor::FiguresEditor(int columns, QWidget *parent)
    : QWidget(parent)
    , m_total(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    for (Figure figure : EventVocabulary::figures()) {
        auto *label = new QLabel(this);
        auto *spinBox = new QSpinBox(this);
        spinBox->setObjectName(EventVocabulary::key(figure) + QStringLiteral("Edit"));
        spinBox->setRange(notRecorded, 1000000);
        spinBox->setValue(notRecorded);
        spinBox->setAlignment(Qt::AlignRight);
        spinBox->setGroupSeparatorShown(true);
        label->setBuddy(spinBox);
        const int index = int(figure);
        const int row = index / columns;
        const int column = (index % columns) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(spinBox, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        m_labels.append(label);
        m_spinBoxes.append(spinBox);
        connect(spinBox, &QSpinBox::valueChanged, this, [this] {
            updateTotal();
            Q_EMIT changed();
        });
    }
    m_total->setObjectName(QStringLiteral("figuresTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    grid->addWidget(m_total, grid->rowCount(), 0, 1, columns * 2);
    retranslate();
}

FiguresEditor::Figures FiguresEditor::figures() const
{
    Figures figures{};
    for (int i = 0; i < figureCount; ++i) {
        const int value = m_spinBoxes.at(i)->value();
        if (value != notRecorded)
            figures[std::size_t(i)] = value;
    }
    return figures;
}

void FiguresEditor::setFigures(const Figures &figures)
{
    for (int i = 0; i < figureCount; ++i) {
        const QSignalBlocker blocker(m_spinBoxes.at(i));
        m_spinBoxes.at(i)->setValue(figures[std::size_t(i)].value_or(notRecorded));
    }
    updateTotal();
    Q_EMIT changed();
}

bool FiguresEditor::hasFigures() const
{
    return std::any_of(m_spinBoxes.cbegin(), m_spinBoxes.cend(),
                       [](const QSpinBox *spinBox) { return spinBox->value() != notRecorded; });
}

void FiguresEditor::focusFirst()
{
    QSpinBox *first = m_spinBoxes.constFirst();
    first->setFocus(Qt::OtherFocusReason);
    first->selectAll();
}

void FiguresEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FiguresEditor::retranslate()
{
    for (Figure figure : EventVocabulary::figures()) {
        m_labels.at(int(figure))->setText(EventVocabulary::label(figure) + QLatin1Char(':'));
        m_spinBoxes.at(int(figure))->setSpecialValueText(tr("not recorded"));
    }
    updateTotal();
}

void FiguresEditor::updateTotal()
{
    int total = 0;
    for (const QSpinBox *spinBox : std::as_const(m_spinBoxes))
        total += qMax(0, spinBox->value());
    m_total->setText(hasFigures() ? tr("Total: %Ln participant(s)", nullptr, total)
                                  : tr("Total: no figures recorded yet"));
}
