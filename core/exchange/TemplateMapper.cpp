#include "TemplateMapper.h"

#include "catalogue/TemplateVocabulary.h"
#include "util/TextNormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    // The 26 domains of 国办发〔2019〕54号 and common local names; the longest match wins.
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
    for (const QString &d : known) {
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
    for (int i = 0; i < compounds.size(); ++i)
        protectedCell.replace(compounds.at(i), QStringLiteral("\x01%1\x01").arg(i));
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
                if (!TemplateVocabulary::canonicalChannel(token).isEmpty()
                    || token.startsWith(TemplateVocabulary::otherChannel())) {
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

std::optional<TemplateMapper::Header> TemplateMapper::findHeader(const TableGrid &grid)
{
    const int limit = qMin<int>(kHeaderSearchRows, static_cast<int>(grid.rows.size()));
    for (int r = 0; r < limit; ++r) {
        Header h;
        h.row = r;
        const QStringList &cells = grid.rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const QString text = cells.at(c).trimmed();
            if (text.isEmpty())
                continue;
            h.width = c + 1;
            const std::optional<Field> f = ItemFields::fromHeader(text);
            if (f && !h.columns.values().contains(*f))
                h.columns.insert(c, *f);
            else
                h.extras.insert(c, text);
        }
        const QList<Field> found = h.columns.values();
        // A header names at least three fields, among them one of the item names.
        if (found.size() >= 3 && (found.contains(Field::Level1) || found.contains(Field::Level2)))
            return h;
    }
    return std::nullopt;
}

bool TemplateMapper::mapGrid(const TableGrid &source, const ImportOptions &options, ImportResult &result)
{
    TableGrid grid = source;
    grid.spreadMerges();
    const std::optional<Header> header = findHeader(grid);
    if (!header) {
        result.error = tr("No header row with the columns 一级事项 and 二级事项 was found in \"%1\"; "
                          "the first rows must hold the column titles.")
                               .arg(grid.name);
        return false;
    }
    const QList<Field> found = header->columns.values();
    QStringList missing;
    for (Field f : { Field::Level1, Field::Level2 }) {
        if (!found.contains(f))
            missing << ItemFields::labelZh(f);
    }
    // The title rows above the header may name the unit and the domain.
    Title title;
    for (int r = 0; r < header->row && title.domain.isEmpty(); ++r)
        title = parseTitle(grid.rows.at(r).join(QString()));
    if (title.domain.isEmpty())
        title = parseTitle(grid.name);
    if (result.unit.isEmpty())
        result.unit = title.unit;
    const QString fallbackDomain = !title.domain.isEmpty() ? title.domain : options.domain.trimmed();
    if (!found.contains(Field::Domain) && fallbackDomain.isEmpty())
        missing << ItemFields::labelZh(Field::Domain);
    if (!missing.isEmpty()) {
        result.error = tr("The required column(s) %1 were not found in the header of \"%2\"%3.")
                               .arg(missing.join(QStringLiteral("、")), grid.name,
                                    missing.contains(ItemFields::labelZh(Field::Domain))
                                            ? tr(" (or give the domain with --domain)")
                                            : QString());
        return false;
    }
    for (auto it = header->extras.cbegin(); it != header->extras.cend(); ++it)
        result.warnings << tr("Column \"%1\" is not a catalogue field; its values are kept in 备注 (note).")
                                   .arg(it.value());

    QHash<QString, int> seqByDomain;
    for (int r = header->row + 1; r < grid.rows.size(); ++r) {
        const QStringList &cells = grid.rows.at(r);
        const int rowNumber = r + 1; // as a spreadsheet numbers it
        int nonEmpty = 0;
        for (int c = 0; c < cells.size(); ++c) {
            if (cells.at(c).trimmed().isEmpty())
                continue;
            ++nonEmpty;
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
        Item item;
        QStringList notes;
        for (int c = 0; c < cells.size() && c < qMax(header->width, static_cast<int>(cells.size())); ++c) {
            const QString raw = TextNormalizer::cleanCell(cells.at(c));
            if (raw.isEmpty())
                continue;
            const auto f = header->columns.constFind(c);
            if (f == header->columns.cend()) {
                const QString name = header->extras.value(c);
                notes << (name.isEmpty() ? raw : name + QStringLiteral("：") + raw);
                continue;
            }
            if (QString *text = item.text(*f))
                *text = raw;
            else if (QStringList *set = item.set(*f))
                *set = splitSet(*f, raw);
            else if (*f == Field::Seq)
                item.seq = raw.toInt();
            else if (*f == Field::Withheld)
                item.withheld = parseBool(raw).value_or(false);
        }
        // Notes rows under the table ("注：…", "说明：…") are not items.
        if (item.level1.isEmpty() && item.level2.isEmpty() && nonEmpty == 1) {
            result.warnings << tr("Row %1 is not an item and was skipped: %2")
                                       .arg(rowNumber)
                                       .arg(cells.join(QString()).left(40));
            continue;
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
            item.domain = fallbackDomain.isEmpty() ? options.domain.trimmed() : fallbackDomain;
        if (item.domain.isEmpty()) {
            result.error = tr("Row %1 does not say its domain (领域); fill it in or give --domain.")
                                   .arg(rowNumber);
            return false;
        }
        int &counter = seqByDomain[item.domain];
        if (item.seq <= 0)
            item.seq = counter + 1;
        counter = qMax(counter, item.seq);
        result.items.append(item);
    }
    result.layout
            = tr("header in row %1, %2 columns recognised").arg(header->row + 1).arg(header->columns.size());
    return true;
}

ImportResult TemplateMapper::map(const QList<TableGrid> &grids, const ImportOptions &options)
{
    ImportResult result;
    for (const TableGrid &grid : grids) {
        if (grid.rows.isEmpty())
            continue;
        if (!mapGrid(grid, options, result)) {
            result.items.clear();
            return result;
        }
    }
    if (result.items.isEmpty() && result.error.isEmpty())
        result.error = tr("The file holds no catalogue items.");
    return result;
}

} // namespace gkml
