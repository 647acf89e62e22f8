#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

// Every file the app writes (exports, reports, charts, workbooks) goes through here: an existing
// file is replaced only once the new one is complete, so a failure never leaves half a file.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // Writes bytes to path. On failure *errorMessage names the file and the reason.
    static bool write(const QString &path, const QByteArray &bytes, QString *errorMessage);

    // For writers that stream into a device (QPdfWriter, QSvgGenerator, QImageWriter): fill
    // writes into the device and returns false, with *errorMessage set, to abandon the file.
    using Filler = std::function<bool(QIODevice *device, QString *errorMessage)>;
    static bool write(const QString &path, const Filler &fill, QString *errorMessage);

    // "Cannot write PATH: REASON", for the failures that happen before the file is opened.
    static QString cannotWriteMessage(const QString &path, const QString &reason);
};
