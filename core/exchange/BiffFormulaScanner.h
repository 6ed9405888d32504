#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace gkml {

// FreeXL skips FORMULA records: a formula cell comes back empty. This scanner reads the
// cached results itself from the workbook stream of an OLE2 (.xls) file: numbers, booleans and
// texts (the STRING record that follows a text formula, BIFF8). Each cell whose result it
// cannot recover (an error value, BIFF5 text) is listed with no value so that the reader can
// name it in a warning. Every offset and chain is bounded; on any damage it gives up quietly
// (the caller then just reports formula cells as unreadable where FreeXL left them empty).
class BiffFormulaScanner
{
public:
    struct Cell
    {
        int sheet = 0; // index among the worksheets, in workbook order
        int row = 0;
        int column = 0;
        std::optional<QString> value; // nullopt: the result cannot be read
    };
    struct Result
    {
        bool ok = false; // false: the stream could not be located or parsed
        QList<Cell> cells;
        QList<QString> sheetNames; // worksheets only, in order (to check FreeXL's numbering)
    };

    static Result scan(const QByteArray &file);
    // Number text as the other readers give it (integers without ".0", 15 significant digits).
    static QString formatNumber(double value);
};

} // namespace gkml
