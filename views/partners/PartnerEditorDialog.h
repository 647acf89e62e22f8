#pragma once

#include "models/partners/Partner.h"
#include "models/partners/PartnerValidator.h"
#include "models/periods/PeriodLock.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class LockBanner;
class OptionalDateEdit;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Adds or edits one partner and its contact persons. Problems are shown next to the field as the
// user types; OK stays disabled while any error remains. A duplicate name is only a warning.
class PartnerEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // otherNames: the other partners' names in the cluster, for the duplicate warning.
    PartnerEditorDialog(const Partner &partner, const QStringList &otherNames, bool isNew,
                        QWidget *parent = nullptr);
    ~PartnerEditorDialog() override;

    // The locked reporting periods: an edit they would refuse is explained in a banner and
    // cannot be saved.
    void setPeriodLock(const PeriodLock &lock);

    Partner partner() const; // the edited partner, as it will be saved
    QList<ValidationIssue> issues() const { return m_issues; }

private:
    void buildForm();
    void load(const Partner &partner);
    void validate();
    void addContact();
    void removeContact();
    QLabel *messageLabel(const QString &objectName);

    Partner m_original;
    bool m_isNew;
    PeriodLock m_lock;
    QStringList m_otherNames;
    QList<ValidationIssue> m_issues;

    LockBanner *m_lockBanner = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_schoolLevel = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    OptionalDateEdit *m_joinedOn = nullptr;
    OptionalDateEdit *m_leftOn = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QStandardItemModel *m_contacts = nullptr;
    QTableView *m_contactsView = nullptr;
    QPushButton *m_removeContact = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_typeMessage = nullptr;
    QHash<PartnerField, QLabel *> m_messages;
};
