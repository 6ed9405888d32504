#pragma once

#include "ImportResult.h"
#include "TableGrid.h"

#include <QHash>
#include <QMap>
#include <optional>

namespace gkml {

// Interprets tables as county offices write them: finds the header below any title rows (one row,
// or the template's two-row header 公开事项/一级事项/二级事项, 公开对象/全社会/特定群体, 公开方式/
// 主动/依申请, 公开层级/县级/乡级), maps header cells to fields (labels, aliases, keys) or to tick
// columns, and turns each data row into an Item. A grid may hold several tables one below the
// other (each with its own title row). Every format's reader (csv, xlsx, html) ends here, so all
// of them accept the same layouts.
class TemplateMapper
{
public:
    static ImportResult map(const QList<TableGrid> &grids, const ImportOptions &options);

    // What a title such as "安溪县民政局社会救助领域基层政务公开标准目录" names.
    struct Title
    {
        QString unit;
        QString domain;
    };
    static Title parseTitle(const QString &text);
    // The domain names the title parser knows (the 26 of 国办发〔2019〕54号 and local ones).
    static const QStringList &knownDomains();

    // Splits a set cell ("政府网站、政务服务中心", "■政府网站 □政府公报", "主动/依申请") into values.
    static QStringList splitSet(Field field, const QString &cell);
    // 是/否, √, Y/N, true/false, 1/0; nullopt when the text says neither.
    static std::optional<bool> parseBool(const QString &cell);

    // A tick column's sub-header ("特定群众", "依申请公开", "乡、村级") -> its field and canonical
    // value (特定群体, 依申请, 乡级); nullopt when the label is not a known tick label.
    static std::optional<QPair<Field, QString>> tickLabel(const QString &label);
    // Reads a tick cell: false for blank or a "no" mark; true for √ ✓ ✔ ○ ● ■ 是 Y ...; any text
    // after (or instead of) the mark goes to *text (e.g. "√（低保对象）" -> "低保对象").
    static bool parseTick(const QString &cell, QString *text);

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
    };
    struct Header
    {
        int firstRow = -1;
        int lastRow = -1; // the row above the first data row
        int width = 0; // columns up to the last non-empty header cell
        QMap<int, Column> columns;
        QList<Field> fields() const;
    };
    // Searches rows [from, from + 15) for a header. On failure *missing names what was not found.
    static std::optional<Header> findHeader(const TableGrid &grid, int from, QString *missing);
    static std::optional<Header> headerFromRow(const TableGrid &grid, int row);
    static std::optional<Header> headerFromTwoRows(const TableGrid &grid, int row);
    // false with result.error set: fatal; false with *noHeader: the grid is not a catalogue table.
    static bool mapGrid(const TableGrid &grid, const ImportOptions &options, ImportResult &result,
                        bool *noHeader);
};

} // namespace gkml
