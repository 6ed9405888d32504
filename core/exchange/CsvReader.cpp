#include "CsvReader.h"

#include "FormulaGuard.h"
#include "TextDecoder.h"
#include "util/StringPool.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <vector>

namespace gkml {

namespace {

CsvReader::Result fromBytes(QByteArray bytes, const QString &encoding)
{
    CsvReader::Result r;
    TextDecoder::Result decoded = TextDecoder::decode(bytes, encoding);
    // The text holds it all now: the bytes go before the cells are made (a large file's peak).
    bytes = QByteArray();
    if (!decoded.error.isEmpty()) {
        r.error = decoded.error;
        return r;
    }
    r.encoding = decoded.encoding;
    r.grid = CsvReader::parse(decoded.text);
    if (r.grid.rows.isEmpty())
        r.error = CsvReader::tr("The file is empty.");
    return r;
}

} // namespace

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Count candidates on the first line outside quotes; the most frequent wins, comma on ties.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

TableGrid CsvReader::parse(const QString &text)
{
    TableGrid grid;
    grid.strictWidth = true;
    const QChar delimiter = detectDelimiter(text);
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    // Cells repeat from row to row (公开主体, 公开时限 …): each text is made once and shared. One
    // pool per column: a column of names that never repeat gives up on its own.
    std::vector<StringPool> pools;
    QStringList above; // the previous row: a cell most often repeats the one above it
    QStringList row;
    auto sharedCell = [&](QStringView text) {
        const qsizetype column = row.size();
        if (column < above.size() && above.at(column) == text)
            return above.at(column);
        if (column >= qsizetype(pools.size())) {
            if (column >= 1024)
                return text.toString(); // a row this wide is not a catalogue's: no pools for it
            pools.resize(column + 1, StringPool(8192));
        }
        return pools[column].get(text);
    };
    auto endRow = [&] {
        bool empty = true; // blank lines and Excel's ",,,," lines carry no cells
        for (const QString &c : std::as_const(row)) {
            if (!c.isEmpty()) {
                empty = false;
                break;
            }
        }
        if (!empty)
            above = row;
        grid.rows.append(empty ? QStringList() : row);
        row.clear();
    };
    qsizetype i = 0;
    while (i <= n) {
        // One cell per iteration. Unquoted cells and quoted cells without doubled quotes are
        // slices of the text (one allocation each); only cells with "" are rebuilt.
        QString cell;
        if (i < n && data[i] == QLatin1Char('"')) {
            const qsizetype start = ++i;
            bool doubled = false;
            while (i < n) {
                if (data[i] == QLatin1Char('"')) {
                    if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                        doubled = true;
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            if (doubled) {
                cell = text.mid(start, i - start);
                cell.replace(QLatin1String("\"\""), QLatin1String("\""));
            } else {
                cell = sharedCell(QStringView(data + start, i - start));
            }
            if (i < n)
                ++i; // closing quote
            // Text after a closing quote up to the delimiter is kept, as Excel does.
            const qsizetype rest = i;
            while (i < n && data[i] != delimiter && data[i] != QLatin1Char('\n')
                   && data[i] != QLatin1Char('\r'))
                ++i;
            if (i > rest)
                cell += text.mid(rest, i - rest);
        } else {
            const qsizetype start = i;
            while (i < n && data[i] != delimiter && data[i] != QLatin1Char('\n')
                   && data[i] != QLatin1Char('\r'))
                ++i;
            cell = sharedCell(QStringView(data + start, i - start));
        }
        row.append(FormulaGuard::unescape(cell));
        if (i >= n) {
            endRow();
            break;
        }
        if (data[i] == delimiter) {
            ++i;
            continue;
        }
        // end of line: \r\n, \n or \r
        if (data[i] == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
            ++i;
        ++i;
        endRow();
        if (i >= n)
            break;
    }
    while (!grid.rows.isEmpty() && grid.rows.constLast().isEmpty())
        grid.rows.removeLast();
    return grid;
}

CsvReader::Result CsvReader::readBytes(const QByteArray &bytes, const QString &encoding)
{
    return fromBytes(bytes, encoding);
}

CsvReader::Result CsvReader::readFile(const QString &path, const QString &encoding)
{
    Result r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = CsvReader::tr("Cannot open the file: %1").arg(f.errorString());
        return r;
    }
    if (f.size() > kMaxFileBytes) {
        r.error = CsvReader::tr("The file is larger than 1 GB; split it into smaller files.");
        return r;
    }
    r = fromBytes(f.readAll(), encoding);
    r.grid.name = QFileInfo(path).completeBaseName();
    return r;
}

} // namespace gkml
