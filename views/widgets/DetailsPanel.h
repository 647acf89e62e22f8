#pragma once

#include <QScrollArea>
#include <QStringList>

class QLabel;
class QPushButton;
class QVBoxLayout;

// Read-only summary of the selected record as rich text, with buttons for what to do next under
// it. Subclasses write the text in render(), which runs again when the language changes.
class DetailsPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    virtual void render() = 0;

    QLabel *textLabel() const { return m_label; }
    void setHtml(const QString &html);
    // A button under the text, hidden until the subclass shows it.
    QPushButton *addButton(const QString &objectName);

    static QString escaped(const QString &text);
    static QString greyParagraph(const QString &text);

    // A two-column table of labelled values; empty values are left out.
    class Rows
    {
    public:
        void add(const QString &label, const QString &valueHtml);
        QString html() const;

    private:
        QStringList m_rows;
    };

private:
    QLabel *m_label;
    QVBoxLayout *m_buttons;
};
