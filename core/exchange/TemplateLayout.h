#pragma once

#include "ExportOptions.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include "template/TemplateColumn.h"

#include <QList>
#include <QString>

namespace gkml {

// How the xlsx and html writers lay the county template out: one table per domain under the
// title "<单位><领域>领域基层政务公开标准目录", with the columns of CountyTemplate and the cell
// text of CellCodec (core/template), so that spreadsheets, web pages and printed sheets agree.
// 责任股室 follows ExportOptions::departmentColumn.
class TemplateLayout
{
public:
    using Column = TemplateColumn;
    struct Section
    {
        QString domain;
        QString title;
        QList<Item> items; // in seq order
        QList<Column> columns;
    };

    // Public items (withheld ones are never included: xlsx and html are for the public) grouped
    // by domain in order of first appearance.
    static QList<Section> sections(const QList<Item> &items, const CatalogueInfo &info,
                                   const ExportOptions &options);
    static QString cellText(const Item &item, const Column &column);
    // Width of text as a spreadsheet measures it: CJK and other wide characters count 2.
    static int displayWidth(QStringView line);
    // Whether rows a and b of a section share the merged cell of `column` (一级事项, and 二级事项
    // when a 三级事项 column follows).
    static bool continuesMerge(const Section &section, int row, const Column &column);
};

} // namespace gkml
