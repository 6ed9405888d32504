#include "SqlErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gkml {

QString SqlErrorText::describe(const QSqlError &error, const QString &path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary result code
    const QString where = QDir::toNativeSeparators(path);
    if (ok) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return SqlErrorText::tr("The catalogue is busy in another program; try again in a moment.");
        case 8: // SQLITE_READONLY
            // SQLite refuses to write a file that was deleted or renamed while open
            // (SQLITE_READONLY_DBMOVED): the edit would go nowhere. Say so, not "read-only".
            if (!path.isEmpty() && !QFileInfo::exists(path))
                return SqlErrorText::tr(
                        "The catalogue file was moved or deleted while it was open, so the change was not "
                        "saved. Use \"Save a copy\" to keep the catalogue.");
            return SqlErrorText::tr("The catalogue cannot be changed: the file or its folder is read-only.");
        case 10: // SQLITE_IOERR
            return SqlErrorText::tr(
                           "Reading or writing the file failed (%1); check the disk or network drive.")
                    .arg(where);
        case 11: // SQLITE_CORRUPT
            return SqlErrorText::tr("The catalogue file is damaged. Open a copy or a backup instead.");
        case 13: // SQLITE_FULL
            return SqlErrorText::tr(
                    "The disk is full; the change was not saved. Free some space and try again.");
        case 14: // SQLITE_CANTOPEN
            return SqlErrorText::tr("The file cannot be opened (%1).").arg(where);
        case 26: // SQLITE_NOTADB
            return SqlErrorText::tr("This is not a GKML catalogue file (it is not a database).");
        default: break;
        }
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return SqlErrorText::tr("The catalogue could not be read or written: %1").arg(detail);
}

} // namespace gkml
