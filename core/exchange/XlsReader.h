#pragma once

#include "TableGrid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// Reads every worksheet of an Excel 97-2003 workbook (.xls, BIFF5/BIFF8, as Excel, WPS and most
// portals still publish) into TableGrids, the same shape XlsxReader gives: shared strings,
// numbers (15 significant digits), dates (yyyy-MM-dd), line breaks. It uses FreeXL (see
// docs/exchange.md "Why FreeXL"). BIFF keeps no merge records FreeXL reports, so grids carry no
// merges: TemplateMapper infers them. A formula cell whose text FreeXL cannot give is named in a
// warning (sheet, row, column), never silently empty. Encrypted workbooks are refused, and the
// sheet sizes are checked before any cell is loaded (a crafted dimension cannot take the memory).
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)
public:
    struct Limits
    {
        qint64 maxFileBytes = 256LL * 1024 * 1024;
        qint64 maxCells = 8'000'000; // declared sheet dimensions over all sheets
        qint64 maxTextChars = 256LL * 1024 * 1024;
    };
    struct Result
    {
        QList<TableGrid> grids; // one per worksheet, in workbook order
        QStringList warnings;
        QString error; // one sentence for the clerk; empty on success
    };

    static bool available(); // false when built without FreeXL (GKML_WITH_FREEXL=OFF)
    static Result readFile(const QString &path, const Limits &limits);
    static Result readFile(const QString &path) { return readFile(path, Limits()); }
    // "C" for column 2 (0-based), as Excel names columns.
    static QString columnName(int column);
};

} // namespace gkml
