#include "views/widgets/Icons.h"

namespace {

QString path(const char *name)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
}

} // namespace

QIcon Icons::named(const char *name)
{
    return QIcon(path(name));
}

QIcon Icons::keepingColours(const char *name)
{
    QIcon icon(path(name));
    icon.addFile(path(name), QSize(), QIcon::Selected);
    return icon;
}
