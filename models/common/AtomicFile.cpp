#include "models/common/AtomicFile.h"

#include <QSaveFile>

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    return write(
        path,
        [&bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); },
        errorMessage);
}

bool AtomicFile::write(const QString &path, const Filler &fill, QString *errorMessage)
{
    // QSaveFile writes a temporary file beside the target and renames it over the target on
    // commit(); until then the old file stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = cannotWriteMessage(path, file.errorString());
        return false;
    }
    QString fillError;
    if (!fill(&file, &fillError)) {
        file.cancelWriting();
        *errorMessage =
            fillError.isEmpty() ? cannotWriteMessage(path, file.errorString()) : fillError;
        return false;
    }
    if (!file.commit()) {
        *errorMessage = cannotWriteMessage(path, file.errorString());
        return false;
    }
    return true;
}

QString AtomicFile::cannotWriteMessage(const QString &path, const QString &reason)
{
    return tr("Cannot write %1: %2").arg(path, reason);
}
