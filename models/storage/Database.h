#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One LEC Desk database file: opens it (creating it when absent, as far as the caller allows),
// refuses files that are not SQLite or come from a newer version, and brings older schemas up to
// date.
// Every connection has its own name, so that tests and the benchmark can open several at once.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // What open() may create when the file is not there yet.
    enum class Creation {
        FileAndFolder, // the file, and its folder when missing (the per-user database)
        File,          // the file, in a folder that exists
        Nothing,       // nothing: the file must exist
    };

    // Opens or creates the file at path and migrates it. On failure the file is left untouched
    // (except for a brand-new file, which is removed again) and errorMessage() says why.
    bool open(const QString &path, Creation creation = Creation::FileAndFolder);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorMessage() const { return m_errorMessage; }
    QSqlDatabase connection() const;

    int schemaVersion() const;

    // The per-user database used when no --database is given.
    static QString defaultPath();

private:
    bool openAndMigrate(Creation creation);
    bool fail(const QString &message);
    bool checkExistingFile(Creation creation, bool *isNew);
    bool configureConnection();

    QString m_connectionName;
    QString m_path;
    QString m_errorMessage;
};
