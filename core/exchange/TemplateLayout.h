#pragma once

#include "ExportOptions.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QList>
#include <QString>

namespace gkml {

// The county template layout (reference/domain.md §1.2) shared by XlsxWriter and HtmlWriter:
// one table per domain, the title "<单位><领域>领域基层政务公开标准目录", the two-row header
// (公开事项 / 一级事项 二级事项, 公开对象 / 全社会 特定群体, 公开方式 / 主动 依申请, 公开层级 /
// 县级 乡级), √ tick columns and the ■/□ channel checklist in printed order. Optional columns
// (三级事项, 五公开环节, 备注) appear only when some item uses them, so a round trip through the
// template keeps every field; 责任股室 follows ExportOptions::departmentColumn.
class TemplateLayout
{
public:
    struct Column
    {
        enum class Kind {
            Seq,
            Text,
            Tick,
            Checklist,
            Joined
        };
        Kind kind = Kind::Text;
        Field field = Field::Note;
        QString group; // top header cell; empty: the label spans both header rows
        QString label; // second header row (or the only one)
        QString value; // Tick: the value ticked in this column
    };
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
    static QString title(const QString &unit, const QString &domain);
    static QString cellText(const Item &item, const Column &column);
    // "■政府网站\n□政府公报\n…\n■其他：村民微信群" in the 13-value printed order.
    static QString channelChecklist(const QStringList &channels);
    // Width of text as a spreadsheet measures it: CJK and other wide characters count 2.
    static int displayWidth(QStringView line);
    // Whether rows a and b of a section share the merged cell of `column` (一级事项, and 二级事项
    // when a 三级事项 column follows).
    static bool continuesMerge(const Section &section, int row, const Column &column);
};

} // namespace gkml
