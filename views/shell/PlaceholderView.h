#pragma once

#include "views/shell/Section.h"

class QLabel;

// Stands in for a section that is not built yet and says so plainly; it shows no data and offers
// no action.
class PlaceholderView : public Section
{
    Q_OBJECT

public:
    // The texts are untranslated source strings (QT_TRANSLATE_NOOP in the PlaceholderView
    // context), so they follow a language switch: the section's name in the navigation, and the
    // title and text it shows; iconName names its icon.
    PlaceholderView(const char *sectionTitle, const char *iconName, const char *title,
                    const char *text, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_sectionTitleSource;
    const char *m_iconName;
    const char *m_titleSource;
    const char *m_textSource;
    QLabel *m_title;
    QLabel *m_text;
};
