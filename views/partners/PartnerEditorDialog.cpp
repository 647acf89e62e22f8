#include "views/partners/PartnerEditorDialog.h"

#include "views/widgets/FieldMessages.h"
#include "views/widgets/LockBanner.h"
#include "views/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum ContactColumn { ContactName, ContactRole, ContactEmail, ContactPhone, ContactColumnCount };

const QString geometryKey = QStringLiteral("partnerEditor/geometry");

} // namespace

PartnerEditorDialog::PartnerEditorDialog(const Partner &partner, const QStringList &otherNames,
                                         bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_original(partner)
    , m_isNew(isNew)
    , m_otherNames(otherNames)
{
    setObjectName(QStringLiteral("partnerEditor"));
    setWindowTitle(isNew ? tr("New partner") : tr("Edit partner – %1").arg(partner.name));
    buildForm();
    load(partner);
    if (isNew)
        m_type->setCurrentIndex(-1); // the type is a choice the user makes, not a default
    validate();
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

PartnerEditorDialog::~PartnerEditorDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

QLabel *PartnerEditorDialog::messageLabel(const QString &objectName)
{
    return FieldMessages::createLabel(this, objectName);
}

void PartnerEditorDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto addField = [&](const QString &label, QWidget *field, const QString &name,
                        std::optional<PartnerField> validated) {
        field->setObjectName(name + QStringLiteral("Edit"));
        auto *title = new QLabel(label, this);
        title->setBuddy(field);
        if (!validated) {
            form->addRow(title, field);
            return;
        }
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        QLabel *message = messageLabel(name + QStringLiteral("Message"));
        column->addWidget(message);
        m_messages.insert(*validated, message);
        form->addRow(title, column);
    };

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Istituto Comprensivo Roiano"));
    addField(tr("&Name:"), m_name, QStringLiteral("name"), PartnerField::Name);

    m_type = new QComboBox(this);
    m_type->setPlaceholderText(tr("Choose a type…"));
    for (PartnerType type : PartnerVocabulary::types())
        m_type->addItem(PartnerVocabulary::label(type), int(type));
    addField(tr("&Type:"), m_type, QStringLiteral("type"), PartnerField::Type);
    m_typeMessage = m_messages.value(PartnerField::Type);

    m_schoolLevel = new QComboBox(this);
    m_schoolLevel->addItem(tr("Not given"), int(SchoolLevel::None));
    for (SchoolLevel level : PartnerVocabulary::schoolLevels())
        m_schoolLevel->addItem(PartnerVocabulary::label(level), int(level));
    addField(tr("School &level:"), m_schoolLevel, QStringLiteral("schoolLevel"),
             PartnerField::SchoolLevel);

    m_city = new QLineEdit(this);
    addField(tr("&City:"), m_city, QStringLiteral("city"), std::nullopt);
    m_address = new QLineEdit(this);
    addField(tr("&Address:"), m_address, QStringLiteral("address"), std::nullopt);
    m_website = new QLineEdit(this);
    m_website->setPlaceholderText(tr("www.example.org"));
    addField(tr("&Website:"), m_website, QStringLiteral("website"), PartnerField::Website);
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("name@example.org"));
    addField(tr("&E-mail:"), m_email, QStringLiteral("email"), PartnerField::Email);
    m_phone = new QLineEdit(this);
    addField(tr("&Phone:"), m_phone, QStringLiteral("phone"), std::nullopt);

    m_joinedOn = new OptionalDateEdit(this);
    m_joinedOn->setCheckText(tr("Known"));
    addField(tr("&Joined on:"), m_joinedOn, QStringLiteral("joinedOn"), PartnerField::JoinedOn);
    m_leftOn = new OptionalDateEdit(this);
    m_leftOn->setCheckText(tr("Has left"));
    addField(tr("Le&ft on:"), m_leftOn, QStringLiteral("leftOn"), PartnerField::LeftOn);

    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"), std::nullopt);

    m_contacts = new QStandardItemModel(0, ContactColumnCount, this);
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("E-mail"), tr("Phone")});
    m_contactsView = new QTableView(this);
    m_contactsView->setObjectName(QStringLiteral("contactsTable"));
    m_contactsView->setModel(m_contacts);
    m_contactsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contactsView->setWordWrap(false);
    m_contactsView->verticalHeader()->hide();
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setMinimumHeight(120);

    auto *addContactButton = new QPushButton(tr("Add &contact"), this);
    addContactButton->setObjectName(QStringLiteral("addContactButton"));
    m_removeContact = new QPushButton(tr("&Remove contact"), this);
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_removeContact->setEnabled(false);
    connect(addContactButton, &QPushButton::clicked, this, &PartnerEditorDialog::addContact);
    connect(m_removeContact, &QPushButton::clicked, this, &PartnerEditorDialog::removeContact);
    connect(m_contactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeContact->setEnabled(m_contactsView->selectionModel()->hasSelection());
    });

    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContactButton);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch();
    auto *contactsColumn = new QVBoxLayout;
    contactsColumn->addWidget(m_contactsView);
    QLabel *contactsMessage = messageLabel(QStringLiteral("contactsMessage"));
    m_messages.insert(PartnerField::Contacts, contactsMessage);
    contactsColumn->addWidget(contactsMessage);
    contactsColumn->addLayout(contactButtons);
    form->addRow(tr("Contact persons:"), contactsColumn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_lockBanner = new LockBanner(QStringLiteral("periodLockBanner"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockBanner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_city, m_address, m_website, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &PartnerEditorDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PartnerEditorDialog::validate);
    connect(m_schoolLevel, &QComboBox::currentIndexChanged, this, &PartnerEditorDialog::validate);
    connect(m_joinedOn, &OptionalDateEdit::changed, this, &PartnerEditorDialog::validate);
    connect(m_leftOn, &OptionalDateEdit::changed, this, &PartnerEditorDialog::validate);
    connect(m_contacts, &QStandardItemModel::itemChanged, this, &PartnerEditorDialog::validate);
    connect(m_contacts, &QStandardItemModel::rowsRemoved, this, &PartnerEditorDialog::validate);
    resize(720, 700);
}

void PartnerEditorDialog::load(const Partner &partner)
{
    m_name->setText(partner.name);
    m_type->setCurrentIndex(m_type->findData(int(partner.type)));
    m_schoolLevel->setCurrentIndex(m_schoolLevel->findData(int(partner.schoolLevel)));
    m_city->setText(partner.city);
    m_address->setText(partner.address);
    m_website->setText(partner.website);
    m_email->setText(partner.email);
    m_phone->setText(partner.phone);
    m_joinedOn->setDate(partner.joinedOn);
    m_leftOn->setDate(partner.leftOn);
    m_notes->setPlainText(partner.notes);
    for (const ContactPerson &contact : partner.contacts) {
        QList<QStandardItem *> row = {
            new QStandardItem(contact.name), new QStandardItem(contact.role),
            new QStandardItem(contact.email), new QStandardItem(contact.phone)};
        row.first()->setData(contact.id, Qt::UserRole);
        m_contacts->appendRow(row);
    }
}

Partner PartnerEditorDialog::partner() const
{
    Partner partner = m_original;
    partner.name = m_name->text().trimmed();
    if (m_type->currentIndex() >= 0)
        partner.type = PartnerType(m_type->currentData().toInt());
    partner.schoolLevel = partner.type == PartnerType::School
                              ? SchoolLevel(m_schoolLevel->currentData().toInt())
                              : SchoolLevel::None;
    partner.city = m_city->text().trimmed();
    partner.address = m_address->text().trimmed();
    const QString website = PartnerValidator::normalizedWebsite(m_website->text());
    partner.website = website.isEmpty() ? m_website->text().trimmed() : website;
    partner.email = m_email->text().trimmed();
    partner.phone = m_phone->text().trimmed();
    partner.joinedOn = m_joinedOn->date();
    partner.leftOn = m_leftOn->date();
    partner.notes = m_notes->toPlainText().trimmed();
    partner.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        ContactPerson contact;
        contact.id = m_contacts->item(row, ContactName)->data(Qt::UserRole).toString();
        contact.name = m_contacts->item(row, ContactName)->text().trimmed();
        contact.role = m_contacts->item(row, ContactRole)->text().trimmed();
        contact.email = m_contacts->item(row, ContactEmail)->text().trimmed();
        contact.phone = m_contacts->item(row, ContactPhone)->text().trimmed();
        partner.contacts.append(contact);
    }
    return partner;
}

