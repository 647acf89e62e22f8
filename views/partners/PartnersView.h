#pragma once

#include <QWidget>

class EmptyState;
class PartnerDetailsPanel;
class PartnerFilterProxyModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class Workspace;

// The partner register: search and filters above a sortable table, the selected partner's
// details beside it, and an empty state that says what to do when there is no cluster yet.
class PartnersView : public QWidget
{
    Q_OBJECT

public:
    explicit PartnersView(Workspace *workspace, QWidget *parent = nullptr);
    ~PartnersView() override;

    QTableView *table() const { return m_table; }
    PartnerFilterProxyModel *proxy() const { return m_proxy; }
    QStringList selectedIds() const;
    bool hasCluster() const;

    void newPartner();
    void editSelected();
    void deleteSelected();
    void focusSearch();
    void chooseColumns(const QPoint &globalPosition);
    void selectPartner(const QString &id);
    // Shows every partner of the cluster, current and former.
    void clearFilters();

Q_SIGNALS:
    void selectionChanged();
    void newClusterRequested();
    void demoRequested();
    void statusMessage(const QString &message);
    void showEventsRequested(const QString &partnerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();
    void updateCount();
    void updateDetails();
    void saveLayout() const;
    void restoreLayout();

    Workspace *m_workspace;
    PartnerFilterProxyModel *m_proxy;
    QStackedWidget *m_pages;
    EmptyState *m_emptyPage;
    class QPushButton *m_emptyNewCluster;
    class QPushButton *m_emptyDemo;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QComboBox *m_membershipFilter;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_table;
    PartnerDetailsPanel *m_details;
};
