#pragma once

#include <QCoreApplication>

#include <QSqlError>
#include <QString>

namespace gkml {

// Turns SQLite errors into one sentence a clerk understands ("the disk is full", not "SQLITE_FULL").
class SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)

public:
    static QString describe(const QSqlError &error, const QString &path);
};

} // namespace gkml
