#include "LedgerImporter.h"

#include "LedgerDate.h"
#include "exchange/SideTableReader.h"
#include "util/TextNormalizer.h"

#include <QFileInfo>
#include <QHash>

namespace gkml {

namespace {

using Column = LedgerImporter::Column;

const QHash<QString, Column> &aliases()
{
    static const QHash<QString, Column> map = [] {
        QHash<QString, Column> m;
        auto add = [&m](Column c, std::initializer_list<const char *> labels) {
            for (const char *l : labels)
                m.insert(TextNormalizer::matchKey(QString::fromUtf8(l)), c);
        };
        add(Column::DocNo, { "文号", "发文字号", "发文文号", "发文号", "文件编号", "文件字号" });
        add(Column::Title, { "标题", "文件名称", "文件标题", "公文标题", "文件名", "题名", "名称" });
        add(Column::WrittenOn, { "成文日期", "印发日期", "发文日期", "成文时间", "印发时间", "发文时间" });
        add(Column::Department,
            { "起草股室", "承办科室", "起草科室", "承办股室", "拟稿股室", "拟稿科室", "起草单位", "承办单位",
              "股室", "科室", "承办股室（单位）" });
        add(Column::Attribute, { "公开属性", "公开方式", "公开类别", "公开类型" });
        add(Column::Reason,
            { "不公开理由", "不予公开理由", "不公开原因", "不予公开原因", "不公开依据", "理由",
              "依申请公开或不予公开理由", "非主动公开理由" });
        add(Column::Reviewer, { "保密审查人", "审查人", "保密审查审查人", "保密审查人员" });
        add(Column::ReviewedOn,
            { "审查日期", "保密审查日期", "审查时间", "保密审查审查日期", "保密审查审查时间",
              "保密审查时间" });
        add(Column::IndexNo, { "索引号", "信息索引号" });
        add(Column::DocType, { "文件类型", "文种", "文件类别", "类型", "文件性质" });
        add(Column::RepealedOn, { "废止日期", "失效日期", "废止时间" });
        add(Column::Copies, { "份数", "移交份数" });
        return m;
    }();
    return map;
}

int matches(const QStringList &row)
{
    int n = 0;
    for (const QString &cell : row)
        n += LedgerImporter::columnFor(cell) != Column::None;
    return n;
}

bool looksLikeData(const QStringList &row)
{
    for (const QString &cell : row) {
        if (LedgerDate::parse(cell).isValid())
            return true;
    }
    return false;
}

} // namespace

LedgerImporter::Column LedgerImporter::columnFor(const QString &label)
{
    const QString key = TextNormalizer::matchKey(label);
    return key.isEmpty() ? Column::None : aliases().value(key, Column::None);
}

LedgerImporter::Result LedgerImporter::readFile(const QString &path)
{
    Result r;
    const QFileInfo fi(path);
    if (!fi.isFile()) {
        r.error = tr("The ledger %1 does not exist.").arg(path);
        return r;
    }
    const SideTableReader::Result tables
            = SideTableReader::read(path, { QStringLiteral("csv"), QStringLiteral("txt") },
                                    tr("A ledger must be an .xlsx or .csv file (save an .xls or .et ledger "
                                       "as .xlsx in Excel or WPS)."));
    if (!tables.error.isEmpty()) {
        r.error = tables.error;
        return r;
    }
    return readGrids(tables.grids);
}

LedgerImporter::Result LedgerImporter::readGrids(QList<TableGrid> grids)
{
    Result r;
    for (TableGrid &grid : grids) {
        if (!grid.spreadMerges()) {
            r.error = tr("The sheet %1 has merged cells over a huge area; unmerge them and save again.")
                              .arg(grid.name);
            return r;
        }
        // The header: the first row (of the top 15) naming at least three ledger columns.
        int header = -1;
        for (int row = 0; row < qMin<qsizetype>(grid.rows.size(), 15); ++row) {
            if (matches(grid.rows.at(row)) >= 3) {
                header = row;
                break;
            }
        }
        if (header < 0)
            continue;
        const int width = grid.columnCount();
        // A second header row: merged groups (保密审查 over 审查人 | 审查日期) name their parts there.
        const bool twoRows = header + 1 < grid.rows.size() && !looksLikeData(grid.rows.at(header + 1))
                && matches(grid.rows.at(header + 1)) >= 1 && [&] {
                       // a data row repeats nothing of the header; a sub-header row repeats the
                       // vertically merged cells (序号, 文号 …) or names parts of a group
                       for (int c = 0; c < width; ++c) {
                           const QString lower = grid.cell(header + 1, c);
                           const QString upper = grid.cell(header, c);
                           if (!lower.isEmpty() && lower != upper && columnFor(lower) != Column::None
                               && columnFor(upper) != columnFor(lower))
                               return true;
                       }
                       return false;
                   }();
        QHash<Column, int> columns;
        for (int c = 0; c < width; ++c) {
            const QString upper = grid.cell(header, c);
            const QString lower = twoRows ? grid.cell(header + 1, c) : QString();
            QStringList candidates;
            if (twoRows && !lower.isEmpty() && lower != upper)
                candidates << upper + lower << lower;
            candidates << upper;
            for (const QString &label : std::as_const(candidates)) {
                const Column col = columnFor(label);
                if (col != Column::None && !columns.contains(col)) {
                    columns.insert(col, c);
                    break;
                }
            }
        }
        if (!columns.contains(Column::Title) && !columns.contains(Column::DocNo)) {
            r.error = tr("The sheet %1 has no 标题 (文件名称) or 文号 column.").arg(grid.name);
            return r;
        }
        auto value = [&](int row, Column c) {
            return columns.contains(c) ? TextNormalizer::cleanCell(grid.cell(row, columns.value(c)))
                                       : QString();
        };
        for (int row = header + (twoRows ? 2 : 1); row < grid.rows.size(); ++row) {
            Document d;
            d.docNo = value(row, Column::DocNo);
            d.title = value(row, Column::Title);
            if (d.docNo.isEmpty() && d.title.isEmpty())
                continue; // empty rows, footers (合计, 填表人 …) without a document
            const QString rowName = tr("row %1").arg(row + 1);
            auto date = [&](Column c, const QString &label) {
                const QString text = value(row, c);
                const QDate parsed = LedgerDate::parse(text);
                if (!text.isEmpty() && !parsed.isValid())
                    r.warnings
                            << tr("%1: the %2 \"%3\" is not a date; left empty.").arg(rowName, label, text);
                return parsed;
            };
            d.writtenOn = date(Column::WrittenOn, tr("date written"));
            d.department = value(row, Column::Department);
            const QString attribute = value(row, Column::Attribute);
            d.attribute = Document::normaliseAttribute(attribute);
            if (!attribute.isEmpty() && d.attribute.isEmpty())
                r.warnings << tr("%1: the 公开属性 \"%2\" is none of 主动公开, 依申请公开, 不予公开; left "
                                 "unmarked.")
                                      .arg(rowName, attribute);
            d.reason = value(row, Column::Reason);
            d.reviewer = value(row, Column::Reviewer);
            d.reviewedOn = date(Column::ReviewedOn, tr("review date"));
            d.indexNo = value(row, Column::IndexNo);
            d.docType = Document::normaliseType(value(row, Column::DocType));
            d.repealedOn = date(Column::RepealedOn, tr("repeal date"));
            const QString copies = value(row, Column::Copies);
            d.copies = copies.toInt() > 0 ? copies.toInt() : 1;
            r.documents << d;
        }
        if (r.documents.isEmpty())
            r.error = tr("The ledger in %1 lists no document.").arg(grid.name);
        return r;
    }
    r.error = tr("No ledger header found: the first rows should name columns such as 文号, 标题, 成文日期, "
                 "起草股室, 公开属性.");
    return r;
}

} // namespace gkml
