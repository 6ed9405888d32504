#pragma once

#include <QCoreApplication>

#include "TableGrid.h"
#include "util/ZipArchive.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gkml {

// Reads the cells of every sheet of an .xlsx workbook (Excel, WPS, LibreOffice) into TableGrids:
// sheet names and order from workbook.xml and its relationships, shared strings (with rich-text
// runs), inline strings, numbers, booleans, formula cells (their cached value; a formula is never
// evaluated), merged cells and line breaks. Every part is unpacked through ZipReader (the one zip
// wrapper, with its bomb rules) and parsed while it streams by one XmlTagScanner pass; an entry
// that unpacks beyond Limits::maxEntryBytes (a zip bomb) or a workbook with too many cells or
// strings gets a clear error instead of exhausting memory.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Limits
    {
        qint64 maxEntryBytes = ZipArchive::kMaxEntryBytes; // unpacked size of one XML part
        qint64 maxCells = 8'000'000; // grid slots (including gaps) over all sheets
        qint64 maxStrings = 5'000'000; // entries of sharedStrings.xml
        qint64 maxTextChars = 256LL * 1024 * 1024; // characters of all strings kept
    };
    struct Result
    {
        QList<TableGrid> grids; // one per sheet, in workbook order
        QStringList warnings;
        QString error; // one sentence for the clerk; empty on success
    };

    static Result readFile(const QString &path, const Limits &limits);
    static Result readFile(const QString &path) { return readFile(path, Limits()); }

    // "C12" -> row 11, column 2 (0-based); false for anything else.
    static bool parseCellRef(QStringView ref, int *row, int *column);
};

} // namespace gkml
