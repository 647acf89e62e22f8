#pragma once

#include "models/clusters/Cluster.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a new cluster's name, region, country and coordinating organisation.
class ClusterDialog : public QDialog
{
    Q_OBJECT

public:
    // existingNames: clusters already in the database, so a taken name is refused as typed.
    explicit ClusterDialog(const QStringList &existingNames, QWidget *parent = nullptr);

    Cluster cluster() const;

private:
    void validate();

    QStringList m_existingNames;
    QLineEdit *m_name;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QLineEdit *m_coordinator;
    QLabel *m_nameMessage;
    QDialogButtonBox *m_buttons;
};
