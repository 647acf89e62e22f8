#include "tests/support/TestCertificate.h"

#include <QProcess>

TestCertificate::TestCertificate(KeyType keyType)
{
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return;
    }
    const QStringList key =
        keyType == KeyType::Ec ? QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"),
                                             QStringLiteral("-pkeyopt"),
                                             QStringLiteral("ec_paramgen_curve:prime256v1")}
                               : QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + key +
                      QStringList{QStringLiteral("-nodes"), QStringLiteral("-days"),
                                  QStringLiteral("2"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                                  QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"),
                                  certificatePath()});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed: %1 %2")
                      .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return;
    }
    const QList<QSslCertificate> made = QSslCertificate::fromPath(certificatePath());
    if (made.size() != 1) {
        m_error = QStringLiteral("openssl made no readable certificate");
        return;
    }
    m_certificate = made.first();
}

QString TestCertificate::certificatePath() const
{
    return m_folder.filePath(QStringLiteral("cert.pem"));
}

QString TestCertificate::keyPath() const
{
    return m_folder.filePath(QStringLiteral("key.pem"));
}

QSslConfiguration TestCertificate::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_certificate});
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}
