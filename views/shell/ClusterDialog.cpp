#include "views/shell/ClusterDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ClusterDialog::ClusterDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_coordinator(new QLineEdit(this))
    , m_nameMessage(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("clusterDialog"));
    setWindowTitle(tr("New cluster"));
    m_name->setObjectName(QStringLiteral("clusterNameEdit"));
    m_region->setObjectName(QStringLiteral("clusterRegionEdit"));
    m_country->setObjectName(QStringLiteral("clusterCountryEdit"));
    m_coordinator->setObjectName(QStringLiteral("clusterCoordinatorEdit"));
    m_nameMessage->setObjectName(QStringLiteral("clusterNameMessage"));
    m_nameMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_name->setPlaceholderText(tr("e.g. Trieste Education Cluster"));

    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), nameColumn);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("Coordinating &organisation:"), m_coordinator);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ClusterDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(460, 220);
    validate();
}

Cluster ClusterDialog::cluster() const
{
    Cluster cluster;
    cluster.name = m_name->text().trimmed();
    cluster.region = m_region->text().trimmed();
    cluster.country = m_country->text().trimmed();
    cluster.coordinator = m_coordinator->text().trimmed();
    return cluster;
}

void ClusterDialog::validate()
{
    const QString name = m_name->text().trimmed();
    QString message;
    if (name.isEmpty())
        message = tr("The name is required.");
    for (const QString &existing : std::as_const(m_existingNames)) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            message = tr("A cluster called “%1” already exists.").arg(existing);
    }
    // An untouched empty form shows no error yet, only a disabled button.
    m_nameMessage->setText(message);
    m_nameMessage->setVisible(!message.isEmpty() && !(name.isEmpty() && !m_name->isModified()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}
