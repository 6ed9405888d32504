#include "print/QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

namespace gkml {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return code;
    QRcode *qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return code;
    code.m_size = qr->width;
    code.m_modules.resize(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = qr->data[i] & 1; // bit 0 = dark module
    QRcode_free(qr);
    return code;
}

void QrCode::draw(QPainter *painter, const QRectF &square) const
{
    if (isNull())
        return;
    const int quiet = 4;
    const qreal unit = square.width() / (m_size + 2 * quiet);
    painter->save();
    painter->fillRect(square, Qt::white);
    // One path of horizontal runs: a few hundred rectangles instead of thousands of tiny ones.
    QPainterPath path;
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y))
                ++x;
            path.addRect(QRectF(square.left() + (quiet + start) * unit, square.top() + (quiet + y) * unit,
                                (x - start) * unit, unit * 1.02)); // overlap: no seams between rows
        }
    }
    path.setFillRule(Qt::WindingFill);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    painter->drawPath(path);
    painter->restore();
}

} // namespace gkml
