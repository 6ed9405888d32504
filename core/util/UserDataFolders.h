#pragma once

#include <QString>
#include <QStringList>

namespace gkml {

// The folders where a user puts the files GKML reads besides its built-in ones (work calendars,
// standards), in the order they are searched.
class UserDataFolders
{
public:
    // $environmentVariable (a list separated by the platform's path-list separator), then
    // <AppDataLocation>/<subfolder> and <GenericDataLocation>/GKML/<subfolder>; no folder twice.
    static QStringList list(const char *environmentVariable, const QString &subfolder);
};

} // namespace gkml
