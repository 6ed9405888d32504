#pragma once

#include "catalogue/ItemField.h"

#include <QString>

namespace gkml {

// One column of the county template (reference/domain.md §1.2) as every reader and writer sees
// it: what kind of cell it is, which field it holds, its two header rows and, for the sheet
// engine, how wide and how aligned it prints. CountyTemplate makes the list; CellCodec turns a
// cell of it into text and back.
struct TemplateColumn
{
    enum class Kind {
        Sequence, // 序号
        Text, // one text field (一级事项, 公开内容 …)
        Tick, // one value of a set field: √ when the item has it (公开对象 / 全社会 …)
        Checklist, // the channel checklist: ■ chosen, □ not, in printed order
        Joined, // a set field written as one list (五公开环节: 决策、执行)
    };
    Kind kind = Kind::Text;
    Field field = Field::Note;
    QString group; // top header cell (公开事项, 公开对象 …); empty: the label spans both rows
    QString label; // second header row, or the only one
    QString value; // Tick: the canonical value this column stands for (特定群体, 县级 …)

    // Print hints (the sheet engine; spreadsheets size columns from the text).
    qreal weight = 10; // share of the free width for text columns
    int minChars = 0; // at least this many characters of body text per line
    bool fixedWidth = false; // width from the label (sequence and tick columns)
    bool centered = false;
    bool mergeRepeats = false; // a run of equal values prints once, like a merged cell

    bool operator==(const TemplateColumn &o) const
    {
        return kind == o.kind && field == o.field && group == o.group && label == o.label && value == o.value;
    }
};

} // namespace gkml
