#pragma once

#include <QSqlError>
#include <QString>

namespace gkml {

// Turns SQLite errors into one sentence a clerk understands ("the disk is full", not "SQLITE_FULL").
class SqlErrorText
{
public:
    static QString describe(const QSqlError &error, const QString &path);
};

} // namespace gkml
