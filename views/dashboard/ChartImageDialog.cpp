#include "views/dashboard/ChartImageDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

struct Preset
{
    const char *label;
    QSize size;
    int dpi;
};

// The limits are those of KpiCharts::exportChart.
const Preset presets[] = {
    {QT_TRANSLATE_NOOP("ChartImageDialog", "Slides and documents"), QSize(1600, 1000), 192},
    {QT_TRANSLATE_NOOP("ChartImageDialog", "Screen and web pages"), QSize(1200, 750), 96},
    {QT_TRANSLATE_NOOP("ChartImageDialog", "Print"), QSize(2400, 1500), 300},
};

} // namespace

ChartImageDialog::ChartImageDialog(QSize size, int dpi, QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_printSize(new QLabel(this))
{
    setObjectName(QStringLiteral("chartImageDialog"));
    setWindowTitle(tr("Chart image size"));
    m_preset->setObjectName(QStringLiteral("chartImagePreset"));
    m_width->setObjectName(QStringLiteral("chartImageWidth"));
    m_height->setObjectName(QStringLiteral("chartImageHeight"));
    m_dpi->setObjectName(QStringLiteral("chartImageDpi"));
    m_printSize->setObjectName(QStringLiteral("chartImagePrintSize"));

    const QLocale locale;
    for (const Preset &preset : presets) {
        m_preset->addItem(tr("%1: %2 × %3 pixels, %4 dpi")
                              .arg(tr(preset.label), locale.toString(preset.size.width()),
                                   locale.toString(preset.size.height()),
                                   locale.toString(preset.dpi)));
    }
    m_preset->addItem(tr("Custom size"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(100, 10000);
        box->setSingleStep(100);
        box->setSuffix(tr(" px"));
        box->setGroupSeparatorShown(true);
    }
    m_dpi->setRange(36, 1200);
    m_dpi->setSingleStep(12);
    m_dpi->setSuffix(tr(" dpi"));
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_dpi->setValue(dpi);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width); // a row of two fields gets no buddy of its own
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    m_printSize->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_printSize);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::activated, this, &ChartImageDialog::presetChosen);
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ChartImageDialog::valuesEdited);
    valuesEdited();
    m_printSize->setMinimumWidth(m_preset->sizeHint().width());
}

QSize ChartImageDialog::imageSize() const
{
    return {m_width->value(), m_height->value()};
}

int ChartImageDialog::dpi() const
{
    return m_dpi->value();
}

void ChartImageDialog::presetChosen()
{
    const int index = m_preset->currentIndex();
    if (index < 0 || index >= int(std::size(presets)))
        return;
    const QSignalBlocker width(m_width);
    const QSignalBlocker height(m_height);
    const QSignalBlocker dpi(m_dpi);
    m_width->setValue(presets[index].size.width());
    m_height->setValue(presets[index].size.height());
    m_dpi->setValue(presets[index].dpi);
    valuesEdited();
}

void ChartImageDialog::valuesEdited()
{
    int index = int(std::size(presets)); // custom
    for (int i = 0; i < int(std::size(presets)); ++i) {
        if (presets[i].size == imageSize() && presets[i].dpi == dpi())
            index = i;
    }
    m_preset->setCurrentIndex(index);
    // The resolution decides how large the texts are: say what it means on paper.
    const QLocale locale;
    const double inch = 2.54;
    m_printSize->setText(
        tr("Printed at this resolution the chart measures %1 × %2 cm, with texts at their usual "
           "size.")
            .arg(locale.toString(imageSize().width() * inch / dpi(), 'f', 1),
                 locale.toString(imageSize().height() * inch / dpi(), 'f', 1)));
}
