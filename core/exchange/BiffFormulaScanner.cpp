#include "BiffFormulaScanner.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace gkml {

namespace {

quint16 u16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

// The smallest compound-file reader that finds one stream: header, FAT (with the DIFAT chain),
// directory, then the stream's sector chain (regular or mini). Chains are walked at most as many
// steps as there are sectors, so a loop in a crafted FAT ends.
class CompoundFile
{
public:
    explicit CompoundFile(const QByteArray &file)
        : m_file(file)
    { }

    std::optional<QByteArray> stream(const QList<QString> &names)
    {
        if (m_file.size() < 512
            || std::memcmp(m_file.constData(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
            return std::nullopt;
        const int shift = u16(m_file, 0x1E);
        if (shift != 9 && shift != 12)
            return std::nullopt;
        m_sectorSize = 1 << shift;
        m_sectorCount = (m_file.size() - 512) / m_sectorSize + 1;
        if (!readFat())
            return std::nullopt;
        const std::optional<QByteArray> directory = chain(u32(m_file, 0x30), -1);
        if (!directory)
            return std::nullopt;
        const quint32 miniCutoff = u32(m_file, 0x38);
        std::optional<QByteArray> miniStream;
        for (qint64 at = 0; at + 128 <= directory->size(); at += 128) {
            const int nameBytes = qMin<int>(u16(*directory, at + 0x40), 64);
            const int type = static_cast<unsigned char>(directory->at(at + 0x42));
            const quint32 start = u32(*directory, at + 0x74);
            const quint32 size = u32(*directory, at + 0x78);
            if (type == 5) { // root entry: the mini stream
                miniStream = chain(start, size);
                continue;
            }
            if (type != 2 || nameBytes < 2)
                continue;
            const QString name = QString::fromUtf16(
                    reinterpret_cast<const char16_t *>(directory->constData() + at), nameBytes / 2 - 1);
            if (!names.contains(name))
                continue;
            if (size >= miniCutoff)
                return chain(start, size);
            if (!miniStream || !readMiniFat())
                return std::nullopt;
            return miniChain(*miniStream, start, size);
        }
        return std::nullopt;
    }

private:
    bool readFat()
    {
        QList<quint32> fatSectors;
        for (int i = 0; i < 109; ++i)
            fatSectors << u32(m_file, 0x4C + 4 * i);
        quint32 difat = u32(m_file, 0x44);
        for (qint64 steps = 0; difat < 0xFFFFFFFA && steps < m_sectorCount; ++steps) {
            const qint64 at = (qint64(difat) + 1) * m_sectorSize;
            if (at + m_sectorSize > m_file.size())
                return false;
            for (int i = 0; i < m_sectorSize / 4 - 1; ++i)
                fatSectors << u32(m_file, at + 4 * i);
            difat = u32(m_file, at + m_sectorSize - 4);
        }
        for (const quint32 s : std::as_const(fatSectors)) {
            if (s >= 0xFFFFFFFA)
                continue;
            const qint64 at = (qint64(s) + 1) * m_sectorSize;
            if (at + m_sectorSize > m_file.size())
                return false;
            for (int i = 0; i < m_sectorSize / 4; ++i)
                m_fat << u32(m_file, at + 4 * i);
            if (m_fat.size() > m_sectorCount + m_sectorSize)
                break;
        }
        return !m_fat.isEmpty();
    }
    bool readMiniFat()
    {
        if (!m_miniFat.isEmpty())
            return true;
        const std::optional<QByteArray> bytes = chain(u32(m_file, 0x3C), -1);
        if (!bytes)
            return false;
        for (qint64 at = 0; at + 4 <= bytes->size(); at += 4)
            m_miniFat << u32(*bytes, at);
        return true;
    }
    std::optional<QByteArray> chain(quint32 sector, qint64 size)
    {
        QByteArray out;
        for (qint64 steps = 0; sector < 0xFFFFFFFA; ++steps) {
            const qint64 at = (qint64(sector) + 1) * m_sectorSize;
            if (steps > m_sectorCount || sector >= quint32(m_fat.size()) || at + m_sectorSize > m_file.size())
                return std::nullopt;
            out.append(m_file.constData() + at, m_sectorSize);
            if (size >= 0 && out.size() >= size)
                break;
            sector = m_fat.at(sector);
        }
        if (size >= 0) {
            if (out.size() < size)
                return std::nullopt;
            out.truncate(size);
        }
        return out;
    }
    std::optional<QByteArray> miniChain(const QByteArray &mini, quint32 sector, qint64 size)
    {
        QByteArray out;
        for (qint64 steps = 0; sector < 0xFFFFFFFA && out.size() < size; ++steps) {
            const qint64 at = qint64(sector) * 64;
            if (steps > m_miniFat.size() || sector >= quint32(m_miniFat.size()) || at + 64 > mini.size())
                return std::nullopt;
            out.append(mini.constData() + at, 64);
            sector = m_miniFat.at(sector);
        }
        if (out.size() < size)
            return std::nullopt;
        out.truncate(size);
        return out;
    }

    const QByteArray &m_file;
    int m_sectorSize = 512;
    qint64 m_sectorCount = 0;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
};

} // namespace

QString BiffFormulaScanner::formatNumber(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 15);
}

BiffFormulaScanner::Result BiffFormulaScanner::scan(const QByteArray &file)
{
    Result result;
    CompoundFile cf(file);
    const std::optional<QByteArray> stream
            = cf.stream({ QStringLiteral("Workbook"), QStringLiteral("Book") });
    if (!stream)
        return result;
    const QByteArray &s = *stream;
    QHash<quint32, int> sheetAt; // BOF offset of each worksheet -> its index
    int sheet = -1; // -1: workbook globals or a non-worksheet substream
    bool biff8 = false;
    qsizetype pendingString = -1; // index in cells of a text formula waiting for its STRING record
    for (qint64 at = 0; at + 4 <= s.size();) {
        const quint16 type = u16(s, at);
        const quint16 length = u16(s, at + 2);
        const qint64 data = at + 4;
        if (data + length > s.size())
            break;
        at = data + length;
        switch (type) {
        case 0x0809: // BOF
            if (length >= 4) {
                biff8 = u16(s, data) == 0x0600;
                sheet = sheetAt.value(quint32(data - 4), -1);
            }
            break;
        case 0x0085: // BOUNDSHEET: position, visibility, type, name
            if (length >= 8 && static_cast<unsigned char>(s.at(data + 5)) == 0) {
                const quint32 pos = u32(s, data);
                const int chars = static_cast<unsigned char>(s.at(data + 6));
                QString name;
                if (biff8 && length >= 8) {
                    const bool wide = s.at(data + 7) & 1;
                    if (wide && 8 + 2 * chars <= length)
                        name = QString::fromUtf16(
                                reinterpret_cast<const char16_t *>(s.constData() + data + 8), chars);
                    else if (!wide && 8 + chars <= length)
                        name = QString::fromLatin1(s.constData() + data + 8, chars);
                }
                sheetAt.insert(pos, int(result.sheetNames.size()));
                result.sheetNames << name;
            }
            break;
        case 0x0006: // FORMULA: row, column, xf, 8-byte result
            if (sheet >= 0 && length >= 14) {
                Cell cell { sheet, u16(s, data), u16(s, data + 2), std::nullopt };
                const qint64 r = data + 6;
                if (u16(s, r + 6) != 0xFFFF) {
                    double d;
                    std::memcpy(&d, s.constData() + r, 8);
                    cell.value = formatNumber(d); // BIFF is little-endian, as every target of GKML
                } else {
                    switch (static_cast<unsigned char>(s.at(r))) {
                    case 0: // text: the next STRING record
                        if (biff8)
                            pendingString = result.cells.size();
                        break;
                    case 1:
                        cell.value = s.at(r + 2) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                        break;
                    case 3: cell.value = QString(); break;
                    default: // an error value (#REF! ...): nothing to show
                        break;
                    }
                }
                result.cells << cell;
            }
            break;
        case 0x0207: // STRING: the text result of the formula before it
            if (pendingString >= 0 && length >= 3) {
                const int chars = u16(s, data);
                const bool wide = s.at(data + 2) & 1;
                if (wide && 3 + 2 * chars <= length)
                    result.cells[pendingString].value = QString::fromUtf16(
                            reinterpret_cast<const char16_t *>(s.constData() + data + 3), chars);
                else if (!wide && 3 + chars <= length)
                    result.cells[pendingString].value = QString::fromLatin1(s.constData() + data + 3, chars);
            }
            pendingString = -1;
            break;
        default: break;
        }
    }
    result.ok = true;
    return result;
}

} // namespace gkml
