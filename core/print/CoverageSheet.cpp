#include "print/CoverageSheet.h"

#include "PdfOutput.h"
#include "PrintDevice.h"
#include "check/StagesCoverage.h"
#include "print/PdfMediaBox.h"
#include "print/SheetFonts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace gkml {

namespace {

const QColor kHeaderFill(0xEE, 0xEE, 0xEE);

// One table row: cell texts and whether it is a header row.
struct Row
{
    QStringList cells;
    bool header = false;
    bool section = false; // a domain heading spanning the table
    bool itemRow = false; // the item tables' columns (names and five ticks), not the summary's
};

} // namespace

CoverageSheet::CoverageSheet(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options)
    : m_info(info)
    , m_options(options)
{
    for (const Item &it : items) {
        if (!it.withheld)
            m_items.append(it);
    }
}

QStringList CoverageSheet::summaryRow(const StagesCoverage::Domain &domain)
{
    QStringList cells = { domain.name, QString::number(domain.items) };
    for (const QList<qint64> &ids : domain.byStage)
        cells.append(QString::number(ids.size()));
    cells.append(QString::number(domain.withoutStage.size()));
    cells.append(domain.missingStages().join(QStringLiteral("、")));
    return cells;
}

bool CoverageSheet::render(QPagedPaintDevice *device, QString *error)
{
    if (m_items.isEmpty()) {
        if (error)
            *error = tr("There is nothing to print: no public items match.");
        return false;
    }
    if (!PrintDevice::setLayout(device, m_options.pageLayout(), error))
        return false;
    const StagesCoverage coverage = StagesCoverage::compute(m_items);
    const QStringList stages = StagesCoverage::stages();
    const QString tick = QStringLiteral("√");

    // The rows: the summary table, then one block of items per domain.
    QList<Row> rows;
    QStringList summaryHeader = { tr("Domain"), tr("Items") };
    summaryHeader += stages;
    summaryHeader += { tr("Marked for none"), tr("Stages no item serves") };
    rows.append({ summaryHeader, true, false });
    QHash<qint64, const Item *> byId;
    for (const Item &it : m_items)
        byId.insert(it.id, &it);
    for (const StagesCoverage::Domain &d : coverage.domains())
        rows.append({ summaryRow(d), false, false });
    QStringList itemHeader = { tr("Item (一级事项)"), tr("Item (二级事项)") };
    itemHeader += stages;
    for (const StagesCoverage::Domain &d : coverage.domains()) {
        rows.append({ { d.name }, false, true });
        rows.append({ itemHeader, true, false, true });
        for (const Item &it : std::as_const(m_items)) {
            if (it.domain != d.name)
                continue;
            QStringList cells = { it.level1, it.level2 };
            for (int s = 0; s < stages.size(); ++s)
                cells.append(d.byStage.at(s).contains(it.id) ? tick : QString());
            rows.append({ cells, false, false, true });
        }
    }

    QPainter p;
    if (!PrintDevice::begin(p, device, error))
        return false;
    const QRectF page(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const qreal dpi = device->logicalDpiY();
    const qreal mm = dpi / 25.4;
    QFont title(SheetFonts::instance().title());
    title.setPointSizeF(16);
    QFont body(SheetFonts::instance().body());
    body.setPointSizeF(10);
    QFont head(SheetFonts::instance().header());
    head.setPointSizeF(10);
    head.setBold(true);

    // Column edges from widths in parts of the page width. The summary: domain, items, the five,
    // marked for none, stages missing; the item tables: 一级事项, 二级事项, the five.
    auto edges = [&](const QList<qreal> &parts) {
        qreal total = 0;
        for (qreal w : parts)
            total += w;
        QList<qreal> x = { page.left() };
        for (qreal w : parts)
            x.append(x.last() + page.width() * w / total);
        return x;
    };
    const QList<qreal> summaryX = edges({ 2.4, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 1.3, 2.8 });
    const QList<qreal> itemX = edges({ 2.6, 5.0, 0.9, 0.9, 0.9, 0.9, 0.9 });

    const QString heading = tr("五公开 coverage of the catalogue of %1").arg(m_info.unit);
    const QString footer = SheetOptions::chineseDate(m_options.effectiveDate());
    const qreal pad = 1.2 * mm;
    int pageNo = 0;
    qreal y = 0;
    auto startPage = [&] {
        if (pageNo > 0)
            device->newPage();
        ++pageNo;
        p.setFont(title);
        const qreal h = QFontMetricsF(title, device).height() * 1.6;
        p.drawText(QRectF(page.left(), page.top(), page.width(), h), Qt::AlignCenter, heading);
        p.setFont(body);
        const QString foot = tr("Page %1").arg(pageNo) + QStringLiteral("    ") + footer;
        const qreal fh = QFontMetricsF(body, device).height();
        p.drawText(QRectF(page.left(), page.bottom() - fh, page.width(), fh), Qt::AlignCenter, foot);
        y = page.top() + h;
    };
    const qreal bottom = page.bottom() - QFontMetricsF(body, device).height() * 1.5;
    auto heightOf = [&](const Row &row) {
        const QFont &font = row.header || row.section ? head : body;
        const QList<qreal> &x = row.itemRow ? itemX : summaryX;
        const QFontMetricsF fm(font, device);
        if (row.section)
            return fm.height() * 1.8;
        qreal h = fm.height() + 2 * pad;
        for (int c = 0; c < row.cells.size() && c + 1 < x.size(); ++c) {
            const QRectF r = fm.boundingRect(QRectF(0, 0, x[c + 1] - x[c] - 2 * pad, 1e6), Qt::TextWordWrap,
                                             row.cells.at(c));
            h = qMax(h, r.height() + 2 * pad);
        }
        return h;
    };
    auto drawRow = [&](const Row &row, qreal h) {
        p.setFont(row.header || row.section ? head : body);
        const QList<qreal> &x = row.itemRow ? itemX : summaryX;
        if (row.section) {
            p.drawText(QRectF(x.first(), y, x.last() - x.first(), h), Qt::AlignLeft | Qt::AlignBottom,
                       row.cells.value(0));
            y += h + pad;
            return;
        }
        // Figures and ticks are centred, names are not.
        const int firstCentred = row.itemRow ? 2 : 1;
        const int centredCount = row.itemRow ? 5 : 7;
        for (int c = 0; c + 1 < x.size(); ++c) {
            const QRectF cell(x[c], y, x[c + 1] - x[c], h);
            if (row.header)
                p.fillRect(cell, kHeaderFill);
            p.drawRect(cell);
            const bool centred = row.header || (c >= firstCentred && c < firstCentred + centredCount);
            p.drawText(cell.adjusted(pad, pad, -pad, -pad),
                       (centred ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextWordWrap,
                       row.cells.value(c));
        }
        y += h;
    };

    startPage();
    const Row *header = nullptr; // the header of the table being drawn, repeated on a new page
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const qreal h = heightOf(row);
        // A domain heading never ends a page: keep it with its header and first item.
        qreal needed = h;
        if (row.section && i + 2 < rows.size())
            needed += heightOf(rows.at(i + 1)) + heightOf(rows.at(i + 2));
        if (y + needed > bottom) {
            startPage();
            if (header && !row.header && !row.section)
                drawRow(*header, heightOf(*header));
        }
        if (row.header)
            header = &row;
        drawRow(row, h);
    }
    p.end();
    m_pages = pageNo;
    return true;
}

bool CoverageSheet::writePdf(const QString &path, QString *error)
{
    return PdfOutput::write(
            path, tr("五公开 coverage of the catalogue of %1").arg(m_info.unit), m_options.pageLayout(), 1200,
            [&](QPdfWriter *writer) { return render(writer, error); }, error);
}

} // namespace gkml
