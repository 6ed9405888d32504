#include "CsvReader.h"

#include "FormulaGuard.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gkml {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("CsvReader", s);
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
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const qsizetype n = text.size();
    auto endCell = [&] {
        row.append(FormulaGuard::unescape(cell));
        cell.clear();
        cellStarted = false;
    };
    auto endRow = [&] {
        endCell();
        // Skip rows that are entirely empty (blank lines, Excel's trailing ",,,," lines).
        bool empty = true;
        for (const QString &c : std::as_const(row)) {
            if (!c.trimmed().isEmpty()) {
                empty = false;
                break;
            }
        }
        grid.rows.append(empty ? QStringList() : row);
        row.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty() || quoted)
        endRow();
    // Trailing blank lines carry no rows; inner blank lines keep their place for row numbers.
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
        r.error = tr("The file is empty.");
    return r;
}

CsvReader::Result CsvReader::readFile(const QString &path, const QString &encoding)
{
    Result r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("Cannot open the file: %1").arg(f.errorString());
        return r;
    }
    if (f.size() > kMaxFileBytes) {
        r.error = tr("The file is larger than 1 GB; split it into smaller files.");
        return r;
    }
    r = readBytes(f.readAll(), encoding);
    r.grid.name = QFileInfo(path).completeBaseName();
    return r;
}

} // namespace gkml
