#include "TemplateMapper.h"
#include "template/ManyAreaTable.h"
#include "template/RowJoiner.h"

#include "catalogue/TemplateVocabulary.h"
#include "template/CellCodec.h"
#include "template/CountyTemplate.h"
#include "template/TemplateTerms.h"
#include "util/TextNormalizer.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace gkml {

namespace {

const int kHeaderSearchRows = 15;

} // namespace

QList<Field> TemplateMapper::Header::fields() const
{
    QList<Field> out;
    for (const Column &c : columns) {
        if (c.kind != Column::Kind::Extra && !out.contains(c.field))
            out.append(c.field);
    }
    return out;
}

namespace {
bool isSetGroup(std::optional<Field> f)
{
    return f
            && (*f == Field::Audience || *f == Field::Method || *f == Field::Level || *f == Field::Stages
                || *f == Field::Channels);
}
} // namespace

namespace {

// Spreadsheet column letters: 0 -> A, 26 -> AA.
QString columnLetters(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

} // namespace

bool TemplateMapper::isHeader(const Header &header)
{
    const QList<Field> found = header.fields();
    return found.size() >= 3 && (found.contains(Field::Level1) || found.contains(Field::Level2));
}

bool TemplateMapper::resolveFields(const TableGrid &grid, Header &header, QString *ambiguity)
{
    auto columnsOf = [&header](Field f) {
        QList<int> out;
        for (auto it = header.columns.cbegin(); it != header.columns.cend(); ++it) {
            if (it->kind == Column::Kind::Field && it->field == f)
                out << it.key();
        }
        return out;
    };
    // 一级目录 | 公开事项 (一级事项 二级事项 三级事项): the directory column holds the domain.
    for (auto it = header.columns.begin(); it != header.columns.end(); ++it) {
        if (it->kind != Column::Kind::Field)
            continue;
        const std::optional<Field> beside = TemplateTerms::headerFieldBeside(it->label);
        if (beside && columnsOf(it->field).size() > 1 && columnsOf(*beside).isEmpty())
            it->field = *beside;
    }
    // A header cell merged over two columns with nothing below (spread by the reader into both):
    // the second column is that cell's continuation, not a second 公开时限; its values are notes.
    for (auto it = header.columns.begin(); it != header.columns.end(); ++it) {
        const auto previous = header.columns.constFind(it.key() - 1);
        if (it->kind == Column::Kind::Field && previous != header.columns.cend()
            && previous->kind == Column::Kind::Field && previous->field == it->field
            && previous->label == it->label && previous->labelRow == it->labelRow)
            it->kind = Column::Kind::Extra;
    }
    for (const FieldInfo &fi : ItemFields::all()) {
        const QList<int> columns = columnsOf(fi.field);
        if (columns.size() < 2)
            continue;
        if (fi.field == Field::Note) {
            // Two 备注 columns: both are notes, the second one's values labelled.
            for (int i = 1; i < columns.size(); ++i)
                header.columns[columns.at(i)].kind = Column::Kind::Extra;
            continue;
        }
        QStringList cells;
        for (int c : columns) {
            const Column &col = header.columns.value(c);
            cells << tr("%1 (\"%2\")").arg(columnLetters(c) + QString::number(col.labelRow + 1), col.label);
        }
        *ambiguity = tr("The header of \"%1\" is ambiguous: the cells %2 all mean %3, so GKML cannot tell "
                        "which column to read. Keep one of them (rename or delete the others) and import "
                        "again.")
                             .arg(grid.name, cells.join(tr(", ")), ItemFields::labelZh(fi.field));
        return false;
    }
    return true;
}

std::optional<TemplateMapper::Header> TemplateMapper::headerFromRow(const TableGrid &grid, int row,
                                                                    QString *ambiguity)
{
    Header h;
    h.firstRow = h.lastRow = row;
    const QStringList &cells = grid.rows.at(row);
    for (int c = 0; c < cells.size(); ++c) {
        const QString text = cells.at(c).trimmed();
        if (text.isEmpty())
            continue;
        h.width = c + 1;
        Column col;
        col.label = text;
        col.labelRow = row;
        const std::optional<Field> f = TemplateTerms::headerField(text);
        const std::optional<QPair<Field, QString>> tick = TemplateTerms::tickLabel(text);
        if (tick && (!f || *f == Field::AudienceNote)) {
            // The template's words in one row, without their group row: 全社会 | 特定群体(请写明) |
            // 主动 | 依申请 | 县级 | 乡级 are tick columns (a group named in the cell: audienceNote).
            col.kind = Column::Kind::Tick;
            col.field = tick->first;
            col.value = tick->second;
        } else if (f) {
            col.kind = Column::Kind::Field;
            col.field = *f;
        }
        h.columns.insert(c, col);
    }
    if (!isHeader(h) || !resolveFields(grid, h, ambiguity))
        return std::nullopt;
    return h;
}

std::optional<TemplateMapper::Header> TemplateMapper::headerFromTwoRows(const TableGrid &grid, int row,
                                                                        QString *ambiguity)
{
    if (row + 1 >= grid.rows.size())
        return std::nullopt;
    // The upper row is a header row too, not a title spread over merged cells: it names at
    // least two different things (序号, 公开事项, 公开对象 …).
    QStringList topTexts;
    for (const QString &cell : grid.rows.at(row)) {
        if (!cell.trimmed().isEmpty() && !topTexts.contains(cell.trimmed()))
            topTexts << cell.trimmed();
    }
    if (topTexts.size() < 2)
        return std::nullopt;
    Header h;
    h.firstRow = row;
    h.lastRow = row + 1;
    const int width = qMax(grid.rows.at(row).size(), grid.rows.at(row + 1).size());
    int positive = 0;
    for (int c = 0; c < width; ++c) {
        const QString top = grid.cell(row, c).trimmed();
        const QString sub = grid.cell(row + 1, c).trimmed();
        if (top.isEmpty() && sub.isEmpty())
            continue;
        h.width = c + 1;
        const std::optional<Field> topField = TemplateTerms::headerField(top);
        Column col;
        col.labelRow = row + 1;
        if (!sub.isEmpty() && sub != top) {
            const std::optional<QPair<Field, QString>> tick = TemplateTerms::tickLabel(sub);
            if (isSetGroup(topField) || (top.isEmpty() && tick)) {
                // A tick column: 公开对象 / 特定群体, 公开层级 / 市级, or a channel as a column.
                col.kind = Column::Kind::Tick;
                col.field = isSetGroup(topField) ? *topField : tick->first;
                col.label = sub;
                if (tick && tick->first == col.field) {
                    col.value = tick->second;
                    ++positive;
                } else if (col.field == Field::Channels
                           && !TemplateVocabulary::canonicalChannel(sub).isEmpty()) {
                    col.value = TemplateVocabulary::canonicalChannel(sub);
                    ++positive;
                } else if (col.field == Field::Channels) {
                    col.value = TemplateVocabulary::asOtherChannel(sub);
                } else {
                    col.value = sub; // an unknown level such as 片区级: kept as written
                    if (sub.size() > 12 || sub.at(0).isDigit())
                        return std::nullopt; // data, not a label
                }
            } else if (const std::optional<Field> subField = TemplateTerms::headerField(sub)) {
                col.kind = Column::Kind::Field;
                col.field = *subField;
                col.label = sub;
                ++positive;
            } else if (!top.isEmpty() && !topField) {
                col.label = sub; // an extra group such as 联系方式 / 咨询电话
            } else {
                return std::nullopt; // a value under a field header: this is a data row
            }
        } else if (topField) {
            col.kind = Column::Kind::Field;
            col.field = *topField;
            col.label = top;
            col.labelRow = row;
        } else {
            col.label = top;
            col.labelRow = row;
        }
        h.columns.insert(c, col);
    }
    if (positive == 0 || !isHeader(h) || !resolveFields(grid, h, ambiguity))
        return std::nullopt;
    return h;
}

std::optional<TemplateMapper::Header> TemplateMapper::findHeader(const TableGrid &grid, int from,
                                                                 QString *missing, QString *ambiguity)
{
    const int limit = qMin<int>(from + kHeaderSearchRows, static_cast<int>(grid.rows.size()));
    int best = -1;
    QList<Field> bestFields;
    for (int r = from; r < limit; ++r) {
        if (std::optional<Header> two = headerFromTwoRows(grid, r, ambiguity))
            return two;
        if (!ambiguity->isEmpty())
            return std::nullopt;
        if (std::optional<Header> one = headerFromRow(grid, r, ambiguity))
            return one;
        if (!ambiguity->isEmpty())
            return std::nullopt;
        QList<Field> fields;
        for (const QString &cell : grid.rows.at(r)) {
            const std::optional<Field> f = TemplateTerms::headerField(cell.trimmed());
            if (f && !fields.contains(*f))
                fields << *f;
        }
        if (fields.size() > bestFields.size()) {
            best = r;
            bestFields = fields;
        }
    }
    QStringList names;
    for (Field f : { Field::Level1, Field::Level2 }) {
        if (!bestFields.contains(f))
            names << ItemFields::labelZh(f);
    }
    if (best >= 0 && names.isEmpty())
        names << ItemFields::labelZh(Field::Content) + QStringLiteral("、")
                        + ItemFields::labelZh(Field::Basis);
    *missing = names.join(QStringLiteral("、"));
    return std::nullopt;
}

bool TemplateMapper::namesAreas(const TableGrid &grid, const Header &header)
{
    int level1Column = -1;
    for (auto it = header.columns.cbegin(); it != header.columns.cend(); ++it) {
        if (it->kind == Column::Kind::Field && it->field == Field::Level1)
            level1Column = it.key();
    }
    if (level1Column < 0)
        return false;
    const DomainNames &names = DomainNames::builtIn();
    for (int r = header.lastRow + 1; r < grid.rows.size(); ++r) {
        const QString area = names.canonical(grid.cell(r, level1Column));
        if (!area.isEmpty() && names.isNational(area))
            return true;
    }
    return false;
}

bool TemplateMapper::mapGrid(TableGrid &grid, const ImportOptions &options, ImportResult &result,
                             bool *noHeader)
{
    *noHeader = false;
    if (!grid.spreadMerges()) {
        result.error
                = tr("The merged cells of \"%1\" cover more cells than GKML reads safely; check that this "
                     "is the right file, or unmerge the cells and save it again.")
                          .arg(grid.name);
        return false;
    }
    const int rowCount = static_cast<int>(grid.rows.size());
    // The sheet name names the domain when nothing else does ("社会救助" sheets).
    QString sheetDomain;
    QString domainSource; // how the domain was decided, for the import summary
    if (CountyTemplate::knownDomains().contains(grid.name.trimmed()))
        sheetDomain = grid.name.trimmed();
    int sectionStart = 0;
    int sections = 0;
    while (sectionStart < rowCount) {
        QString missing;
        QString ambiguity;
        const std::optional<Header> header = findHeader(grid, sectionStart, &missing, &ambiguity);
        if (!ambiguity.isEmpty()) {
            result.error = ambiguity;
            return false;
        }
        if (!header) {
            if (sections > 0) {
                // Rows below the last table that are not another table: say so, never drop silently.
                for (int r = sectionStart; r < rowCount; ++r) {
                    const QString text = grid.rows.at(r).join(QString()).trimmed();
                    if (!text.isEmpty())
                        result.warnings << tr("Row %1 of \"%2\" is not an item and was skipped: %3")
                                                   .arg(r + 1)
                                                   .arg(grid.name, text.left(40));
                }
                break;
            }
            *noHeader = true;
            result.error
                    = tr("The required column %1 was not found in the header of \"%2\". GKML looks for a "
                         "header row (一级事项, 二级事项, 公开内容 …) in the first %3 rows of each sheet or "
                         "table.")
                              .arg(missing.isEmpty() ? ItemFields::labelZh(Field::Level2) : missing,
                                   grid.name)
                              .arg(kHeaderSearchRows);
            return false;
        }
        ++sections;
        const QList<Field> found = header->fields();
        QStringList missingFields;
        for (Field f : { Field::Level1, Field::Level2 }) {
            if (!found.contains(f))
                missingFields << ItemFields::labelZh(f);
        }
        // The title rows above the header may name the unit and the domain.
        CountyTemplate::Title title;
        for (int r = sectionStart; r < header->firstRow && title.domain.isEmpty(); ++r) {
            QStringList distinct;
            for (const QString &cell : grid.rows.at(r)) {
                if (!cell.trimmed().isEmpty() && !distinct.contains(cell.trimmed()))
                    distinct << cell.trimmed();
            }
            title = CountyTemplate::parseTitle(distinct.join(QString()));
        }
        if (title.domain.isEmpty() && sections == 1)
            title = CountyTemplate::parseTitle(grid.name);
        if (result.unit.isEmpty())
            result.unit = title.unit;
        QString fallbackDomain = !title.domain.isEmpty() ? title.domain : options.domain.trimmed();
        if (!title.domain.isEmpty())
            domainSource = tr("domain %1 from the title").arg(title.domain);
        // A table of several areas names the area in its 一级事项 column (ManyAreaTable).
        // Only when no title or sheet names the table's domain: in a 社会事务 catalogue an item
        // may well be called like an area.
        const bool manyAreas = !found.contains(Field::Domain) && title.domain.isEmpty()
                && sheetDomain.isEmpty() && namesAreas(grid, *header);
        if (fallbackDomain.isEmpty() && !manyAreas) {
            // Then the sheet name, then the file name, each naming a known domain.
            fallbackDomain = !sheetDomain.isEmpty() ? sheetDomain : CountyTemplate::domainIn(grid.name);
            if (!fallbackDomain.isEmpty()) {
                domainSource = tr("domain %1 from the sheet name").arg(fallbackDomain);
            } else {
                fallbackDomain = CountyTemplate::domainIn(options.sourceName);
                if (!fallbackDomain.isEmpty())
                    domainSource = tr("domain %1 from the file name").arg(fallbackDomain);
            }
        }
        if (!found.contains(Field::Domain) && fallbackDomain.isEmpty() && !manyAreas)
            missingFields << ItemFields::labelZh(Field::Domain);
        if (!missingFields.isEmpty()) {
            result.error = tr("The required column(s) %1 were not found in the header of \"%2\"%3.")
                                   .arg(missingFields.join(QStringLiteral("、")), grid.name,
                                        missingFields.contains(ItemFields::labelZh(Field::Domain))
                                                ? tr(" (or give the domain with --domain)")
                                                : QString());
            return false;
        }
        for (auto it = header->columns.cbegin(); it != header->columns.cend(); ++it) {
            if (it->kind == Column::Kind::Extra)
                result.warnings
                        << tr("Column \"%1\" is not a catalogue field; its values are kept in 备注 (note).")
                                   .arg(it->label);
        }
        const QStringList firstHeaderRow = grid.rows.at(header->firstRow);
        const QStringList lastHeaderRow = grid.rows.at(header->lastRow);

        QHash<QString, int> seqByDomain;
        QHash<QPair<int, QString>, QStringList> setCache;
        QHash<int, QPair<QString, QStringList>> setAbove; // column -> its last set cell, split
        ManyAreaTable areas;
        QList<Item> sectionItems;
        sectionItems.reserve(rowCount - header->lastRow - 1); // one allocation, no moves while growing
        QString level1Above; // merge inference: the 一级事项 a blank cell inherits
        int level1Inferred = 0;
        int r = header->lastRow + 1;
        // Each row is freed once read (not after a break: that row starts the next table).
        for (; r < rowCount; grid.rows[r++] = QStringList()) {
            const QStringList &cells = grid.rows.at(r);
            const int rowNumber = r + 1; // as a spreadsheet numbers it
            int nonEmpty = 0;
            QStringList distinct;
            for (int c = 0; c < cells.size(); ++c) {
                const QString t = cells.at(c).trimmed();
                if (t.isEmpty())
                    continue;
                ++nonEmpty;
                if (!distinct.contains(t) && distinct.size() < 3)
                    distinct << t;
                if (grid.strictWidth && c >= header->width) {
                    result.error = tr("Row %1 has more cells than the header (cell %2 of %3); "
                                      "a value probably contains an unquoted comma.")
                                           .arg(rowNumber)
                                           .arg(c + 1)
                                           .arg(header->width);
                    return false;
                }
            }
            if (nonEmpty == 0)
                continue;
            // A header repeated on every printed page is not an item.
            if (cells == firstHeaderRow || cells == lastHeaderRow)
                continue;
            if (distinct.size() == 1) {
                // One text across the row: the title of the next table, or a note ("注：…").
                QString nextAmbiguity; // an ambiguous header below is refused when its table is read
                if (!CountyTemplate::parseTitle(distinct.first()).domain.isEmpty()
                    && (findHeader(grid, r + 1, &missing, &nextAmbiguity) || !nextAmbiguity.isEmpty()))
                    break;
                result.warnings << tr("Row %1 is not an item and was skipped: %2")
                                           .arg(rowNumber)
                                           .arg(distinct.first().left(40));
                continue;
            }
            Item item;
            QStringList notes;
            for (int c = 0; c < cells.size(); ++c) {
                const QString raw = TextNormalizer::cleanCell(cells.at(c));
                if (raw.isEmpty())
                    continue;
                const auto col = header->columns.constFind(c);
                if (col == header->columns.cend() || col->kind == Column::Kind::Extra) {
                    const QString name = col == header->columns.cend() ? QString() : col->label;
                    notes << (name.isEmpty() ? raw : name + QStringLiteral("：") + raw);
                    continue;
                }
                if (col->kind == Column::Kind::Tick) {
                    TemplateColumn tick;
                    tick.kind = TemplateColumn::Kind::Tick;
                    tick.field = col->field;
                    tick.value = col->value;
                    QString text;
                    CellCodec::decode(tick, raw, item, &text);
                    if (!text.isEmpty())
                        result.warnings << tr("Row %1: the %2 cell says \"%3\"; it was taken as ticked.")
                                                   .arg(rowNumber)
                                                   .arg(col->label, text.left(30));
                    continue;
                }
                const Field f = col->field;
                // Direct member access: QVariant boxing here was a hot spot of large imports.
                if (QString *text = item.text(f)) {
                    *text = raw;
                } else if (QStringList *set = item.set(f)) {
                    // Checklists repeat on most rows: split each distinct text once (and most
                    // often it is the text of the row above: no lookup then).
                    QPair<QString, QStringList> &above = setAbove[c];
                    if (above.first.isNull() || above.first != raw) {
                        auto cached = setCache.constFind(qMakePair(static_cast<int>(f), raw));
                        if (cached == setCache.cend())
                            cached = setCache.insert(qMakePair(static_cast<int>(f), raw),
                                                     CellCodec::splitSet(f, raw));
                        above = qMakePair(raw, *cached);
                    }
                    const QStringList &values = above.second;
                    if (set->isEmpty()) {
                        *set = values; // shared with every row saying the same
                    } else {
                        for (const QString &v : values) {
                            if (!set->contains(v))
                                set->append(v);
                        }
                    }
                } else if (f == Field::Seq) {
                    item.seq = raw.toInt();
                } else {
                    item.withheld = CellCodec::parseBool(raw).value_or(false);
                }
            }
            if (item.level1.isEmpty() && item.level2.isEmpty() && nonEmpty == 1) {
                result.warnings << tr("Row %1 is not an item and was skipped: %2")
                                           .arg(rowNumber)
                                           .arg(cells.join(QString()).left(40));
                continue;
            }
            // A file without merge records (.xls; an .xlsx saved without them) leaves the rows a
            // merged 一级事项 spanned blank: they belong to the item name above, within this table.
            if (grid.inferMerges) {
                if (item.level1.isEmpty() && !item.level2.isEmpty() && !level1Above.isEmpty()) {
                    item.level1 = level1Above;
                    ++level1Inferred;
                }
                if (!item.level1.isEmpty())
                    level1Above = item.level1;
            }
            // 公开属性 columns say 主动公开 / 依申请公开 / 不予公开.
            // (Looked at before changed: most rows' lists are shared with the cache above.)
            const auto saysPublic = [](const QString &m) {
                return m.endsWith(QStringLiteral("公开")) && m != QStringLiteral("不予公开");
            };
            if (std::any_of(item.method.cbegin(), item.method.cend(), saysPublic)) {
                for (QString &m : item.method) {
                    if (saysPublic(m))
                        m.chop(2);
                }
            }
            if (item.method.removeAll(QStringLiteral("不予公开")) > 0)
                item.withheld = true;
            // "特定群体（低保对象）": the group's description goes to audienceNote.
            static const QRegularExpression group(QStringLiteral("^(特定群[体众])\\s*[（(](.+)[）)]$"));
            const auto namesGroup
                    = [](const QString &a) { return a.size() > 4 && a.startsWith(QStringLiteral("特定群")); };
            for (int i = 0; i < item.audience.size(); ++i) {
                if (!namesGroup(item.audience.at(i)))
                    continue;
                QString &a = item.audience[i];
                const QRegularExpressionMatch m = group.match(a);
                if (m.hasMatch()) {
                    if (item.audienceNote.isEmpty())
                        item.audienceNote = m.captured(2);
                    a = m.captured(1);
                }
            }
            if (!notes.isEmpty()) {
                if (!item.note.isEmpty())
                    notes.prepend(item.note);
                item.note = notes.join(QLatin1Char('\n'));
            }
            RowJoiner::joinBrokenNames(item);
            if (manyAreas)
                areas.shift(item);
            if (item.domain.isEmpty())
                item.domain = fallbackDomain;
            if (item.domain.isEmpty()) {
                result.error = tr("Row %1 does not say its domain (领域); fill it in or give --domain.")
                                       .arg(rowNumber);
                return false;
            }
            int &counter = seqByDomain[item.domain];
            if (item.seq <= 0)
                item.seq = counter < std::numeric_limits<int>::max() ? counter + 1
                                                                     : counter; // 序号 2147483647
            counter = qMax(counter, item.seq);
            sectionItems.append(std::move(item));
        }
        result.warnings += RowJoiner::joinSplitRows(sectionItems);
        if (result.items.isEmpty())
            result.items = std::move(sectionItems); // += would copy every item
        else
            result.items += sectionItems;
        if (areas.recognised()) {
            result.warnings << areas.summary();
            result.layout += (result.layout.isEmpty() ? QString() : QStringLiteral("; ")) + areas.summary();
        }
        if (level1Inferred > 0)
            result.warnings
                    << tr("\"%1\" records no merged cells: %2 blank 一级事项 cells took the item name "
                          "of the row above, as a merged cell would. Check them in the preview.")
                               .arg(grid.name)
                               .arg(level1Inferred);
        if (!result.layout.isEmpty())
            result.layout += QStringLiteral("; ");
        result.layout += (header->lastRow > header->firstRow
                                  ? tr("two-row header in rows %1-%2, %3 columns recognised")
                                            .arg(header->firstRow + 1)
                                            .arg(header->lastRow + 1)
                                  : tr("header in row %1, %2 columns recognised").arg(header->firstRow + 1))
                                 .arg(header->columns.size() - [&] {
                                     int extras = 0;
                                     for (const Column &c : header->columns)
                                         extras += c.kind == Column::Kind::Extra ? 1 : 0;
                                     return extras;
                                 }());
        if (!domainSource.isEmpty() && !found.contains(Field::Domain))
            result.layout += QStringLiteral("; ") + domainSource;
        sectionStart = r;
    }
    return true;
}

ImportResult TemplateMapper::map(QList<TableGrid> grids, const ImportOptions &options)
{
    ImportResult result;
    QString firstNoHeaderError;
    QStringList skipped;
    for (TableGrid &grid : grids) {
        if (grid.rows.isEmpty())
            continue;
        ImportResult part;
        part.unit = result.unit;
        bool noHeader = false;
        if (!mapGrid(grid, options, part, &noHeader)) {
            if (noHeader) {
                // A sheet of notes or a layout table around the catalogue: not an error by itself.
                if (firstNoHeaderError.isEmpty())
                    firstNoHeaderError = part.error;
                skipped << grid.name;
                continue;
            }
            result.items.clear();
            result.error = part.error;
            return result;
        }
        if (result.items.isEmpty())
            result.items = std::move(part.items); // += would copy every item
        else
            result.items += part.items;
        result.warnings += part.warnings;
        if (result.unit.isEmpty())
            result.unit = part.unit;
        if (!part.layout.isEmpty())
            result.layout += (result.layout.isEmpty() ? QString() : QStringLiteral("; ")) + part.layout;
    }
    if (result.items.isEmpty()) {
        result.error = !firstNoHeaderError.isEmpty() ? firstNoHeaderError
                                                     : tr("The file holds no catalogue items.");
        return result;
    }
    for (const QString &name : std::as_const(skipped))
        result.warnings << tr("\"%1\" has no catalogue header and was skipped.").arg(name);
    return result;
}

} // namespace gkml
