#pragma once

#include "ImportResult.h"
#include "TableGrid.h"

#include <QHash>
#include <optional>

namespace gkml {

// Interprets tables as county offices write them: finds the header row below any title rows,
// maps header cells to fields (labels, aliases, keys), and turns each data row into an Item.
// Every format's reader (csv, xlsx, html) ends here, so all of them accept the same layouts.
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

    // Splits a set cell ("政府网站、政务服务中心", "■政府网站 □政府公报", "主动/依申请") into values.
    static QStringList splitSet(Field field, const QString &cell);
    // 是/否, √, Y/N, true/false, 1/0; nullopt when the text says neither.
    static std::optional<bool> parseBool(const QString &cell);

private:
    struct Header
    {
        int row = -1; // index of the (last) header row
        int width = 0; // columns up to the last non-empty header cell
        QHash<int, Field> columns; // column -> field
        QHash<int, QString> extras; // column -> header text of columns that are not fields
    };
    static std::optional<Header> findHeader(const TableGrid &grid);
    static bool mapGrid(const TableGrid &grid, const ImportOptions &options, ImportResult &result);
};

} // namespace gkml
