#include "LedgerPdf.h"

#include "print/PdfMediaBox.h"
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
    if (!device->setPageLayout(a4Portrait())) {
        if (error)
            *error = tr("The printer does not accept A4 paper.");
        return false;
    }
    QPainter p;
    if (!p.begin(device)) {
        if (error)
            *error = tr("Cannot start printing.");
        return false;
    }
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
    m.body.setPointSizeF(10.5);
    m.header = QFont(fonts.header());
    m.header.setPointSizeF(10.5);
    m.header.setBold(true);
    const double pad = 1.5 * m.mm;
    const double footer = 8 * m.mm;

    bool firstPage = true;
    for (const LedgerSheet &sheet : sheets) {
        double total = 0;
        for (const LedgerSheet::Column &c : sheet.columns)
            total += c.weight;
        QList<double> widths;
        for (const LedgerSheet::Column &c : sheet.columns)
            widths << m.width * c.weight / qMax(total, 1e-9);

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
                for (int i = 0; i < sheet.signOff.size(); ++i)
                    p.drawText(QRectF(i * w, y, w, lineHeight * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
                               sheet.signOff.at(i));
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
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("GKML %1").arg(QStringLiteral(GKML_VERSION)));
        writer.setTitle(title);
        if (!render(sheets, &writer, error))
            return false;
    }
    QByteArray pdf = buffer.data();
    PdfMediaBox::makeExact(pdf, a4Portrait());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gkml