void PartnerEditorDialog::setPeriodLock(const PeriodLock &lock)
{
    m_lock = lock;
    validate();
}

void PartnerEditorDialog::validate()
{
    m_schoolLevel->setEnabled(m_type->currentIndex() < 0 ||
                              PartnerType(m_type->currentData().toInt()) == PartnerType::School);
    m_issues = PartnerValidator::validate(partner(), m_otherNames);
    if (m_type->currentIndex() < 0)
        m_issues.append({PartnerField::Type, ValidationIssue::Severity::Error,
                         PartnerValidator::typeRequiredMessage(), -1});

    FieldMessages::show(m_messages, m_issues);

    // Said while the user can still take the change back, not after Save has closed the editor.
    const std::optional<Partner> before =
        m_isNew ? std::nullopt : std::optional<Partner>(m_original);
    const QString refusal = m_lock.refusal(before, partner());
    m_lockBanner->setMessage(
        refusal.isEmpty() || !before
            ? refusal
            : refusal + QLatin1Char(' ') +
                  tr("Changes that leave its type and membership dates as they were can still be "
                     "saved."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!PartnerValidator::hasErrors(m_issues) && refusal.isEmpty());
}

void PartnerEditorDialog::addContact()
{
    QList<QStandardItem *> row;
    for (int column = 0; column < ContactColumnCount; ++column)
        row.append(new QStandardItem);
    m_contacts->appendRow(row);
    const QModelIndex name = m_contacts->index(m_contacts->rowCount() - 1, ContactName);
    m_contactsView->setCurrentIndex(name);
    m_contactsView->edit(name);
    validate();
}

void PartnerEditorDialog::removeContact()
{
    const QModelIndexList rows = m_contactsView->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers.append(index.row());
    std::sort(numbers.begin(), numbers.end(), std::greater<int>());
    for (int row : std::as_const(numbers))
        m_contacts->removeRow(row);
}
