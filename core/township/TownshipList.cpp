#include "TownshipList.h"

#include "catalogue/TownshipStore.h"

#include <QRegularExpression>
#include <QSet>

namespace gkml {

namespace {

enum class Column {
    None,
    Name,
    Office,
    Contact
};

Column headerColumn(const QString &cell)
{
    const QString c = cell.trimmed();
    if (c.isEmpty())
        return Column::None;
    if (c.contains(QStringLiteral("联系")) || c.contains(QStringLiteral("电话")))
        return Column::Contact;
    if (c.contains(QStringLiteral("负责")) || c.contains(QStringLiteral("责任"))
        || c.contains(QStringLiteral("科室")) || c.contains(QStringLiteral("股室"))
        || c.compare(QLatin1String("office"), Qt::CaseInsensitive) == 0)
        return Column::Office;
    if (c.contains(QStringLiteral("名称")) || c == QStringLiteral("乡镇") || c == QStringLiteral("街道")
        || c.contains(QStringLiteral("乡镇（街道）")) || c.contains(QStringLiteral("乡镇(街道)"))
        || c.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0)
        return Column::Name;
    return Column::None;
}

} // namespace

TownshipList::Result TownshipList::fromGrid(const TableGrid &grid)
{
    Result r;
    int nameColumn = 0, officeColumn = 1, contactColumn = 2;
    int first = 0;
    // A header in the first rows (a title row may come before it).
    for (int row = 0; row < qMin(3, static_cast<int>(grid.rows.size())); ++row) {
        int name = -1, office = -1, contact = -1, filled = 0;
        for (int col = 0; col < grid.rows.at(row).size(); ++col) {
            filled += grid.cell(row, col).trimmed().isEmpty() ? 0 : 1;
            switch (headerColumn(grid.cell(row, col))) {
            case Column::Name: name = name < 0 ? col : name; break;
            case Column::Office: office = office < 0 ? col : office; break;
            case Column::Contact: contact = contact < 0 ? col : contact; break;
            case Column::None: break;
            }
        }
        // A title row ("安溪县乡镇（街道）名单") is one long cell; a header of one column is short.
        if (name >= 0 && (filled >= 2 || grid.cell(row, name).trimmed().size() <= 8)) {
            nameColumn = name;
            officeColumn = office;
            contactColumn = contact;
            first = row + 1;
            break;
        }
    }
    QSet<QString> seen;
    for (int row = first; row < grid.rows.size(); ++row) {
        const QString name = grid.cell(row, nameColumn).trimmed();
        if (name.isEmpty())
            continue; // blank lines between groups
        const QString why = TownshipStore::checkName(name);
        if (!why.isEmpty()) {
            r.error = tr("Row %1: %2").arg(row + 1).arg(why);
            r.townships.clear();
            return r;
        }
        if (seen.contains(name))
            continue;
        seen.insert(name);
        Township t;
        t.name = name;
        t.office = officeColumn >= 0 ? grid.cell(row, officeColumn).trimmed() : QString();
        t.contact = contactColumn >= 0 ? grid.cell(row, contactColumn).trimmed() : QString();
        r.townships.append(t);
    }
    if (r.townships.isEmpty())
        r.error = tr("The list names no township.");
    return r;
}

TownshipList::Result TownshipList::fromText(const QString &text)
{
    TableGrid grid;
    static const QRegularExpression separators(QStringLiteral("\\t|,|，|;|；| {2,}|　"));
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")))) {
        QStringList cells = line.split(separators);
        if (cells.size() == 1 && line.contains(u' ')) // "城厢镇 城厢镇民政办"
            cells = line.split(u' ', Qt::SkipEmptyParts);
        grid.rows.append(cells);
    }
    return fromGrid(grid);
}

} // namespace gkml
