#include "TemplateMapper.h"

#include "catalogue/TemplateVocabulary.h"
#include "util/TextNormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <limits>

namespace gkml {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("TemplateMapper", s);
}

const int kHeaderSearchRows = 15;

bool isChosenMark(QChar c)
{
    return c == QChar(0x25A0) /*■*/ || c == QChar(0x2611) /*☑*/ || c == QChar(0x2713) /*✓*/
            || c == QChar(0x2714) /*✔*/ || c == QChar(0x221A) /*√*/ || c == QChar(0x25CF) /*●*/
            || c == QChar(0x2612) /*☒*/;
}

bool isUnchosenMark(QChar c)
{
    return c == QChar(0x25A1) /*□*/ || c == QChar(0x53E3) /*口*/ || c == QChar(0x2610) /*☐*/
            || c == QChar(0x25CB) /*○ as an empty box*/;
}

// Separators between set values. "/" is handled separately: channel names contain it.
bool isSetSeparator(QChar c)
{
    return c == QChar(0x3001) /*、*/ || c == QChar(0xFF0C) /*，*/ || c == QLatin1Char(',')
            || c == QLatin1Char(';') || c == QChar(0xFF1B) /*；*/ || c == QLatin1Char('\n')
            || c == QLatin1Char('\r');
}

// Splitting by hand: a regular expression here cost a third of a 100,000-row import.
QStringList splitAtSeparators(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSetSeparator(text.at(i))) {
            if (i > start)
                parts << text.mid(start, i - start);
            start = i + 1;
        }
    }
    return parts;
}

