#include "FeedbackImport.h"

#include "exchange/SideTableReader.h"
#include "util/TextNormalizer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace gkml {

namespace {

int findColumn(const QStringList &header, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names) {
        const QString key = TextNormalizer::matchKey(QString::fromUtf16(name));
        for (int c = 0; c < header.size(); ++c)
            if (TextNormalizer::matchKey(header.at(c)) == key)
                return c;
    }
    for (const char16_t *name : names) {
        const QString key = TextNormalizer::matchKey(QString::fromUtf16(name));
        for (int c = 0; c < header.size(); ++c)
            if (TextNormalizer::matchKey(header.at(c)).contains(key))
                return c;
    }
    return -1;
}

QDate readDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : { "yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日" }) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    bool ok = false;
    const double serial = t.toDouble(&ok); // an Excel date serial
    if (ok && serial > 20000 && serial < 80000)
        return QDate(1899, 12, 30).addDays(qint64(serial));
    return {};
}

} // namespace

FeedbackImport::Result FeedbackImport::read(const QString &path, const QList<Item> &items)
{
    Result result;
    SideTableReader::Result tables = SideTableReader::read(
            path, { QStringLiteral("csv") },
            tr("%1: the feedback table must be an .xlsx or .csv file.").arg(QDir::toNativeSeparators(path)));
    if (!tables.error.isEmpty()) {
        result.error = tables.error;
        return result;
    }
    QList<TableGrid> &grids = tables.grids;
    QHash<QString, qint64> byName;
    for (const Item &item : items) {
        if (item.withheld)
            continue;
        byName.insert(TextNormalizer::matchKey(item.level2), item.id);
        byName.insert(TextNormalizer::matchKey(item.level1 + item.level2), item.id);
        if (!item.level3.isEmpty())
            byName.insert(TextNormalizer::matchKey(item.level3), item.id);
    }
    const QString source = QFileInfo(path).fileName();
    bool headerFound = false;
    for (TableGrid &grid : grids) {
        grid.spreadMerges();
        for (int h = 0; h < qMin<int>(grid.rows.size(), 20) && !headerFound; ++h) {
            const QStringList header = grid.rows.at(h);
            const int problem = findColumn(header, { u"问题明细", u"存在问题", u"问题描述", u"问题" });
            if (problem < 0)
                continue;
            headerFound = true;
            const int name = findColumn(header, { u"事项名称", u"公开事项", u"二级事项", u"事项" });
            const int department = findColumn(header, { u"责任股室", u"责任单位", u"责任部门" });
            const int requirement = findColumn(header, { u"整改要求", u"整改措施" });
            const int fixBy = findColumn(header, { u"整改期限", u"整改时限", u"完成时限" });
            const int outcome = findColumn(header, { u"整改结果", u"整改情况" });
            for (int r = h + 1; r < grid.rows.size(); ++r) {
                InspectionProblem p;
                p.text = grid.cell(r, problem).trimmed();
                if (p.text.isEmpty())
                    continue;
                p.department = department >= 0 ? grid.cell(r, department).trimmed() : QString();
                p.requirement = requirement >= 0 ? grid.cell(r, requirement).trimmed() : QString();
                p.fixBy = fixBy >= 0 ? readDate(grid.cell(r, fixBy)) : QDate();
                p.result = outcome >= 0 ? grid.cell(r, outcome).trimmed() : QString();
                p.source = source;
                p.sourceRow = grid.rows.at(r).join(QStringLiteral(" | "));
                if (name >= 0)
                    p.item = byName.value(TextNormalizer::matchKey(grid.cell(r, name)), 0);
                if (p.item == 0) {
                    // No name column (or no match there): an item whose 二级事项 the text names,
                    // the longest one so that 最低生活保障 does not win over 最低生活保障对象名单.
                    const QString text = TextNormalizer::matchKey(p.text);
                    qsizetype best = 0;
                    for (const Item &item : items) {
                        const QString key = TextNormalizer::matchKey(item.level2);
                        if (!item.withheld && key.size() > best && key.size() >= 2 && text.contains(key)) {
                            best = key.size();
                            p.item = item.id;
                        }
                    }
                }
                if (p.item > 0)
                    ++result.matched;
                result.problems.append(p);
            }
        }
        if (headerFound)
            break;
    }
    if (!headerFound)
        result.error
                = tr("%1: no header with 问题明细 was found; the feedback table needs a column 问题明细.")
                          .arg(QDir::toNativeSeparators(path));
    return result;
}

} // namespace gkml
