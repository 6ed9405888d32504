#include "XlsReader.h"

#include "BiffFormulaScanner.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#ifdef GKML_WITH_FREEXL
#include <freexl.h>
#endif

namespace gkml {

namespace {

// FreeXL returns UTF-8 with the line breaks Excel stores (\r\n or \n); the grid keeps \n.
QString cellText(const char *utf8)
{
    QString s = QString::fromUtf8(utf8);
    if (s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return s;
}

quint64 cellKey(int sheet, int row, int column)
{
    return (quint64(quint32(sheet)) << 40) | (quint64(quint32(row)) << 16) | quint64(quint16(column));
}

// Why FreeXL's metadata of the workbook rules out reading it (not a workbook, damaged,
// encrypted, no sheet), empty when it may be read.
QString refusalFromInfo(const QByteArray &nativePath, const QString &fileName, const QString &damaged)
{
    const void *info = nullptr;
    const int rc = freexl_open_info(nativePath.constData(), &info);
    unsigned int password = 0;
    unsigned int sheets = 0;
    if (rc == FREEXL_OK)
        freexl_get_info(info, FREEXL_BIFF_PASSWORD, &password);
    if (rc == FREEXL_OK)
        freexl_get_info(info, FREEXL_BIFF_SHEET_COUNT, &sheets);
    freexl_close(info);
    if (rc == FREEXL_BIFF_WORKBOOK_NOT_FOUND) {
        // An OLE2 file without a workbook: a Word .doc, or an encrypted .xlsx (Excel wraps
        // password-protected workbooks of every version in OLE2).
        return XlsReader::tr(
                       "\"%1\" is not an Excel workbook (it may be a Word document). Save the catalogue "
                       "as .xlsx or .docx, then import that file.")
                .arg(fileName);
    }
    if (rc != FREEXL_OK)
        return damaged;
    if (password == FREEXL_BIFF_OBFUSCATED)
        return XlsReader::tr(
                       "\"%1\" is protected by a password. Open it in Excel or WPS, remove the password "
                       "(save without encryption), then import it again.")
                .arg(fileName);
    if (sheets == 0)
        return XlsReader::tr("\"%1\" holds no worksheets.").arg(fileName);
    return {};
}

} // namespace

QString XlsReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

bool XlsReader::available()
{
#ifdef GKML_WITH_FREEXL
    return true;
#else
    return false;
#endif
}

XlsReader::Result XlsReader::readFile(const QString &path, const Limits &limits)
{
    Result result;
    const QString fileName = QFileInfo(path).fileName();
#ifndef GKML_WITH_FREEXL
    Q_UNUSED(limits);
    result.error = tr("This build of GKML cannot read Excel 97-2003 workbooks (.xls). Open \"%1\" in Excel "
                      "or WPS, save it as .xlsx, then import that file.")
                           .arg(fileName);
    return result;
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open \"%1\": %2").arg(fileName, file.errorString());
        return result;
    }
    if (file.size() > limits.maxFileBytes) {
        result.error = tr("\"%1\" is larger than %2 MB; GKML does not read .xls files that large.")
                               .arg(fileName)
                               .arg(limits.maxFileBytes / (1024 * 1024));
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    if (!bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        result.error = tr("\"%1\" is not an Excel 97-2003 workbook (.xls): it is damaged or a file of "
                          "another kind.")
                               .arg(fileName);
        return result;
    }
    // Excel wraps a password-protected workbook of any version in OLE2 with this stream.
    if (bytes.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 31))) {
        result.error = tr("\"%1\" is protected by a password. Open it in Excel or WPS, remove the password "
                          "(save without encryption), then import it again.")
                               .arg(fileName);
        return result;
    }
    const QString damaged = tr("\"%1\" is damaged or is not an Excel workbook: GKML cannot read its sheets. "
                               "Open it in Excel or WPS and save it as .xlsx, then import that file.")
                                    .arg(fileName);
    QByteArray nativePath = QFile::encodeName(path);
#ifdef Q_OS_WIN
    // FreeXL opens files by a narrow (ANSI code page) name: a name the code page cannot spell
    // (坏.xlsx on a Western Windows, rare characters on a Chinese one) would reach it as "?". The
    // bytes are read already: FreeXL gets a copy under a plain name in the temporary folder.
    QTemporaryDir copyDir;
    if (QFile::decodeName(nativePath) != path && copyDir.isValid()) {
        QFile copy(copyDir.filePath(QStringLiteral("workbook.xls")));
        if (copy.open(QIODevice::WriteOnly) && copy.write(bytes) == bytes.size() && copy.flush()) {
            copy.close();
            nativePath = QFile::encodeName(copy.fileName());
        }
    }
