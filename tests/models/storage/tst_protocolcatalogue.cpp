// The sync protocol's record catalogue (protocol/RecordCatalogue) must describe exactly the
// desktop's synced tables: every column travels except the cluster (the URL's) and the local sync
// columns, with a kind and nullability that fit the column. A new column or table that is not in
// the catalogue would silently never reach the server.
#include "models/storage/Database.h"
#include "protocol/RecordCatalogue.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using Protocol::FieldKind;

namespace {

// Columns every synced table has that stay on the desktop or are said by the envelope.
const QStringList localColumns = {QStringLiteral("id"),         QStringLiteral("cluster_id"),
                                  QStringLiteral("updated_at"), QStringLiteral("server_version"),
                                  QStringLiteral("sync_state"), QStringLiteral("deleted")};

struct Column
{
    QString name;
    QString type;
    bool notNull = false;
};

QList<Column> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QList<Column> columns;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, type, \"notnull\" FROM pragma_table_info(?)"));
    query.addBindValue(table);
    if (!query.exec())
        return columns;
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString().toUpper(),
                        query.value(2).toBool()});
    return columns;
}

// The SQLite column types each protocol kind may be stored in.
QString storageOf(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::Boolean:
        return QStringLiteral("INTEGER");
    case FieldKind::Number:
        return QStringLiteral("REAL");
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::Time:
    case FieldKind::Reference:
        return QStringLiteral("TEXT");
    }
    return {};
}

} // namespace

class TestProtocolCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void everySyncedTableIsATypeAndBack();
    void fieldsMatchTheColumns_data();
    void fieldsMatchTheColumns();
};

void TestProtocolCatalogue::everySyncedTableIsATypeAndBack()
{
    TestSupport::TempDatabase temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    QSqlQuery query(temp.database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS"
        " (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'server_version')"
        " ORDER BY m.name")));
    QStringList synced;
    while (query.next())
        synced << query.value(0).toString();
    // Clusters are made on the server by its administrator, not pushed.
    synced.removeOne(QStringLiteral("clusters"));
    QStringList types = Protocol::RecordCatalogue::typeNames();
    types.sort();
    QCOMPARE(types, synced);
}

void TestProtocolCatalogue::fieldsMatchTheColumns_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : Protocol::RecordCatalogue::typeNames())
        QTest::newRow(qPrintable(type)) << type;
}

void TestProtocolCatalogue::fieldsMatchTheColumns()
{
    QFETCH(QString, type);
    const Protocol::RecordTypeSpec *spec = Protocol::RecordCatalogue::find(type);
    QVERIFY(spec);
    TestSupport::TempDatabase temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));

    QStringList columnNames;
    for (const Column &column : columnsOf(temp.database().connection(), type)) {
        if (localColumns.contains(column.name))
            continue;
        columnNames << column.name;
        const Protocol::FieldSpec *field = spec->field(column.name);
        QVERIFY2(
            field,
            qPrintable(QStringLiteral("%1.%2 is not in the catalogue").arg(type, column.name)));
        QVERIFY2(column.type == storageOf(field->kind),
                 qPrintable(QStringLiteral("%1.%2 is %3").arg(type, column.name, column.type)));
        // A column that may be NULL needs a nullable field, and the other way round.
        QVERIFY2(field->nullable == !column.notNull,
                 qPrintable(QStringLiteral("%1.%2: nullability").arg(type, column.name)));
    }
    QStringList fieldNames;
    for (const Protocol::FieldSpec &field : spec->fields)
        fieldNames << field.name;
    columnNames.sort();
    fieldNames.sort();
    QCOMPARE(fieldNames, columnNames);
}

QTEST_GUILESS_MAIN(TestProtocolCatalogue)
#include "tst_protocolcatalogue.moc"
