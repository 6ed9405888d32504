#include "print/TableSheet.h"

#include "PdfOutput.h"
#include "PrintDevice.h"
#include "print/SheetFonts.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <memory>
#include <optional>
#include <vector>

namespace gkml {

namespace {

const QColor kHeaderFill(0xEE, 0xEE, 0xEE);

QFont sheetFont(const QString &family, qreal points, bool bold, const QPaintDevice *device)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferQuality);
    return QFont(f, device); // the point size resolved at the device's resolution
}

// Lays `text` out in `width`; returns its height.
qreal layoutText(QTextLayout &tl, const QString &text, const QFont &font, qreal width, bool centred)
{
    tl.setText(text);
    tl.setFont(font);
    return PrintDevice::wrap(tl, width, centred ? Qt::AlignHCenter : Qt::AlignLeft);
}

} // namespace

TableSheet::TableSheet(const QString &title, const QString &subtitle, const SheetOptions &options)
    : m_title(title)
    , m_subtitle(subtitle)
    , m_options(options)
{ }

void TableSheet::addTable(const Table &table)
{
    m_blocks.append({ table, QString() });
}

void TableSheet::addNote(const QString &text)
{
    m_blocks.append({ Table(), text });
}

bool TableSheet::render(QPagedPaintDevice *device, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("Printing needs the graphical part of Qt (QGuiApplication).");
        return false;
    }
    if (!PrintDevice::setLayout(device, m_options.pageLayout(), error))
        return false;
    QPainter p;
    if (!PrintDevice::begin(p, device, error))
        return false;
    const SheetFonts &fonts = SheetFonts::instance();
    const QFont titleFont = sheetFont(fonts.title(), 16, true, device);
    const QFont headingFont = sheetFont(fonts.header(), 11, true, device);
    const QFont headerFont = sheetFont(fonts.header(), 9.5, true, device);
    const QFont bodyFont = sheetFont(fonts.body(), 9.5, false, device);
    const QFont footerFont = sheetFont(fonts.body(), 9, false, device);
    const QRectF page(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const qreal mm = device->logicalDpiY() / 25.4;
    const qreal pad = 1.2 * mm;
    const qreal footerHeight = QFontMetricsF(footerFont).height() * 1.6;
    const qreal bottom = page.bottom() - footerHeight;
    const QString date = SheetOptions::chineseDate(m_options.effectiveDate());
    p.setPen(QPen(Qt::black, 0.25 * mm * 0.5));

    int pageNo = 0;
    qreal y = 0;
    qreal contentTop = 0; // below the title on page 1: a row that does not fit there needs a new page
    auto drawFooter = [&] {
        p.setFont(footerFont);
        p.drawText(QRectF(page.left(), page.bottom() - footerHeight, page.width(), footerHeight),
                   Qt::AlignCenter, tr("Page %1").arg(pageNo) + QStringLiteral("    ") + date);
    };
    auto newPage = [&] {
        if (pageNo > 0)
            device->newPage();
        ++pageNo;
        y = page.top();
        drawFooter();
        if (pageNo == 1) {
            QTextLayout tl;
            const qreal h = layoutText(tl, m_title, titleFont, page.width(), true);
            tl.draw(&p, QPointF(page.left(), y));
            y += h + 2 * mm;
            if (!m_subtitle.isEmpty()) {
                QTextLayout sub;
                const qreal sh = layoutText(sub, m_subtitle, bodyFont, page.width(), true);
                sub.draw(&p, QPointF(page.left(), y));
                y += sh + 2 * mm;
            }
        }
        contentTop = y;
    };

    // One row laid out: a QTextLayout per cell, and its height.
    struct LaidRow
    {
        std::vector<std::unique_ptr<QTextLayout>> cells;
        qreal height = 0;
    };
    auto layRow = [&](const Table &t, const QList<qreal> &x, const QStringList &cells, bool header) {
        LaidRow row;
        row.height = QFontMetricsF(bodyFont).height() + 2 * pad;
        for (int c = 0; c + 1 < x.size(); ++c) {
            auto tl = std::make_unique<QTextLayout>();
            const qreal h = layoutText(*tl, cells.value(c), header ? headerFont : bodyFont,
                                       x[c + 1] - x[c] - 2 * pad, header || t.centred.value(c));
            row.height = qMax(row.height, h + 2 * pad);
            row.cells.push_back(std::move(tl));
        }
        return row;
    };
    auto drawRow = [&](const LaidRow &row, const QList<qreal> &x, bool header) {
        for (int c = 0; c + 1 < x.size(); ++c) {
            const QRectF cell(x[c], y, x[c + 1] - x[c], row.height);
            if (header)
                p.fillRect(cell, kHeaderFill);
            p.drawRect(cell);
            const QTextLayout &tl = *row.cells[size_t(c)];
            const qreal h = tl.lineCount() ? tl.lineAt(tl.lineCount() - 1).rect().bottom() : 0;
            tl.draw(&p, QPointF(cell.left() + pad, cell.top() + (row.height - h) / 2));
        }
        y += row.height;
    };

    newPage();
    for (const Block &block : std::as_const(m_blocks)) {
        if (!block.note.isEmpty()) {
            QTextLayout tl;
            const qreal h = layoutText(tl, block.note, bodyFont, page.width(), false);
            if (y + h > bottom)
                newPage();
            tl.draw(&p, QPointF(page.left(), y + mm));
            y += h + 3 * mm;
            continue;
        }
        const Table &t = block.table;
        if (t.rows.isEmpty())
            continue;
        qreal total = 0;
        for (int c = 0; c < t.rows.first().size(); ++c)
            total += t.weights.value(c, 1);
        QList<qreal> x = { page.left() };
        for (int c = 0; c < t.rows.first().size(); ++c)
            x.append(x.last() + page.width() * t.weights.value(c, 1) / total);
        QTextLayout headingLayout;
        const qreal headingHeight = t.heading.isEmpty()
                ? 0
                : layoutText(headingLayout, t.heading, headingFont, page.width(), false) + 1.5 * mm;
        const LaidRow header = layRow(t, x, t.rows.first(), true);
        for (int r = 1; r < t.rows.size() || r == 1; ++r) {
            std::optional<LaidRow> row;
            if (r < t.rows.size())
                row.emplace(layRow(t, x, t.rows.at(r), false));
            const qreal rowHeight = row ? row->height : 0;
            const bool first = r == 1;
            // The heading and the header stay with the first row.
            const qreal needed = rowHeight + (first ? headingHeight + header.height : 0);
            if (y + needed > bottom && y > contentTop) {
                newPage();
                if (!first)
                    drawRow(header, x, true);
            }
            if (first) {
                if (headingHeight > 0) {
                    y += mm;
                    headingLayout.draw(&p, QPointF(page.left(), y));
                    y += headingHeight;
                }
                drawRow(header, x, true);
            }
            if (row)
                drawRow(*row, x, false);
        }
        y += 4 * mm;
    }
    p.end();
    m_pages = pageNo;
    return true;
}

bool TableSheet::writePdf(const QString &path, QString *error)
{
    return PdfOutput::write(
            path, m_title, m_options.pageLayout(), 1200,
            [&](QPdfWriter *writer) { return render(writer, error); }, error);
}

} // namespace gkml
