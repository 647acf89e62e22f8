#pragma once

#include <QWidget>

class EventFilterProxyModel;
class OptionalDateEdit;
class QComboBox;
class QLineEdit;
class QPushButton;
class Workspace;

// The filters above the events: search, period (with quick choices), kind, status, partner and
// subject. The proxy holds the filters; the bar shows them, so a filter set from elsewhere
// (a partner's "Show events") is visible here and can be cleared.
class EventFilterBar : public QWidget
{
    Q_OBJECT

public:
    EventFilterBar(EventFilterProxyModel *proxy, Workspace *workspace, QWidget *parent = nullptr);

    void focusSearch();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPartners();
    void fillSubjects();
    void showProxyState();
    void quickPeriodChosen();
    void datesEdited();

    EventFilterProxyModel *m_proxy;
    Workspace *m_workspace;
    QLineEdit *m_search;
    QComboBox *m_period;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_partner;
    QComboBox *m_subject;
    QPushButton *m_clear;
};
