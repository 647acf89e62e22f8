#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

// A self-signed certificate for localhost and 127.0.0.1, valid two days, made at test time with
// the openssl command line in a temporary folder (deleted with the object). clientConfiguration()
// trusts exactly this certificate: real verification, nothing ignored.
class TestCertificate
{
public:
    enum class KeyType { Ec, Rsa };

    explicit TestCertificate(KeyType keyType = KeyType::Ec);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    QString certificatePath() const;
    QString keyPath() const;
    QSslCertificate certificate() const { return m_certificate; }

    // TLS 1.2 or newer, verifying the peer against this certificate alone.
    QSslConfiguration clientConfiguration() const;

private:
    QTemporaryDir m_folder;
    QSslCertificate m_certificate;
    QString m_error;
};
