#include "print/SheetRenderer.h"

#include "PdfOutput.h"
#include "PrintDevice.h"
#include "print/PdfMediaBox.h"
#include "print/QrCode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace gkml {

namespace {
const QColor kHeaderFill(0xEE, 0xEE, 0xEE);
} // namespace

SheetRenderer::SheetRenderer(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options)
    : m_layout(items, info, options)
{ }

int SheetRenderer::pageCount() const
{
    if (!m_laidOut) {
        // Paginate for a PDF of the options' paper; nothing is written.
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setPageLayout(m_layout.options().pageLayout());
        m_layout.layout(&writer);
        m_laidOut = true;
    }
    return static_cast<int>(m_layout.pages().size());
}

bool SheetRenderer::render(QPagedPaintDevice *device, QString *error)
{
    if (m_layout.sets().isEmpty()) {
        if (error)
            *error = SheetRenderer::tr("There is nothing to print: no public items match.");
        return false;
    }
    if (!PrintDevice::setLayout(device, m_layout.options().pageLayout(), error))
        return false;
    m_layout.layout(device);
    m_laidOut = true;
    QPainter p;
    if (!PrintDevice::begin(p, device, error))
        return false;
    const auto &pages = m_layout.pages();
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            if (error)
                *error = SheetRenderer::tr("Cannot start a new page.");
            return false;
        }
        drawPage(p, pages.at(i));
    }
    return p.end();
}

void SheetRenderer::drawPage(QPainter &p, const SheetLayout::Page &page) const
{
    const SheetLayout &L = m_layout;
    const SheetLayout::Set &set = L.sets().at(page.set);
    const auto &columns = L.columns();
    const qreal width = L.area().width();
    p.setRenderHint(QPainter::Antialiasing);

    qreal y;
    if (page.titlePage) {
        drawTitle(p, set);
        y = L.titleBlockHeight;
    } else {
        p.setFont(L.subtitleFont);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, 0, width, L.runningTitleHeight - L.mm(2)), Qt::AlignHCenter | Qt::AlignBottom,
                   L.runningTitle(set));
        y = L.runningTitleHeight;
    }
    const qreal tableTop = y;
    y = drawHeader(p, y);

    const QPen thin(Qt::black, L.pt(0.5));
    QTextLayout tl(QString(), L.bodyFont, L.device());
    const auto &pieces = page.rows;
    QList<qreal> tops;
    for (const SheetLayout::RowPiece &piece : pieces) {
        tops.append(y);
        y += piece.height;
    }
    // Columns that print equal values once per run (like the template's merged cells): piece i
    // continues the run of piece i - 1 when both are whole rows with the same value.
    auto continuesRun = [&](int column, int i) {
        if (i == 0 || !pieces[i].firstLine.isEmpty() || !pieces[i - 1].firstLine.isEmpty()
            || pieces[i - 1].row != pieces[i].row - 1)
            return false;
        return L.cellText(set.items.at(pieces[i].row), column, 0)
                == L.cellText(set.items.at(pieces[i - 1].row), column, 0);
    };
    auto drawCell = [&](const SheetLayout::Column &col, const QString &text, int bold, qreal top,
                        qreal height) {
        const qreal h = L.layoutText(tl, text, L.bodyFont, col.width - 2 * L.padding, col.align, bold);
        tl.draw(&p, QPointF(col.x + L.padding, top + (height - h) / 2)); // vertically centred
    };
    // Text first, then all rules in one call: every pen change costs a graphics-state switch
    // in the PDF, and a page has hundreds of cells.
    QList<QLineF> rules;
    p.setPen(Qt::black);
    for (int i = 0; i < pieces.size(); ++i) {
        const SheetLayout::RowPiece &piece = pieces[i];
        const Item &item = set.items.at(piece.row);
        const bool whole = piece.firstLine.isEmpty();
        const qreal top = tops[i];
        for (int c = 0; c < columns.size(); ++c) {
            const SheetLayout::Column &col = columns.at(c);
            rules.append(QLineF(col.x, top, col.x, top + piece.height));
            if (col.mergeRepeats && continuesRun(c, i))
                continue; // no rule, no text: drawn with the first piece of the run
            rules.append(QLineF(col.x, top, col.x + col.width, top));
            if (piece.continued && c == 0) {
                p.setFont(L.bodyFont);
                p.drawText(QRectF(col.x, top + L.padding, col.width, piece.height),
                           Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("续"));
                continue;
            }
            const QString text = L.cellText(item, c, piece.row + 1);
            if (text.isEmpty())
                continue;
            if (col.mergeRepeats && whole) {
                qreal height = piece.height;
                for (int j = i + 1; j < pieces.size() && continuesRun(c, j); ++j)
                    height += pieces[j].height;
                drawCell(col, text, L.boldPrefix(item, c), top, height);
            } else if (whole) {
                drawCell(col, text, L.boldPrefix(item, c), top, piece.height);
            } else {
                L.layoutText(tl, text, L.bodyFont, col.width - 2 * L.padding, col.align,
                             L.boldPrefix(item, c));
                const int first = piece.firstLine.at(c);
                const int end = std::min<int>(piece.endLine.at(c), tl.lineCount());
                if (first >= end)
                    continue;
                const qreal shift = tl.lineAt(first).y();
                for (int l = first; l < end; ++l)
                    tl.lineAt(l).draw(&p, QPointF(col.x + L.padding, top + L.padding - shift));
            }
        }
    }
    rules.append(QLineF(0, y, width, y));
    rules.append(QLineF(width, tableTop, width, y));
    p.setPen(thin);
    p.drawLines(rules);
    // A firmer outer frame, as printed forms have.
    p.setPen(QPen(Qt::black, L.pt(1.2)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(0, tableTop, width, y - tableTop));
    drawFooter(p, set, page);
}

