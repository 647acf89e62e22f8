#pragma once

#include "views/shell/Section.h"

class ColumnChooser;
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
// Offers the partners' edits and their CSV import and export.
class PartnersView : public Section
{
    Q_OBJECT

public:
    explicit PartnersView(Workspace *workspace, QWidget *parent = nullptr);
    ~PartnersView() override;

    QTableView *table() const { return m_table; }
    PartnerFilterProxyModel *proxy() const { return m_proxy; }
    QStringList selectedIds() const;
    bool hasCluster() const;

    QString title() const override;
    QIcon icon() const override;
    bool canSearch() const override;
    void focusSearch() override;
    bool canChooseColumns() const override;
    void chooseColumns() override;
    bool opens(Link link) const override;
    void open(Link link, const QString &id) override;

    void newPartner();
    void editSelected();
    void deleteSelected();
    void importPartners();
    void exportPartners();
    void selectPartner(const QString &id);
    // Shows every partner of the cluster, current and former.
    void clearFilters();

protected:
    void changeEvent(QEvent *event) override;
    void updateActions() override;

private:
    void createActions();
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
    ColumnChooser *m_columns = nullptr;
    PartnerDetailsPanel *m_details;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_showEventsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};
