#pragma once

#include "TemplateColumn.h"
#include "catalogue/Item.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace gkml {

// The one codec between field values and the text of a template cell, used by the importer
// (reading), the xlsx/html writers and the sheet (writing), and the item table (typing and
// pasting). Ticks: √ ✓ ✔ ■ ☑ ● … mean yes, □ 口 ☐ × 否 - mean no, in every reader and in the
// table. Sets: 、，,;； and line breaks separate values ("/" too, except inside channel names);
// the channel checklist marks each of the 13 channels ■ or □ in printed order.
class CellCodec
{
public:
    static QString tickMark() { return QStringLiteral("√"); }

    // The text of `column`'s cell for `item`.
    static QString encode(const Item &item, const TemplateColumn &column);
    // Adds what `cell` says to `item` (ticks add their value; sets add theirs; text replaces).
    // Text after a tick other than the 特定群体 description goes to *tickText (may be null).
    static void decode(const TemplateColumn &column, const QString &cell, Item &item,
                       QString *tickText = nullptr);

    // A tick cell: false for blank or a "no" mark; true for a yes mark or word. Text after (or
    // instead of) the mark goes to *text ("√（低保对象）" -> "低保对象").
    static bool parseTick(const QString &cell, QString *text);
    // 是/否 cells (不予公开): √ ✓ ✔ ■ 是 Y yes true 1 mean yes; 否 N no false 0 □ - mean no;
    // nullopt when the text says neither.
    static std::optional<bool> parseBool(const QString &cell);
    // Splits a set cell ("政府网站、政务服务中心", "■政府网站 □政府公报", "主动/依申请") into values;
    // □ options are not chosen; local channels become "其他：text".
    static QStringList splitSet(Field field, const QString &cell);
    static QString joinSet(const QStringList &values); // joined with 、
    // "■政府网站\n□政府公报\n…\n■其他：村民微信群" in the 13-value printed order.
    static QString channelChecklist(const QStringList &channels);

    // The table's text of a field (what the clerk sees and types) and its value from typed or
    // pasted text; both go through the same rules as the template cells.
    static QString fieldText(const Item &item, Field field);
    static QVariant fieldValue(Field field, const QString &text);
};

} // namespace gkml