void SheetRenderer::drawTitle(QPainter &p, const SheetLayout::Set &set) const
{
    const SheetLayout &L = m_layout;
    const qreal width = L.area().width();
    const qreal side = L.qrBeside ? L.qrBlockWidth() : 0;
    QTextLayout tl(QString(), L.titleFont, L.device());
    const qreal h = L.layoutText(tl, L.titleText(set, width - 2 * side), L.titleFont, width - 2 * side,
                                 Qt::AlignHCenter);
    const qreal subtitle
            = set.subtitle.isEmpty() ? 0 : QFontMetricsF(L.subtitleFont, L.device()).height() + L.mm(1.5);
    const qreal block = L.titleBlockHeight - L.mm(5) - (L.qrSize > 0 && !L.qrBeside ? L.qrSize + L.mm(3) : 0);
    const qreal top = std::max<qreal>(0, (block - h - subtitle) / 2);
    p.setPen(Qt::black);
    tl.draw(&p, QPointF(side, top));
    if (!set.subtitle.isEmpty()) {
        p.setFont(L.subtitleFont);
        p.drawText(QRectF(side, top + h + L.mm(1.5), width - 2 * side, subtitle),
                   Qt::AlignHCenter | Qt::AlignTop, set.subtitle);
    }
    if (L.qrSize > 0) {
        const QString url = L.options().qrUrl;
        const qreal qrTop = L.qrBeside ? 0 : block + L.mm(3);
        const QRectF square(width - L.qrSize, qrTop, L.qrSize, L.qrSize);
        QrCode::encode(url).draw(&p, square);
        // The address beside the code, for readers without a phone.
        const QRectF textBox(width - L.qrBlockWidth(), qrTop, L.qrBlockWidth() - L.qrSize - L.mm(2),
                             L.qrSize);
        QTextLayout urlLayout(QString(), L.smallFont, L.device());
        const QString text = SheetLayout::qrCaption() + QChar::LineSeparator + url;
        const qreal uh = L.layoutText(urlLayout, text, L.smallFont, textBox.width(), Qt::AlignRight);
        urlLayout.draw(&p, QPointF(textBox.left(), textBox.top() + (textBox.height() - uh) / 2));
    }
}

qreal SheetRenderer::drawHeader(QPainter &p, qreal y) const
{
    const SheetLayout &L = m_layout;
    const auto &columns = L.columns();
    const qreal row = L.headerRowHeight;
    // One fill, then the labels, then all rules: few graphics-state changes per page.
    p.fillRect(QRectF(0, y, L.area().width(), L.headerHeight), kHeaderFill);
    p.setPen(Qt::black);
    QTextLayout tl(QString(), L.headerFont, L.device());
    QList<QRectF> cells;
    auto cell = [&](const QRectF &r, const QString &label, const QFont &font) {
        cells.append(r);
        const qreal h = L.layoutText(tl, label, font, r.width() - 2 * L.padding, Qt::AlignHCenter);
        tl.draw(&p, QPointF(r.left() + L.padding, r.top() + (r.height() - h) / 2));
    };
    for (int c = 0; c < columns.size();) {
        const SheetLayout::Column &col = columns.at(c);
        if (!L.twoRowHeader || col.group.isEmpty()) {
            cell(QRectF(col.x, y, col.width, L.headerHeight), col.label, L.headerFontFor(col));
            ++c;
            continue;
        }
        int end = c;
        qreal w = 0;
        while (end < columns.size() && columns.at(end).group == col.group)
            w += columns.at(end++).width;
        cell(QRectF(col.x, y, w, row), col.group, L.headerFont);
        for (int i = c; i < end; ++i)
            cell(QRectF(columns.at(i).x, y + row, columns.at(i).width, row), columns.at(i).label,
                 L.headerFontFor(columns.at(i)));
        c = end;
    }
    p.setPen(QPen(Qt::black, L.pt(0.5)));
    p.setBrush(Qt::NoBrush);
    p.drawRects(cells);
    p.setPen(Qt::black);
    return y + L.headerHeight;
}

void SheetRenderer::drawFooter(QPainter &p, const SheetLayout::Set &set, const SheetLayout::Page &page) const
{
    const SheetLayout &L = m_layout;
    const QRectF box(0, L.area().height() - L.footerHeight + L.mm(2), L.area().width(),
                     L.footerHeight - L.mm(2));
    p.setFont(L.footerFont);
    p.setPen(Qt::black);
    p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, L.info().unit);
    p.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter,
               QStringLiteral("第 %1 页 共 %2 页").arg(page.number).arg(set.pageCount));
    p.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
               SheetOptions::chineseDate(L.options().effectiveDate()));
}

bool SheetRenderer::writePdf(const QString &path, QString *error)
{
    const QString title = m_layout.sets().isEmpty() ? QString() : m_layout.sets().first().title;
    return PdfOutput::write(
            path, title, m_layout.options().pageLayout(), 1200,
            [&](QPdfWriter *writer) { return render(writer, error); }, error);
}

bool SheetRenderer::writePdf(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options,
                             const QString &path, QString *error)
{
    SheetRenderer renderer(items, info, options);
    return renderer.writePdf(path, error);
}

} // namespace gkml
