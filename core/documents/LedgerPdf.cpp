#include "LedgerPdf.h"

#include "print/PdfMediaBox.h"
#include "print/PdfOutput.h"
#include "print/PrintDevice.h"
#include "print/SheetFonts.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace gkml {

namespace {

QPageLayout a4Portrait()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 18, 15),
                       QPageLayout::Millimeter);
}

struct Metrics
{
    double mm = 1;
    QFont title, subtitle, body, header;
    double width = 0, height = 0;
};

// Height of a cell's wrapped text in a column `w` wide, padding included.
double cellHeight(QPainter &p, const QFont &font, double w, const QString &text, double pad)
{
    p.setFont(font);
    const QRectF r = p.boundingRect(QRectF(0, 0, w - 2 * pad, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    return r.height() + 2 * pad;
}

} // namespace

bool LedgerPdf::render(const QList<LedgerSheet> &sheets, QPagedPaintDevice *device, QString *error)
{
    QPainter p;
    if (!PrintDevice::setLayout(device, a4Portrait(), error) || !PrintDevice::begin(p, device, error))
        return false;
    const SheetFonts &fonts = SheetFonts::instance();
    Metrics m;
    m.mm = device->logicalDpiX() / 25.4;
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    m.width = page.width();
    m.height = page.height();
    m.title = QFont(fonts.title());
    m.title.setPointSizeF(18);
    m.title.setBold(true);
    m.subtitle = QFont(fonts.body());
    m.subtitle.setPointSizeF(12);
    m.body = QFont(fonts.body());
    m.body.setPointSizeF(10);
    m.header = QFont(fonts.header());
    m.header.setPointSizeF(10.5);
    m.header.setBold(true);
    const double pad = 1.5 * m.mm;
    const double footer = 8 * m.mm;

    bool firstPage = true;
    for (const LedgerSheet &sheet : sheets) {
        // Columns fit their longest text (a 索引号 or 文号 is never broken); the stretching ones
        // (标题, 退回原因) share what is left and wrap.
        QList<double> widths;
        double fixed = 0;
        int stretching = 0;
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const LedgerSheet::Column &col = sheet.columns.at(c);
            if (col.stretch) {
                widths << 0;
                ++stretching;
                continue;
            }
            double w = 0;
            const QFontMetricsF body(m.body, device), header(m.header, device);
            for (const QString &word : col.label.split(QLatin1Char(' ')))
                w = qMax(w, header.horizontalAdvance(word));
            for (const QStringList &row : sheet.rows)
                w = qMax(w, body.horizontalAdvance(row.value(c)));
            widths << w + 2 * pad + 1;
            fixed += widths.last();
        }
        const double left = m.width - fixed;
        if (stretching == 0 || left < m.width * 0.25) {
            // Too wide: every column shrinks in proportion (and wraps).
            const double free = stretching ? m.width * 0.25 / stretching : 0;
            const double scale = (m.width - free * stretching) / qMax(fixed, 1.0);
            for (int c = 0; c < widths.size(); ++c)
                widths[c] = sheet.columns.at(c).stretch ? free : widths.at(c) * qMin(scale, 1.0);
        } else {
            for (int c = 0; c < widths.size(); ++c) {
                if (sheet.columns.at(c).stretch)
                    widths[c] = left / stretching;
            }
        }

        // Pass 1: rows per page.
        QList<double> rowHeights;
        for (const QStringList &row : sheet.rows) {
            double h = 0;
            for (int c = 0; c < widths.size(); ++c)
                h = qMax(h, cellHeight(p, m.body, widths.at(c), row.value(c), pad));
            rowHeights << h;
        }
        double headerHeight = 0;
        for (int c = 0; c < widths.size(); ++c)
            headerHeight = qMax(headerHeight,
                                cellHeight(p, m.header, widths.at(c), sheet.columns.at(c).label, pad));
        p.setFont(m.title);
        const double titleHeight = QFontMetricsF(m.title, device).height() * 1.6;
        p.setFont(m.subtitle);
        const double lineHeight = QFontMetricsF(m.subtitle, device).height() * 1.4;
        const double top = titleHeight + (sheet.subtitle.isEmpty() ? 0 : lineHeight)
                + lineHeight * sheet.lines.size() + 2 * m.mm;
        const double signOffHeight = sheet.signOff.isEmpty() ? 0 : lineHeight * 3;
        QList<QPair<int, int>> pages; // first row, row count
        int row = 0;
        do {
            double y = top + headerHeight;
            const int first = row;
            while (row < sheet.rows.size() && (y + rowHeights.at(row) <= m.height - footer || row == first)) {
                y += rowHeights.at(row);
                ++row;
            }
            pages.append({ first, row - first });
        } while (row < sheet.rows.size());
        // The sign-off goes under the table; when it does not fit, on a page of its own.
        double lastY = top + headerHeight;
        for (int r = pages.last().first; r < pages.last().first + pages.last().second; ++r)
            lastY += rowHeights.at(r);
        const bool signOffPage = lastY + signOffHeight > m.height - footer;
        const int pageCount = int(pages.size()) + (signOffPage ? 1 : 0);

        // Pass 2: draw.
        for (int pi = 0; pi < pageCount; ++pi) {
            if (!firstPage && !device->newPage()) {
                if (error)
                    *error = tr("Cannot start a new page.");
                p.end();
                return false;
            }
            firstPage = false;
            double y = 0;
            p.setPen(Qt::black);
            p.setFont(m.title);
            p.drawText(QRectF(0, y, m.width, titleHeight), Qt::AlignHCenter | Qt::AlignVCenter, sheet.title);
            y += titleHeight;
            p.setFont(m.subtitle);
            if (!sheet.subtitle.isEmpty()) {
                p.drawText(QRectF(0, y, m.width, lineHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                           sheet.subtitle);
                y += lineHeight;
            }
            for (const QString &line : sheet.lines) {
                p.drawText(QRectF(0, y, m.width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
                y += lineHeight;
            }
            y += 2 * m.mm;
            if (pi < pages.size()) {
                // Header row, then this page's rows.
                double x = 0;
                p.setFont(m.header);
                for (int c = 0; c < widths.size(); ++c) {
                    const QRectF cell(x, y, widths.at(c), headerHeight);
                    p.drawRect(cell);
                    p.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::AlignCenter | Qt::TextWordWrap,
                               sheet.columns.at(c).label);
                    x += widths.at(c);
                }
                y += headerHeight;
                p.setFont(m.body);
                if (sheet.rows.isEmpty()) {
                    const QRectF cell(0, y, m.width, 10 * m.mm);
                    p.drawRect(cell);
                    p.drawText(cell, Qt::AlignCenter, sheet.empty);
                    y += cell.height();
                }
                for (int r = pages.at(pi).first; r < pages.at(pi).first + pages.at(pi).second; ++r) {
                    x = 0;
                    for (int c = 0; c < widths.size(); ++c) {
                        const QRectF cell(x, y, widths.at(c), rowHeights.at(r));
                        p.drawRect(cell);
                        p.drawText(cell.adjusted(pad, pad, -pad, -pad),
                                   (sheet.columns.at(c).centred ? Qt::AlignHCenter : Qt::AlignLeft)
                                           | Qt::AlignVCenter | Qt::TextWordWrap,
                                   sheet.rows.at(r).value(c));
                        x += widths.at(c);
                    }
                    y += rowHeights.at(r);
                }
            }
            if (pi == pageCount - 1 && !sheet.signOff.isEmpty()) {
                y += lineHeight;
                p.setFont(m.subtitle);
                const double w = m.width / sheet.signOff.size();
                const QFontMetricsF metrics(m.subtitle, device);
                for (int i = 0; i < sheet.signOff.size(); ++i) {
                    const QRectF box(i * w, y, w, lineHeight * 1.5);
                    p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, sheet.signOff.at(i));
                    // The line to sign on, after the label.
                    const double x0 = box.left() + metrics.horizontalAdvance(sheet.signOff.at(i)) + m.mm;
                    const double x1 = box.right() - 6 * m.mm;
                    if (x1 > x0)
                        p.drawLine(QPointF(x0, box.bottom() - 2 * m.mm),
                                   QPointF(x1, box.bottom() - 2 * m.mm));
                }
            }
            p.setFont(m.body);
            p.drawText(QRectF(0, m.height - footer, m.width, footer), Qt::AlignHCenter | Qt::AlignBottom,
                       tr("Page %1 of %2").arg(pi + 1).arg(pageCount));
        }
    }
    p.end();
    return true;
}

bool LedgerPdf::write(const QList<LedgerSheet> &sheets, const QString &title, const QString &path,
                      QString *error)
{
    return PdfOutput::write(
            path, title, a4Portrait(), 600, [&](QPdfWriter *writer) { return render(sheets, writer, error); },
            error);
}

} // namespace gkml
