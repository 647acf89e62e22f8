#pragma once

#include "models/events/Event.h"

#include <QList>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QSpinBox;

// The six participation figures of an event, each a whole number or "not recorded" (which is not
// the same as 0), with their total shown as they are typed.
class FiguresEditor : public QWidget
{
    Q_OBJECT

public:
    using Figures = std::array<std::optional<int>, figureCount>;

    // columns: how many label and figure pairs side by side.
    explicit FiguresEditor(int columns, QWidget *parent = nullptr);

    Figures figures() const;
    void setFigures(const Figures &figures);
    bool hasFigures() const;
    QSpinBox *spinBox(Figure figure) const { return m_spinBoxes.at(int(figure)); }
    // Puts the cursor in the first figure, ready to type over it.
    void focusFirst();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTotal();

    QList<QLabel *> m_labels;
    QList<QSpinBox *> m_spinBoxes;
    QLabel *m_total;
};
