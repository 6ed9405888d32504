#include "TemplateLayout.h"

#include "template/CellCodec.h"
#include "template/CountyTemplate.h"

#include <QHash>

#include <algorithm>

namespace gkml {

int TemplateLayout::displayWidth(QStringView line)
{
    int w = 0;
    for (const QChar c : line)
        w += c.unicode() < 0x1100 ? 1 : 2;
    return w;
}

QString TemplateLayout::cellText(const Item &item, const Column &column)
{
    return CellCodec::encode(item, column);
}

bool TemplateLayout::continuesMerge(const Section &section, int row, const Column &column)
{
    if (row <= 0 || row >= section.items.size() || column.kind != Column::Kind::Text)
        return false;
    const Item &a = section.items.at(row - 1);
    const Item &b = section.items.at(row);
    if (column.field == Field::Level1)
        return !b.level1.isEmpty() && a.level1 == b.level1;
    if (column.field == Field::Level2) {
        const bool hasLevel3 = std::any_of(section.columns.cbegin(), section.columns.cend(),
                                           [](const Column &c) { return c.field == Field::Level3; });
        return hasLevel3 && !b.level2.isEmpty() && a.level1 == b.level1 && a.level2 == b.level2;
    }
    return false;
}

QList<TemplateLayout::Section> TemplateLayout::sections(const QList<Item> &items, const CatalogueInfo &info,
                                                        const ExportOptions &options)
{
    QList<Section> out;
    QHash<QString, int> index;
    for (const Item &item : items) {
        if (item.withheld) // never in a public table, whatever the options say
            continue;
        auto it = index.constFind(item.domain);
        if (it == index.cend()) {
            it = index.insert(item.domain, static_cast<int>(out.size()));
            Section s;
            s.domain = item.domain;
            s.title = CountyTemplate::title(info.unit, item.domain);
            out.append(s);
        }
        out[*it].items.append(item);
    }
    CountyTemplate::Options columnOptions;
    columnOptions.departmentColumn = options.departmentColumn;
    for (Section &s : out) {
        std::stable_sort(s.items.begin(), s.items.end(),
                         [](const Item &a, const Item &b) { return a.seq < b.seq; });
        s.columns = CountyTemplate::columns(s.items, columnOptions);
    }
    return out;
}

} // namespace gkml