#endif

    // First pass: metadata only (no cell storage), so that declared sizes are checked before
    // FreeXL allocates a cell table for every sheet.
    if (const QString refused = refusalFromInfo(nativePath, fileName, damaged); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }

    const void *handle = nullptr;
    if (freexl_open(nativePath.constData(), &handle) != FREEXL_OK) {
        freexl_close(handle);
        result.error = damaged;
        return result;
    }
    struct Closer
    {
        const void *h;
        ~Closer() { freexl_close(h); }
    } closer { handle };

    unsigned int sheetCount = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount);
    qint64 declared = 0;
    for (unsigned int s = 0; s < sheetCount && s < 0xFFFF; ++s) {
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(handle, static_cast<unsigned short>(s)) != FREEXL_OK
            || freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
            result.error = damaged;
            return result;
        }
        declared += qint64(rows) * columns;
    }
    if (declared > limits.maxCells) {
        result.error = tr("The workbook holds more than %1 cells; GKML reads at most that many. "
                          "Check that this is the right file, or split it into smaller workbooks.")
                               .arg(limits.maxCells);
        return result;
    }

    // FreeXL leaves formula cells empty; their cached results come from our own record scan.
    const BiffFormulaScanner::Result formulas = BiffFormulaScanner::scan(bytes);
    QHash<quint64, std::optional<QString>> formulaValues;
    if (formulas.ok && formulas.sheetNames.size() == qsizetype(sheetCount)) {
        for (const BiffFormulaScanner::Cell &c : formulas.cells)
            formulaValues.insert(cellKey(c.sheet, c.row, c.column), c.value);
    }

    qint64 textChars = 0;
    for (unsigned int s = 0; s < sheetCount && s < 0xFFFF; ++s) {
        TableGrid grid;
        grid.inferMerges = true;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(s), &name) == FREEXL_OK && name)
            grid.name = cellText(name);
        unsigned int rows = 0;
        unsigned short columns = 0;
        freexl_select_active_worksheet(handle, static_cast<unsigned short>(s));
        freexl_worksheet_dimensions(handle, &rows, &columns);
        QStringList unreadable;
        int lastFilledRow = -1;
        grid.rows.reserve(rows);
        for (unsigned int r = 0; r < rows; ++r) {
            QStringList line;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(handle, r, c, &v) != FREEXL_OK) {
                    result.error = damaged;
                    return result;
                }
                QString text;
                switch (v.type) {
                case FREEXL_CELL_INT: text = QString::number(v.value.int_value); break;
                case FREEXL_CELL_DOUBLE: text = BiffFormulaScanner::formatNumber(v.value.double_value); break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_TIME:
                    text = v.value.text_value ? cellText(v.value.text_value) : QString();
                    break;
                case FREEXL_CELL_DATETIME: // "YYYY-MM-DD HH:MM:SS" -> as XlsxReader: minutes
                    text = v.value.text_value ? cellText(v.value.text_value) : QString();
                    if (text.endsWith(QLatin1String(" 00:00:00")))
                        text.chop(9);
                    else if (text.size() == 19)
                        text.chop(3);
                    break;
                default: {
                    const auto f = formulaValues.constFind(cellKey(int(s), int(r), c));
                    if (f != formulaValues.constEnd()) {
                        if (f->has_value())
                            text = **f;
                        else
                            unreadable << columnName(c) + QString::number(r + 1);
                    }
                    break;
                }
                }
                textChars += text.size();
                if (textChars > limits.maxTextChars) {
                    result.error = tr("The workbook holds more text than GKML reads safely (%1 million "
                                      "characters). Check that this is the right file, or split it into "
                                      "smaller workbooks.")
                                           .arg(limits.maxTextChars / 1000000);
                    return result;
                }
                if (!text.isEmpty()) {
                    line.resize(c);
                    line << text;
                }
            }
            if (!line.isEmpty())
                lastFilledRow = int(r);
            grid.rows << line;
        }
        grid.rows.resize(lastFilledRow + 1);
        if (!unreadable.isEmpty()) {
            const QStringList shown = unreadable.mid(0, 10);
            result.warnings << tr("Sheet \"%1\": the formula cells %2 have no value GKML can read (an error "
                                  "value or an old format); they were read as empty. Check them in Excel.")
                                       .arg(grid.name,
                                            shown.join(QStringLiteral("、"))
                                                    + (unreadable.size() > 10 ? QStringLiteral("…")
                                                                              : QString()));
        }
        if (grid.rows.isEmpty()) {
            result.warnings << tr("Sheet \"%1\" has no cells in the file and was skipped.").arg(grid.name);
            continue;
        }
        result.grids << grid;
    }
    if (result.grids.isEmpty() && result.error.isEmpty())
        result.error = tr("\"%1\" holds no cells: every sheet is empty.").arg(fileName);
    return result;
#endif
}

} // namespace gkml
