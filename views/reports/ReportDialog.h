#pragma once

#include "models/clusters/Cluster.h"
#include "models/periods/ReportingPeriod.h"
#include "views/reports/KpiScopeChoice.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// What the periodic report should cover, in which language, and where it goes.
struct ReportRequest
{
    QString clusterName; // empty: every cluster (the project roll-up)
    QString periodName;  // empty: the days from and to
    QDate from;
    QDate to;
    QString language; // "en" or "it"
    QString path;
};

// Asks for the scope of the periodic report (a cluster or all of them; a reporting period or any
// range of days), its language and the PDF file to write.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // periods: the reporting periods of every cluster; choice: the scope to start from (the
    // dashboard's); folder: where the file goes by default.
    ReportDialog(const QList<Cluster> &clusters, const QString &currentClusterId,
                 const QList<ReportingPeriod> &periods, const KpiScopeChoice &choice,
                 const QString &language, const QString &folder, QWidget *parent = nullptr);

    ReportRequest request() const;

private:
    void reloadPeriods();
    void periodChosen();
    void suggestFileName();
    void browse();
    void validate();
    bool isCustom() const;

    QList<Cluster> m_clusters;
    QList<ReportingPeriod> m_periods;
    KpiScopeChoice m_choice; // the period it names is chosen first, while there is one
    QString m_folder;
    bool m_fileChosen = false; // typed or browsed: no longer follows the scope
    QComboBox *m_cluster;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_language;
    QLineEdit *m_file;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