// Splits a checklist run such as "■政府网站 □政府公报 ■政务服务中心" at each box mark.
QStringList splitAtMarks(const QString &text)
{
    QStringList parts;
    QString current;
    for (const QChar c : text) {
        if ((isChosenMark(c) || isUnchosenMark(c)) && !current.trimmed().isEmpty()) {
            // 口 is also an ordinary character (口腔, 人口): only a mark at a token start.
            if (c == QChar(0x53E3) && !current.endsWith(QLatin1Char(' '))) {
                current.append(c);
                continue;
            }
            parts << current.trimmed();
            current.clear();
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

} // namespace

TemplateMapper::Title TemplateMapper::parseTitle(const QString &text)
{
    Title t;
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    const qsizetype at = flat.indexOf(QStringLiteral("领域"));
    if (at <= 0 || !flat.contains(QStringLiteral("目录")))
        return t;
    const QString before = flat.left(at);
    // The longest known domain name wins.
    for (const QString &d : knownDomains()) {
        if (before.endsWith(d) && d.size() > t.domain.size())
            t.domain = d;
    }
    if (t.domain.isEmpty()) {
        // Unknown domain: it follows the unit, which ends in 局/委/办/府/镇/乡/街道/中心.
        static const QRegularExpression unitEnd(
                QStringLiteral("^(.*(?:局|委员会|委|办公室|政府|镇|乡|街道|中心))(\\p{Han}{2,12})$"));
        const QRegularExpressionMatch m = unitEnd.match(before);
        if (m.hasMatch()) {
            t.unit = m.captured(1);
            t.domain = m.captured(2);
        } else if (before.size() <= 12) {
            t.domain = before;
        }
        return t;
    }
    t.unit = before.left(before.size() - t.domain.size());
    return t;
}

std::optional<bool> TemplateMapper::parseBool(const QString &cell)
{
    const QString v = cell.trimmed().toLower();
    if (v.isEmpty())
        return std::nullopt;
    static const QStringList yes = { QStringLiteral("是"),   QStringLiteral("√"), QStringLiteral("✓"),
                                     QStringLiteral("✔"),    QStringLiteral("y"), QStringLiteral("yes"),
                                     QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("不予公开"),
                                     QStringLiteral("■") };
    static const QStringList no
            = { QStringLiteral("否"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false"),
                QStringLiteral("0"),  QStringLiteral("□"), QStringLiteral("-") };
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

QStringList TemplateMapper::splitSet(Field field, const QString &cell)
{
    QStringList values;
    auto add = [&values](const QString &v) {
        const QString s = v.trimmed();
        if (!s.isEmpty() && !values.contains(s))
            values << s;
    };
    // "乡、村级" and "镇、村级" are single (alias) values that contain a separator.
    static const QStringList compounds = { QStringLiteral("乡、村级"), QStringLiteral("镇、村级") };
    QString protectedCell = cell;
    for (int i = 0; i < compounds.size(); ++i) {
        if (protectedCell.contains(compounds.at(i)))
            protectedCell.replace(compounds.at(i), QStringLiteral("\x01%1\x01").arg(i));
    }
    for (QString chunk : splitAtSeparators(protectedCell)) {
        if (chunk.contains(QChar(1))) {
            for (int i = 0; i < compounds.size(); ++i)
                chunk.replace(QStringLiteral("\x01%1\x01").arg(i), compounds.at(i));
        }
        for (QString token : splitAtMarks(chunk)) {
            token = token.trimmed();
            if (token.isEmpty())
                continue;
            if (isUnchosenMark(token.front()))
                continue; // □ not chosen
            while (!token.isEmpty() && (isChosenMark(token.front()) || token.front().isSpace()))
                token.remove(0, 1);
            if (token.isEmpty())
                continue;
            if (field == Field::Channels) {
                // Stray spaces inside a channel name ("村公示 栏(电子屏)") are not a spelling.
                const QString canonical = TemplateVocabulary::canonicalChannel(token);
                if (!canonical.isEmpty()
                    && QString(token).remove(QLatin1Char(' ')) == QString(canonical).remove(QLatin1Char(' ')))
                    token = canonical;
                if (!canonical.isEmpty() || token.startsWith(TemplateVocabulary::otherChannel())) {
                    add(token);
                    continue;
                }
                // "政府网站/政务服务中心": split only when every part is a known channel.
                const QStringList parts = token.split(QLatin1Char('/'), Qt::SkipEmptyParts);
                bool allKnown = parts.size() > 1;
                for (const QString &p : parts)
                    allKnown = allKnown && !TemplateVocabulary::canonicalChannel(p.trimmed()).isEmpty();
                if (allKnown) {
                    for (const QString &p : parts)
                        add(p);
                } else {
                    add(TemplateVocabulary::asOtherChannel(token)); // a local channel: kept as 其他：text
                }
                continue;
            }
            for (const QString &p : token.split(QLatin1Char('/'), Qt::SkipEmptyParts))
                add(p);
        }
    }
    return values;
}

const QStringList &TemplateMapper::knownDomains()
{
    // The 26 domains of 国办发〔2019〕54号 and common local names.
    static const QStringList known = {
        QStringLiteral("社会救助及福利"),
        QStringLiteral("国有土地上房屋征收与补偿"),
        QStringLiteral("农村集体土地征收"),
        QStringLiteral("安全生产"),
        QStringLiteral("保障性住房"),
        QStringLiteral("财政预决算"),
        QStringLiteral("城市综合执法"),
        QStringLiteral("城乡规划"),
        QStringLiteral("扶贫"),
        QStringLiteral("公共法律服务"),
        QStringLiteral("公共文化服务"),
        QStringLiteral("户籍管理"),
        QStringLiteral("救灾"),
        QStringLiteral("就业"),
        QStringLiteral("农村危房改造"),
        QStringLiteral("社会保险"),
        QStringLiteral("社会救助"),
        QStringLiteral("涉农补贴"),
        QStringLiteral("食品药品监管"),
        QStringLiteral("市政服务"),
        QStringLiteral("税收管理"),
        QStringLiteral("卫生健康"),
        QStringLiteral("养老服务"),
        QStringLiteral("义务教育"),
        QStringLiteral("重大建设项目"),
        QStringLiteral("公共资源交易"),
        QStringLiteral("生态环境"),
        QStringLiteral("环境保护"),
        QStringLiteral("婚姻登记"),
        QStringLiteral("殡葬管理"),
    };
    return known;
}

std::optional<QPair<Field, QString>> TemplateMapper::tickLabel(const QString &label)
{
    // Sub-headers of the template's tick columns and the spellings real files use (domain.md §1.2).
    // Keys are TextNormalizer::matchKey forms (no punctuation, no spaces).
    static const QHash<QString, QPair<Field, QString>> table = [] {
        QHash<QString, QPair<Field, QString>> t;
        auto add = [&t](Field f, const QString &value, const QStringList &spellings) {
            for (const QString &s : spellings)
                t.insert(TextNormalizer::matchKey(s), { f, value });
        };
        add(Field::Audience, QStringLiteral("全社会"),
            { QStringLiteral("全社会"), QStringLiteral("社会公众") });
        add(Field::Audience, QStringLiteral("特定群体"),
            { QStringLiteral("特定群体"), QStringLiteral("特定群众"), QStringLiteral("特定群体(请写明)"),
              QStringLiteral("特定群众(请写明)"), QStringLiteral("特定对象") });
        add(Field::Method, QStringLiteral("主动"), { QStringLiteral("主动"), QStringLiteral("主动公开") });
        add(Field::Method, QStringLiteral("依申请"),
            { QStringLiteral("依申请"), QStringLiteral("依申请公开") });
        add(Field::Level, QStringLiteral("县级"),
            { QStringLiteral("县级"), QStringLiteral("县(区)级"), QStringLiteral("县区级"),
              QStringLiteral("区级"), QStringLiteral("县(市、区)级") });
        add(Field::Level, QStringLiteral("乡级"),
            { QStringLiteral("乡级"), QStringLiteral("乡、村级"), QStringLiteral("镇、村级"),
              QStringLiteral("乡镇级"), QStringLiteral("乡(镇)级"), QStringLiteral("镇级"),
              QStringLiteral("乡镇(街道)级"), QStringLiteral("乡镇(街道)"), QStringLiteral("街道级") });
        add(Field::Level, QStringLiteral("市级"), { QStringLiteral("市级") });
        add(Field::Level, QStringLiteral("村级"), { QStringLiteral("村级") });
        for (const QString &stage : TemplateVocabulary::stages())
            add(Field::Stages, stage, { stage });
        return t;
    }();
    const auto it = table.constFind(TextNormalizer::matchKey(label));
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

bool TemplateMapper::parseTick(const QString &cell, QString *text)
{
    text->clear();
    QString v = TextNormalizer::cleanCell(cell);
    if (v.isEmpty())
        return false;
    static const QStringList no
            = { QStringLiteral("否"), QStringLiteral("无"), QStringLiteral("×"),  QStringLiteral("✗"),
                QStringLiteral("✘"),  QStringLiteral("n"),  QStringLiteral("no"), QStringLiteral("-"),
                QStringLiteral("—"),  QStringLiteral("/"),  QStringLiteral("／"), QStringLiteral("□"),
                QStringLiteral("口"), QStringLiteral("☐"),  QStringLiteral("0"),  QStringLiteral("false") };
    if (no.contains(v.toLower()))
        return false;
    static const QStringList yesWords = { QStringLiteral("是"), QStringLiteral("y"),    QStringLiteral("yes"),
                                          QStringLiteral("v"),  QStringLiteral("true"), QStringLiteral("1") };
    if (yesWords.contains(v.toLower()))
        return true;
    static const QString marks = QStringLiteral("√✓✔○●■☑☒◎◆★");
    while (!v.isEmpty() && (marks.contains(v.front()) || v.front().isSpace()))
        v.remove(0, 1);
    // "（低保对象）", "：低保对象" -> "低保对象"
    static const QRegularExpression wrapped(QStringLiteral("^[（(【\\[：:]\\s*(.*?)\\s*[）)】\\]]?$"));
    const QRegularExpressionMatch m = wrapped.match(v);
    if (m.hasMatch())
        v = m.captured(1);
    *text = v.trimmed();
    return true;
}

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

std::optional<TemplateMapper::Header> TemplateMapper::headerFromRow(const TableGrid &grid, int row)
{
    Header h;
    h.firstRow = h.lastRow = row;
    const QStringList &cells = grid.rows.at(row);
    QList<Field> used;
    for (int c = 0; c < cells.size(); ++c) {
        const QString text = cells.at(c).trimmed();
        if (text.isEmpty())
            continue;
        h.width = c + 1;
        Column col;
        col.label = text;
        const std::optional<Field> f = ItemFields::fromHeader(text);
        if (f && !used.contains(*f)) {
            col.kind = Column::Kind::Field;
            col.field = *f;
            used << *f;
        }
        h.columns.insert(c, col);
    }
    const QList<Field> found = h.fields();
    // A header names at least three fields, among them one of the item names.
    if (found.size() >= 3 && (found.contains(Field::Level1) || found.contains(Field::Level2)))
        return h;
    return std::nullopt;
}

std::optional<TemplateMapper::Header> TemplateMapper::headerFromTwoRows(const TableGrid &grid, int row)
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
    QList<Field> used;
    for (int c = 0; c < width; ++c) {
        const QString top = grid.cell(row, c).trimmed();
        const QString sub = grid.cell(row + 1, c).trimmed();
        if (top.isEmpty() && sub.isEmpty())
            continue;
        h.width = c + 1;
        const std::optional<Field> topField = ItemFields::fromHeader(top);
        Column col;
        if (!sub.isEmpty() && sub != top) {
            const std::optional<QPair<Field, QString>> tick = tickLabel(sub);
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
            } else if (const std::optional<Field> subField = ItemFields::fromHeader(sub)) {
                if (used.contains(*subField))
                    return std::nullopt;
                col.kind = Column::Kind::Field;
                col.field = *subField;
                col.label = sub;
                ++positive;
            } else if (!top.isEmpty() && !topField) {
                col.label = sub; // an extra group such as 联系方式 / 咨询电话
            } else {
                return std::nullopt; // a value under a field header: this is a data row
            }
        } else if (topField && !used.contains(*topField)) {
            col.kind = Column::Kind::Field;
            col.field = *topField;
            col.label = top;
        } else {
            col.label = top;
        }
        if (col.kind == Column::Kind::Field)
            used << col.field;
        h.columns.insert(c, col);
    }
    const QList<Field> found = h.fields();
    if (positive > 0 && found.size() >= 3 && (found.contains(Field::Level1) || found.contains(Field::Level2)))
        return h;
    return std::nullopt;
}

std::optional<TemplateMapper::Header> TemplateMapper::findHeader(const TableGrid &grid, int from,
                                                                 QString *missing)
{
    const int limit = qMin<int>(from + kHeaderSearchRows, static_cast<int>(grid.rows.size()));
    int best = -1;
    QList<Field> bestFields;
    for (int r = from; r < limit; ++r) {
        if (std::optional<Header> two = headerFromTwoRows(grid, r))
            return two;
        if (std::optional<Header> one = headerFromRow(grid, r))
            return one;
        QList<Field> fields;
        for (const QString &cell : grid.rows.at(r)) {
            const std::optional<Field> f = ItemFields::fromHeader(cell.trimmed());
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

bool TemplateMapper::mapGrid(const TableGrid &source, const ImportOptions &options, ImportResult &result,
                             bool *noHeader)
{
    *noHeader = false;
    TableGrid grid = source;
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
    if (knownDomains().contains(grid.name.trimmed()))
        sheetDomain = grid.name.trimmed();
    int sectionStart = 0;
    int sections = 0;
    while (sectionStart < rowCount) {
        QString missing;
        const std::optional<Header> header = findHeader(grid, sectionStart, &missing);
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
        Title title;
        for (int r = sectionStart; r < header->firstRow && title.domain.isEmpty(); ++r) {
            QStringList distinct;
            for (const QString &cell : grid.rows.at(r)) {
                if (!cell.trimmed().isEmpty() && !distinct.contains(cell.trimmed()))
                    distinct << cell.trimmed();
            }
            title = parseTitle(distinct.join(QString()));
        }
        if (title.domain.isEmpty() && sections == 1)
            title = parseTitle(grid.name);
        if (result.unit.isEmpty())
            result.unit = title.unit;
        QString fallbackDomain = !title.domain.isEmpty() ? title.domain : options.domain.trimmed();
        if (fallbackDomain.isEmpty())
            fallbackDomain = sheetDomain;
        if (!found.contains(Field::Domain) && fallbackDomain.isEmpty())
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
        QString level1Above; // merge inference: the 一级事项 a blank cell inherits
        int level1Inferred = 0;
        int r = header->lastRow + 1;
        for (; r < rowCount; ++r) {
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
                if (!parseTitle(distinct.first()).domain.isEmpty() && findHeader(grid, r + 1, &missing))
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
                    QString text;
                    if (!parseTick(raw, &text))
                        continue;
                    QStringList values = item.value(col->field).toStringList();
                    if (!values.contains(col->value))
                        values << col->value;
                    item.setValue(col->field, values);
                    if (!text.isEmpty()) {
                        if (col->field == Field::Audience && col->value == QStringLiteral("特定群体")) {
                            item.audienceNote = text; // 特定群体(请写明): which group
                        } else {
                            result.warnings << tr("Row %1: the %2 cell says \"%3\"; it was taken as ticked.")
                                                       .arg(rowNumber)
                                                       .arg(col->label, text.left(30));
                        }
                    }
                    continue;
                }
                const Field f = col->field;
                // Direct member access: QVariant boxing here was a hot spot of large imports.
                if (QString *text = item.text(f)) {
                    *text = raw;
                } else if (QStringList *set = item.set(f)) {
                    // Checklists repeat on most rows: split each distinct text once.
                    auto cached = setCache.constFind(qMakePair(static_cast<int>(f), raw));
                    if (cached == setCache.cend())
                        cached = setCache.insert(qMakePair(static_cast<int>(f), raw), splitSet(f, raw));
                    for (const QString &v : *cached) {
                        if (!set->contains(v))
                            set->append(v);
                    }
                } else if (f == Field::Seq) {
                    item.seq = raw.toInt();
                } else {
                    item.withheld = parseBool(raw).value_or(false);
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
            for (QString &m : item.method) {
                if (m.endsWith(QStringLiteral("公开")) && m != QStringLiteral("不予公开"))
                    m.chop(2);
            }
            if (item.method.removeAll(QStringLiteral("不予公开")) > 0)
                item.withheld = true;
            // "特定群体（低保对象）": the group's description goes to audienceNote.
            static const QRegularExpression group(QStringLiteral("^(特定群[体众])\\s*[（(](.+)[）)]$"));
            for (QString &a : item.audience) {
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
            result.items.append(item);
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
        sectionStart = r;
    }
    return true;
}

ImportResult TemplateMapper::map(const QList<TableGrid> &grids, const ImportOptions &options)
{
    ImportResult result;
    QString firstNoHeaderError;
    QStringList skipped;
    for (const TableGrid &grid : grids) {
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
