#pragma once

#include <QMetaType>
#include <QString>

// A Local Education Cluster (LEC).
struct Cluster
{
    QString id;
    QString name;
    QString region;
    QString country;
    QString coordinator; // the coordinating organisation
    bool isDemo = false; // made by "lecdesk demo": the only kind of cluster demo data may touch

    friend bool operator==(const Cluster &, const Cluster &) = default;
};

Q_DECLARE_METATYPE(Cluster)
