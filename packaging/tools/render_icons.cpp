// Renders resources/icons/gkml.svg into the PNG sizes of the hicolor theme and a multi-size
// Windows .ico (PNG-compressed entries, Vista+). Run by render-icons.sh; the outputs are
// committed so that builds need no SVG tool. Uses Qt's SVG image plugin.
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        qWarning("usage: render_icons ICON.svg OUTDIR");
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    const QList<int> sizes { 16, 24, 32, 48, 64, 128, 256 };
    QList<QByteArray> pngs;
    for (int s : sizes) {
        QImageReader reader(svg);
        reader.setScaledSize(QSize(s, s));
        const QImage img = reader.read();
        if (img.isNull()) {
            qWarning("cannot render %s: %s", argv[1], qPrintable(reader.errorString()));
            return 1;
        }
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        pngs.append(png);
        QFile f(QStringLiteral("%1/gkml-%2.png").arg(out).arg(s));
        if (!f.open(QIODevice::WriteOnly) || f.write(png) != png.size())
            return 1;
    }
    // ICONDIR + ICONDIRENTRY[n] + PNG data (little-endian).
    QByteArray ico;
    auto u16 = [&ico](quint16 v) {
        v = qToLittleEndian(v);
        ico.append(reinterpret_cast<const char *>(&v), 2);
    };
    auto u32 = [&ico](quint32 v) {
        v = qToLittleEndian(v);
        ico.append(reinterpret_cast<const char *>(&v), 4);
    };
    u16(0);
    u16(1);
    u16(quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        ico.append(char(sizes[i] >= 256 ? 0 : sizes[i]));
        ico.append(char(sizes[i] >= 256 ? 0 : sizes[i]));
        ico.append(char(0));
        ico.append(char(0));
        u16(1);
        u16(32);
        u32(quint32(pngs[i].size()));
        u32(offset);
        offset += quint32(pngs[i].size());
    }
    for (const QByteArray &p : pngs)
        ico.append(p);
    QFile f(out + QStringLiteral("/gkml.ico"));
    return f.open(QIODevice::WriteOnly) && f.write(ico) == ico.size() ? 0 : 1;
}
