#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace gkml {

// A QR code (libqrencode, error correction M) as a square module matrix, drawn as vector
// rectangles so that it stays sharp in the PDF and on any printer.
class QrCode
{
public:
    static QrCode encode(const QString &text);
    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Draws into `square` (black on white) with the 4-module quiet zone the standard requires.
    void draw(QPainter *painter, const QRectF &square) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace gkml
