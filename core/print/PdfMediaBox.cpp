#include "print/PdfMediaBox.h"

#include <QRectF>

namespace gkml {

namespace {
QByteArray mediaBox(qreal w, qreal h)
{
    return "/MediaBox [0 0 " + QByteArray::number(w, 'f', 6) + ' ' + QByteArray::number(h, 'f', 6) + ']';
}
} // namespace

int PdfMediaBox::makeExact(QByteArray &pdf, const QPageLayout &layout)
{
    const QSize rounded = layout.fullRectPoints().size();
    // From millimetres: QPageSize's own point size is the rounded one.
    const QSizeF exact = layout.fullRect(QPageLayout::Millimeter).size() * (72.0 / 25.4);
    const QByteArray from = mediaBox(rounded.width(), rounded.height());
    const QByteArray to = mediaBox(exact.width(), exact.height());
    if (from.size() != to.size() || from == to)
        return 0;
    int count = 0;
    qsizetype pos = 0;
    while ((pos = pdf.indexOf(from, pos)) >= 0) {
        pdf.replace(pos, from.size(), to);
        pos += to.size();
        ++count;
    }
    return count;
}

} // namespace gkml
