#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QLabel;
class QSpinBox;

// Asks the size and resolution of a chart saved as a PNG image, with presets for slides, the
// screen and print.
class ChartImageDialog : public QDialog
{
    Q_OBJECT

public:
    ChartImageDialog(QSize size, int dpi, QWidget *parent = nullptr);

    QSize imageSize() const;
    int dpi() const;

private:
    void presetChosen();
    void valuesEdited();

    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_printSize;
};
