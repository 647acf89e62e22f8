#pragma once

#include <QWidget>

class QLabel;

// Stands in for a section that is not built yet and says so plainly; it shows no data.
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    // title and text are untranslated source strings (QT_TR_NOOP in the PlaceholderView
    // context), so they follow a language switch.
    PlaceholderView(const char *title, const char *text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_titleSource;
    const char *m_textSource;
    QLabel *m_title;
    QLabel *m_text;
};
