#pragma once

#include "TableGrid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// Reads the small tables kept beside a catalogue (document ledgers, inspection feedback): every
// sheet of an .xlsx workbook, or the one table of a CSV file in whatever encoding it was saved.
class SideTableReader
{
public:
    struct Result
    {
        QList<TableGrid> grids;
        QString error; // one sentence for the clerk; empty on success
    };

    // A file whose suffix is neither xlsx nor one of `csvSuffixes` (lower case) is not read:
    // the error is then `unsupported`, the caller's sentence saying which files it takes.
    static Result read(const QString &path, const QStringList &csvSuffixes, const QString &unsupported);
};

} // namespace gkml
