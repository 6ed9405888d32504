#include "CsvReader.h"

#include "FormulaGuard.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gkml {

namespace { } // namespace

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
    QStringList row;
    auto endRow = [&] {
        bool empty = true; // blank lines and Excel's ",,,," lines carry no cells
        for (const QString &c : std::as_const(row)) {
            if (!c.isEmpty()) {
                empty = false;
                break;
            }
        }
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
            cell = text.mid(start, i - start);
            if (doubled)
                cell.replace(QLatin1String("\"\""), QLatin1String("\""));
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
            cell = text.mid(start, i - start);
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
    Result r;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, encoding);
    if (!decoded.error.isEmpty()) {
        r.error = decoded.error;
        return r;
    }
    r.encoding = decoded.encoding;
    r.grid = parse(decoded.text);
    if (r.grid.rows.isEmpty())
        r.error = CsvReader::tr("The file is empty.");
    return r;
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
    r = readBytes(f.readAll(), encoding);
    r.grid.name = QFileInfo(path).completeBaseName();
    return r;
}

} // namespace gkml
