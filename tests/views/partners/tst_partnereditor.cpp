#include "models/common/Translations.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowTestSupport.h"
#include "views/partners/PartnerEditorDialog.h"
#include "views/partners/PartnersView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>
#include <QUndoStack>

class TestPartnerEditor : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpWindowTests(); }

    // Only the tests that need the window open it.
    void cleanup() { closeWindow(); }

    void newPartnerNeedsNameAndType()
    {
        PartnerEditorDialog dialog(Partner{}, {}, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(message(dialog, "nameMessage")->isVisible());
        QVERIFY(message(dialog, "typeMessage")->isVisible());

        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Liceo Demo"));
        QVERIFY(!message(dialog, "nameMessage")->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled()); // the type is still missing

        auto *type = child<QComboBox>(dialog, "typeEdit");
        type->setCurrentIndex(type->findData(int(PartnerType::School)));
        QVERIFY(!message(dialog, "typeMessage")->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.partner().name, QStringLiteral("Liceo Demo"));
        QCOMPARE(dialog.partner().type, PartnerType::School);
    }

    void checksEmailAndWebsiteAsTyped()
    {
        PartnerEditorDialog dialog(validPartner(), {}, false);
        dialog.show();
        QVERIFY(okButton(dialog)->isEnabled());

        auto *email = child<QLineEdit>(dialog, "emailEdit");
        QTest::keyClicks(email, QStringLiteral("info-at-example"));
        QVERIFY(message(dialog, "emailMessage")->isVisible());
        QVERIFY(message(dialog, "emailMessage")->text().contains(QStringLiteral("e-mail")));
        QVERIFY(!okButton(dialog)->isEnabled());
        email->clear();
        QTest::keyClicks(email, QStringLiteral("info@example.org"));
        QVERIFY(!message(dialog, "emailMessage")->isVisible());

        auto *website = child<QLineEdit>(dialog, "websiteEdit");
        QTest::keyClicks(website, QStringLiteral("not a site"));
        QVERIFY(message(dialog, "websiteMessage")->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
        website->clear();
        QTest::keyClicks(website, QStringLiteral("www.example.org"));
        QVERIFY(!message(dialog, "websiteMessage")->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.partner().website, QStringLiteral("https://www.example.org"));
    }

    void leftOnCannotPrecedeJoinedOn()
    {
        Partner partner = validPartner();
        partner.joinedOn = QDate(2021, 5, 10);
        PartnerEditorDialog dialog(partner, {}, false);
        dialog.show();
        auto *leftOn = dialog.findChild<QWidget *>(QStringLiteral("leftOnEdit"));
        QVERIFY(leftOn);
        leftOn->findChild<QCheckBox *>(QStringLiteral("check"))->setChecked(true);
        leftOn->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate(2021, 5, 9));
        QVERIFY(message(dialog, "leftOnMessage")->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
        leftOn->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate(2021, 5, 10));
        QVERIFY(!message(dialog, "leftOnMessage")->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.partner().leftOn, QDate(2021, 5, 10));
    }

    void duplicateNameIsOnlyAWarning()
    {
        PartnerEditorDialog dialog(validPartner(), {QStringLiteral("LICEO  dèmo")}, false);
        dialog.show();
        QLabel *name = message(dialog, "nameMessage");
        QVERIFY(name->isVisible());
        QVERIFY(name->text().contains(QStringLiteral("already called")));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void schoolLevelOnlyForSchools()
    {
        PartnerEditorDialog dialog(validPartner(), {}, false);
        dialog.show();
        auto *level = child<QComboBox>(dialog, "schoolLevelEdit");
        QVERIFY(level->isEnabled());
        level->setCurrentIndex(level->findData(int(SchoolLevel::Primary)));
        auto *type = child<QComboBox>(dialog, "typeEdit");
        type->setCurrentIndex(type->findData(int(PartnerType::Museum)));
        QVERIFY(!level->isEnabled());
        QCOMPARE(dialog.partner().schoolLevel, SchoolLevel::None);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void contactsAreEditedInside()
    {
        Partner partner = validPartner();
        partner.contacts = {{QStringLiteral("c-1"),
                             QStringLiteral("Anna Demo"),
                             QStringLiteral("Teacher"),
                             {},
                             {}}};
        PartnerEditorDialog dialog(partner, {}, false);
        dialog.show();
        auto *table = child<QTableView>(dialog, "contactsTable");
        QCOMPARE(table->model()->rowCount(), 1);

        QTest::mouseClick(child<QPushButton>(dialog, "addContactButton"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        // A contact without a name is an error shown under the table.
        QVERIFY(message(dialog, "contactsMessage")->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
        table->model()->setData(table->model()->index(1, 0), QStringLiteral("Bruno Prova"));
        table->model()->setData(table->model()->index(1, 2), QStringLiteral("bruno@"));
        QVERIFY(message(dialog, "contactsMessage")->text().contains(QStringLiteral("bruno@")));
        table->model()->setData(table->model()->index(1, 2), QStringLiteral("bruno@example.org"));
        QVERIFY(!message(dialog, "contactsMessage")->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());

        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "removeContactButton"), Qt::LeftButton);
        const Partner edited = dialog.partner();
        QCOMPARE(edited.contacts.size(), 1);
        QCOMPARE(edited.contacts.constFirst().name, QStringLiteral("Bruno Prova"));
        QVERIFY(edited.contacts.constFirst().id.isEmpty()); // new, the repository gives it an id
    }

    void cancelLeavesThePartnerAlone()
    {
        const Partner partner = validPartner();
        PartnerEditorDialog dialog(partner, {}, false);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral(" changed"));
        dialog.reject();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // From the register: a partner edited and then cancelled is the partner it was, in the
        // table, in the database and in the history.
        QVERIFY(openWindow());
        QString error;
        QVERIFY2(m_workspace->createDemo(&error), qPrintable(error));
        const PartnerTableModel *model = m_workspace->partners();
        QVERIFY(model->rowCount() > 0);
        const Partner before = model->partnerAt(0);
        const PartnerRepository repository(m_temp->database().connection());
        const std::optional<Partner> stored = repository.find(before.id).value();
        QVERIFY(stored);
        const int history = m_workspace->undoStack()->count();
        m_window->section<PartnersView>()->selectPartner(before.id);
        QCOMPARE(m_window->section<PartnersView>()->selectedIds(), QStringList{before.id});
        QVERIFY(action("editPartnerAction")->isEnabled());

        bool edited = false;
        DialogTestSupport::whenDialogOpens(QStringLiteral("partnerEditor"), [&](QDialog *editor) {
            auto *name = child<QLineEdit>(*editor, "nameEdit");
            QCOMPARE(name->text(), before.name);
            QTest::keyClicks(name, QStringLiteral(" changed"));
            QTest::keyClicks(child<QLineEdit>(*editor, "cityEdit"), QStringLiteral(" Nord"));
            edited = true;
            editor->reject();
        });
        action("editPartnerAction")->trigger();
        QVERIFY(edited);
        QCOMPARE(model->partnerAt(0), before);
        QCOMPARE(repository.find(before.id).value(), stored);
        QCOMPARE(m_workspace->undoStack()->count(), history);
    }

private:
    static Partner validPartner()
    {
        Partner partner;
        partner.id = QStringLiteral("p-1");
        partner.clusterId = QStringLiteral("c-1");
        partner.name = QStringLiteral("Liceo Demo");
        partner.type = PartnerType::School;
        return partner;
    }

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    static QLabel *message(QWidget &dialog, const char *name)
    {
        return child<QLabel>(dialog, name);
    }

    static QPushButton *okButton(QWidget &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }
};

QTEST_MAIN(TestPartnerEditor)
#include "tst_partnereditor.moc"
