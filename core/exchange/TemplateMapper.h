#pragma once

#include "ImportResult.h"
#include "TableGrid.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <optional>

namespace gkml {

// Interprets tables as county offices write them: finds the header below any title rows (one row,
// or the template's two-row header 公开事项/一级事项/二级事项, 公开对象/全社会/特定群体, 公开方式/
// 主动/依申请, 公开层级/县级/乡级), maps header cells to fields (labels, aliases, keys) or to tick
// columns, and turns each data row into an Item. Tick labels, aliases and cell text are read by
// core/template (TemplateTerms, CellCodec), as every writer writes them. A grid may hold several tables one
// below the other (each with its own title row). Every format's reader (csv, xlsx, html) ends here, so all of
// them accept the same layouts.
class TemplateMapper
{
    Q_DECLARE_TR_FUNCTIONS(TemplateMapper)

public:
    // Pass the grids with std::move where they are not needed afterwards: each row is then freed
    // as soon as it has become an item, so a large file is never held twice (cells and items).
    static ImportResult map(QList<TableGrid> grids, const ImportOptions &options);

private:
    struct Column
    {
        enum class Kind {
            Field,
            Tick,
            Extra
        };
        Kind kind = Kind::Extra;
        Field field = Field::Note;
        QString value; // Tick: the value a tick adds
        QString label; // header text (Extra: used in the note)
        int labelRow = -1; // the grid row of the label, to name the cell in a message
    };
    struct Header
    {
        int firstRow = -1;
        int lastRow = -1; // the row above the first data row
        int width = 0; // columns up to the last non-empty header cell
        QMap<int, Column> columns;
        QList<Field> fields() const;
    };
    // Searches rows [from, from + 15) for a header. On failure *missing names what was not found;
    // *ambiguity is set when a header was found whose cells name one field twice (fatal).
    static std::optional<Header> findHeader(const TableGrid &grid, int from, QString *missing,
                                            QString *ambiguity);
    static std::optional<Header> headerFromRow(const TableGrid &grid, int row, QString *ambiguity);
    static std::optional<Header> headerFromTwoRows(const TableGrid &grid, int row, QString *ambiguity);
    // A header names at least three fields, among them one of the item names.
    static bool isHeader(const Header &header);
    // Gives every field to one column: a cell with a second meaning (一级目录 beside 一级事项 is the
    // domain) takes it; a second 备注 is kept as a note; any other field named by two cells makes
    // the header ambiguous: false, with *ambiguity naming the cells.
    static bool resolveFields(const TableGrid &grid, Header &header, QString *ambiguity);
    // Whether some 一级事项 below the header names an area (a table of several areas).
    static bool namesAreas(const TableGrid &grid, const Header &header);
    // false with result.error set: fatal; false with *noHeader: the grid is not a catalogue table.
    static bool mapGrid(TableGrid &grid, const ImportOptions &options, ImportResult &result, bool *noHeader);
};

} // namespace gkml
