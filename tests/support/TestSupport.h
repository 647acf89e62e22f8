#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class Database;
struct Cluster;

namespace TestSupport {

// Points QSettings and QStandardPaths at a temporary folder for the life of the test process, so
// no test reads or writes the user's own settings or database. Call first thing in
// main/initTestCase.
void isolateUserFolders();

// A real SQLite database file in a fresh temporary folder.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    Database &database() { return *m_database; }
    QString path() const;
    QString folder() const { return m_folder.path(); }
    QString errorMessage() const;
    bool isOpen() const;

    // Adds a cluster and returns its id (empty on failure).
    QString addCluster(const QString &name, bool isDemo = false);

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

// Path of a file in tests/data.
QString dataFile(const QString &name);

} // namespace TestSupport
