#include "UserDataFolders.h"

#include <QDir>
#include <QStandardPaths>

namespace gkml {

QStringList UserDataFolders::list(const char *environmentVariable, const QString &subfolder)
{
    QStringList dirs
            = qEnvironmentVariable(environmentVariable).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &d : QStandardPaths::standardLocations(QStandardPaths::AppDataLocation))
        dirs.append(d + QLatin1Char('/') + subfolder);
    for (const QString &d : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        dirs.append(d + QStringLiteral("/GKML/") + subfolder);
    dirs.removeDuplicates();
    return dirs;
}

} // namespace gkml
