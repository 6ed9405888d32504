#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <cmath>

namespace gkml {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("XlsxReader", s);
}

const int kMaxRows = 1048576; // Excel's own limits: a larger reference means a damaged file
const int kMaxColumns = 16384;

// Reads at most `limit` bytes from an unpacked zip entry. The size in the zip header can lie
// (zip bombs do), so the bytes actually inflated are counted; past the limit reads fail and
// `exceeded` tells the caller why the XML ended early.
class BoundedDevice : public QIODevice
{
public:
    BoundedDevice(QIODevice *source, qint64 limit)
        : m_source(source)
        , m_limit(limit)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_total >= m_limit) {
            // One byte more than allowed proves the entry is too large.
            char probe;
            if (m_source->read(&probe, 1) > 0)
                m_exceeded = true;
            return m_exceeded ? -1 : 0;
        }
        const qint64 n = m_source->read(data, qMin(maxSize, m_limit - m_total));
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_total += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    qint64 m_limit;
    qint64 m_total = 0;
    bool m_exceeded = false;
    bool m_failed = false;
};

// OOXML escapes control characters as _xHHHH_ (e.g. _x000D_ before a line feed).
QString decodeOoxmlEscapes(const QString &s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('_') && i + 6 < s.size() && s.at(i + 1) == QLatin1Char('x')
            && s.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const uint code = s.mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                if (code != 0x0D) // CR before LF: keep only the line feed
                    out.append(QChar(static_cast<char16_t>(code)));
                i += 6;
                continue;
            }
        }
        out.append(s.at(i));
    }
    return out;
}

QString formatNumber(const QString &raw, bool isDate, bool date1904)
{
    bool ok = false;
    const double d = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (isDate && d >= 0 && d < 2958466) { // up to 9999-12-31
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        const double whole = std::floor(d);
        const QDate date = base.addDays(static_cast<qint64>(whole));
        const int seconds = static_cast<int>(std::lround((d - whole) * 86400.0));
        if (seconds == 0)
            return date.toString(QStringLiteral("yyyy-MM-dd"));
        return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 15); // Excel shows at most 15 significant digits
}

bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    bool bracket = false;
    for (const QChar c : code) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('['))
            bracket = true;
        else if (!quoted && c == QLatin1Char(']'))
            bracket = false;
        else if (!quoted && !bracket) {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('d') || l == QLatin1Char('m'))
                return true;
        }
    }
    return false;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58);
}

class Reader
{
public:
    Reader(const QString &path, const XlsxReader::Limits &limits)
        : m_zip(path)
        , m_limits(limits)
    { }

    XlsxReader::Result run();

private:
    bool fail(const QString &message)
    {
        if (m_result.error.isEmpty())
            m_result.error = message;
        return false;
    }
    bool hasEntry(const QString &name) { return m_entries.contains(name.toLower()); }
    QString entryName(const QString &name) const { return m_entries.value(name.toLower()); }
    // Streams one part through `handler(QXmlStreamReader&)`; handles size limits and damage.
    template<typename Handler> bool parseEntry(const QString &name, Handler handler);
    bool readRelationships(const QString &relsPath, const QString &baseDir, QHash<QString, QString> *targets,
                           QHash<QString, QString> *types);
    bool readWorkbook(const QString &workbookPath);
    bool readSharedStrings(const QString &path);
    bool readStyles(const QString &path);
    bool readSheet(const QString &path, TableGrid *grid);
    bool keepText(qsizetype chars)
    {
        m_textChars += chars;
        if (m_textChars > m_limits.maxTextChars)
            return fail(tr("The workbook holds more text than GKML reads safely (%1 million characters). "
                           "Check that this is the right file, or split it into smaller workbooks.")
                                .arg(m_limits.maxTextChars / 1000000));
        return true;
    }

    QuaZip m_zip;
    XlsxReader::Limits m_limits;
    XlsxReader::Result m_result;
    QHash<QString, QString> m_entries; // lower-case name -> name in the zip
    QHash<QString, qint64> m_sizes; // declared unpacked sizes
    struct SheetRef
    {
        QString name;
        QString path;
    };
    QList<SheetRef> m_sheets;
    QString m_sharedStringsPath;
    QString m_stylesPath;
    QStringList m_shared;
    QList<bool> m_dateStyles; // cellXfs index -> is a date format
    bool m_date1904 = false;
    qint64 m_cells = 0;
    qint64 m_textChars = 0;
};

QString resolvePath(const QString &baseDir, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts
            = baseDir.isEmpty() ? QStringList() : baseDir.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

template<typename Handler> bool Reader::parseEntry(const QString &name, Handler handler)
{
    const QString real = entryName(name);
    if (real.isEmpty())
        return fail(tr("The workbook is incomplete: its part \"%1\" is missing.").arg(name));
    const qint64 limitMb = m_limits.maxEntryBytes / (1024 * 1024);
    const QString tooLarge
            = tr("The workbook is too large to read safely: its part \"%1\" unpacks to more than "
                 "%2 MB (a damaged file or a zip bomb). Check that this is the right file.")
                      .arg(name)
                      .arg(limitMb);
    if (m_sizes.value(real) > m_limits.maxEntryBytes)
        return fail(tooLarge);
    if (!m_zip.setCurrentFile(real))
        return fail(tr("The workbook is damaged: its part \"%1\" cannot be found.").arg(name));
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The workbook is damaged: its part \"%1\" cannot be unpacked.").arg(name));
    BoundedDevice bounded(&file, m_limits.maxEntryBytes);
    QXmlStreamReader xml(&bounded);
    const bool handled = handler(xml);
    if (!m_result.error.isEmpty())
        return false;
    if (bounded.exceeded())
        return fail(tooLarge);
    if (bounded.failed() || file.getZipError() != UNZ_OK)
        return fail(tr("The workbook is damaged: its part \"%1\" cannot be unpacked.").arg(name));
    if (xml.hasError() || !handled) {
        return fail(tr("The workbook is damaged: its part \"%1\" is not valid XML (%2, line %3).")
                            .arg(name, xml.errorString())
                            .arg(xml.lineNumber()));
    }
    file.close();
    if (file.getZipError() != UNZ_OK) // CRC mismatch
        return fail(tr("The workbook is damaged: its part \"%1\" fails its checksum.").arg(name));
    return true;
}

bool Reader::readRelationships(const QString &relsPath, const QString &baseDir,
                               QHash<QString, QString> *targets, QHash<QString, QString> *types)
{
    if (!hasEntry(relsPath))
        return true;
    return parseEntry(relsPath, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                const QXmlStreamAttributes a = xml.attributes();
                const QString id = a.value(QLatin1String("Id")).toString();
                if (a.value(QLatin1String("TargetMode")) == u"External")
                    continue;
                const QString target = resolvePath(baseDir, a.value(QLatin1String("Target")).toString());
                targets->insert(id, target);
                types->insert(id, a.value(QLatin1String("Type")).toString());
            }
        }
        return !xml.hasError();
    });
}

bool Reader::readWorkbook(const QString &workbookPath)
{
    const qsizetype slash = workbookPath.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : workbookPath.left(slash);
    const QString fileName = workbookPath.mid(slash + 1);
    QHash<QString, QString> targets, types;
    if (!readRelationships(dir + QStringLiteral("/_rels/") + fileName + QStringLiteral(".rels"), dir,
                           &targets, &types))
        return false;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            m_sharedStringsPath = targets.value(it.key());
        else if (it.value().endsWith(QLatin1String("/styles")))
            m_stylesPath = targets.value(it.key());
    }
    if (m_sharedStringsPath.isEmpty() && hasEntry(dir + QStringLiteral("/sharedStrings.xml")))
        m_sharedStringsPath = dir + QStringLiteral("/sharedStrings.xml");
    if (m_stylesPath.isEmpty() && hasEntry(dir + QStringLiteral("/styles.xml")))
        m_stylesPath = dir + QStringLiteral("/styles.xml");

    return parseEntry(workbookPath, [&](QXmlStreamReader &xml) {
        int n = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView v = xml.attributes().value(QLatin1String("date1904"));
                m_date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                ++n;
                const QXmlStreamAttributes a = xml.attributes();
                QString rid;
                for (const QXmlStreamAttribute &attr : a) {
                    if (attr.name() == u"id") // r:id, whatever the prefix
                        rid = attr.value().toString();
                }
                QString path = targets.value(rid);
                if (path.isEmpty())
                    path = dir + QStringLiteral("/worksheets/sheet%1.xml").arg(n);
                const QString type = types.value(rid);
                if (!type.isEmpty() && !type.endsWith(QLatin1String("/worksheet")))
                    continue; // a chart sheet or a macro sheet: no cells
                m_sheets.append(SheetRef { a.value(QLatin1String("name")).toString(), path });
            }
        }
        return !xml.hasError();
    });
}

bool Reader::readSharedStrings(const QString &path)
{
    return parseEntry(path, [&](QXmlStreamReader &xml) {
        QString text;
        int phonetic = 0; // <rPh> runs hold reading aids, not cell text
        bool inItem = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QStringView n = xml.name();
                if (n == u"si") {
                    inItem = true;
                    text.clear();
                } else if (n == u"rPh") {
                    ++phonetic;
                } else if (n == u"t" && inItem && phonetic == 0) {
                    text += xml.readElementText();
                }
            } else if (xml.isEndElement()) {
                const QStringView n = xml.name();
                if (n == u"rPh") {
                    --phonetic;
                } else if (n == u"si") {
                    inItem = false;
                    if (m_shared.size() >= m_limits.maxStrings)
                        return fail(
                                tr("The workbook holds more than %1 different texts (sharedStrings); GKML "
                                   "reads at most that many. Check that this is the right file, or split it.")
                                        .arg(m_limits.maxStrings));
                    if (!keepText(text.size()))
                        return false;
                    m_shared.append(decodeOoxmlEscapes(text));
                }
            }
        }
        return !xml.hasError();
    });
}

bool Reader::readStyles(const QString &path)
{
    return parseEntry(path, [&](QXmlStreamReader &xml) {
        QHash<int, bool> customDate;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QStringView n = xml.name();
                if (n == u"numFmt") {
                    const QXmlStreamAttributes a = xml.attributes();
                    customDate.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                      isDateFormatCode(a.value(QLatin1String("formatCode")).toString()));
                } else if (n == u"cellXfs") {
                    inCellXfs = true;
                } else if (n == u"xf" && inCellXfs) {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    m_dateStyles.append(customDate.contains(id) ? customDate.value(id)
                                                                : isBuiltinDateFormat(id));
                }
            } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
        return !xml.hasError();
    });
}

bool Reader::readSheet(const QString &path, TableGrid *grid)
{
    return parseEntry(path, [&](QXmlStreamReader &xml) {
        int row = -1;
        int column = -1;
        auto place = [&](int r, int c, const QString &value) -> bool {
            if (value.isEmpty())
                return true;
            if (r >= grid->rows.size()) {
                m_cells += r + 1 - grid->rows.size();
                if (m_cells > m_limits.maxCells)
                    return false;
                grid->rows.resize(r + 1);
            }
            QStringList &line = grid->rows[r];
            if (c >= line.size()) {
                m_cells += c + 1 - line.size();
                if (m_cells > m_limits.maxCells)
                    return false;
                line.resize(c + 1);
            }
            line[c] = value;
            return keepText(value.size());
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QStringView n = xml.name();
            if (n == u"row") {
                const QStringView r = xml.attributes().value(QLatin1String("r"));
                row = r.isEmpty() ? row + 1 : r.toInt() - 1;
                column = -1;
                if (row < 0 || row >= kMaxRows)
                    return fail(tr("The workbook is damaged: sheet \"%1\" has a row number out of range.")
                                        .arg(grid->name));
            } else if (n == u"c") {
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView ref = a.value(QLatin1String("r"));
                int r = row, c = column + 1;
                if (!ref.isEmpty() && !XlsxReader::parseCellRef(ref, &r, &c))
                    return fail(tr("The workbook is damaged: sheet \"%1\" has a bad cell reference \"%2\".")
                                        .arg(grid->name, ref.toString()));
                if (r < 0)
                    r = 0;
                row = r;
                column = c;
                const QString type = a.value(QLatin1String("t")).toString();
                const int style = a.value(QLatin1String("s")).toInt();
                QString value;
                QString inlineText;
                int phonetic = 0;
                // Read the cell's children up to </c>.
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == u"c")
                        break;
                    if (xml.isStartElement()) {
                        const QStringView cn = xml.name();
                        if (cn == u"v")
                            value = xml.readElementText();
                        else if (cn == u"f")
                            xml.readElementText(); // the formula itself is never used
                        else if (cn == u"rPh")
                            ++phonetic;
                        else if (cn == u"t" && phonetic == 0)
                            inlineText += xml.readElementText();
                    } else if (xml.isEndElement() && xml.name() == u"rPh") {
                        --phonetic;
                    }
                }
                QString text;
                if (type == u"s") {
                    bool ok = false;
                    const qsizetype index = value.toLongLong(&ok);
                    if (!ok || index < 0 || index >= m_shared.size())
                        return fail(tr("The workbook is damaged: sheet \"%1\" refers to a missing text (cell "
                                       "%2).")
                                            .arg(grid->name, ref.toString()));
                    text = m_shared.at(index);
                } else if (type == u"inlineStr") {
                    text = decodeOoxmlEscapes(inlineText);
                } else if (type == u"str" || type == u"e" || type == u"d") {
                    text = decodeOoxmlEscapes(value);
                } else if (type == u"b") {
                    text = value.isEmpty()
                            ? QString()
                            : (value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
                } else if (!value.isEmpty()) {
                    text = formatNumber(value,
                                        style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style),
                                        m_date1904);
                }
                if (!m_result.error.isEmpty())
                    return false;
                if (!place(r, c, text)) {
                    return fail(m_result.error.isEmpty() ? tr("The workbook holds more than %1 cells; GKML "
                                                              "reads at most that many. "
                                                              "Split it into smaller workbooks.")
                                                                   .arg(m_limits.maxCells)
                                                         : m_result.error);
                }
            } else if (n == u"mergeCell") {
                const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
                const QStringList ends = ref.split(QLatin1Char(':'));
                int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
                if (ends.size() == 2 && XlsxReader::parseCellRef(ends.at(0), &r1, &c1)
                    && XlsxReader::parseCellRef(ends.at(1), &r2, &c2) && r2 >= r1 && c2 >= c1) {
                    // Spanning into empty territory costs nothing here; spreadMerges stays within rows.
                    grid->merges.append({ r1, c1, r2 - r1 + 1, c2 - c1 + 1 });
                }
            }
        }
        return !xml.hasError();
    });
}

XlsxReader::Result Reader::run()
{
    const QString fileName = QFileInfo(m_zip.getZipName()).fileName();
    {
        QFile f(m_zip.getZipName());
        if (!f.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot open \"%1\": %2").arg(fileName, f.errorString()));
            return m_result;
        }
        const QByteArray head = f.read(8);
        if (head.startsWith("\xD0\xCF\x11\xE0")) {
            fail(tr("\"%1\" is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as "
                    ".xlsx, then import that file.")
                         .arg(fileName));
            return m_result;
        }
        if (!head.startsWith("PK")) {
            fail(tr("\"%1\" is not an Excel workbook (.xlsx): it is damaged or a file of another kind.")
                         .arg(fileName));
            return m_result;
        }
    }
    if (!m_zip.open(QuaZip::mdUnzip)) {
        fail(tr("\"%1\" is damaged or incomplete: it cannot be opened as an Excel workbook (.xlsx).")
                     .arg(fileName));
        return m_result;
    }
    const QList<QuaZipFileInfo64> infos = m_zip.getFileInfoList64();
    if (infos.isEmpty() && m_zip.getZipError() != UNZ_OK) {
        fail(tr("\"%1\" is damaged or incomplete: its table of contents cannot be read.").arg(fileName));
        return m_result;
    }
    for (const QuaZipFileInfo64 &info : infos) {
        m_entries.insert(info.name.toLower(), info.name);
        m_sizes.insert(info.name, static_cast<qint64>(info.uncompressedSize));
    }
    if (hasEntry(QStringLiteral("content.xml")) && hasEntry(QStringLiteral("mimetype"))) {
        fail(tr("\"%1\" is an OpenDocument spreadsheet (.ods). Save it as .xlsx, then import that file.")
                     .arg(fileName));
        return m_result;
    }
    // The main part is named by the package relationships (usually xl/workbook.xml).
    QString workbook;
    QHash<QString, QString> targets, types;
    if (!readRelationships(QStringLiteral("_rels/.rels"), QString(), &targets, &types))
        return m_result;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("/officeDocument")))
            workbook = targets.value(it.key());
    }
    if (workbook.isEmpty() || !hasEntry(workbook))
        workbook = QStringLiteral("xl/workbook.xml");
    if (!hasEntry(workbook)) {
        fail(tr("\"%1\" is a zip file but not an Excel workbook (it has no workbook part).").arg(fileName));
        return m_result;
    }
    if (!readWorkbook(workbook))
        return m_result;
    if (!m_stylesPath.isEmpty() && hasEntry(m_stylesPath) && !readStyles(m_stylesPath))
        return m_result;
    if (!m_sharedStringsPath.isEmpty() && hasEntry(m_sharedStringsPath)
        && !readSharedStrings(m_sharedStringsPath))
        return m_result;
    for (const SheetRef &sheet : std::as_const(m_sheets)) {
        if (!hasEntry(sheet.path)) {
            m_result.warnings << tr("Sheet \"%1\" has no cells in the file and was skipped.").arg(sheet.name);
            continue;
        }
        TableGrid grid;
        grid.name = sheet.name;
        if (!readSheet(sheet.path, &grid)) {
            m_result.grids.clear();
            return m_result;
        }
        m_result.grids.append(grid);
    }
    m_shared.clear();
    if (m_result.grids.isEmpty())
        fail(tr("\"%1\" holds no worksheets.").arg(fileName));
    return m_result;
}

} // namespace

bool XlsxReader::parseCellRef(QStringView ref, int *row, int *column)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i) == QLatin1Char('$'))
        ++i;
    const qsizetype letters = i;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == letters)
        return false;
    if (i < ref.size() && ref.at(i) == QLatin1Char('$'))
        ++i;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    *row = static_cast<int>(r - 1);
    *column = static_cast<int>(col - 1);
    return true;
}

XlsxReader::Result XlsxReader::readFile(const QString &path, const Limits &limits)
{
    Reader reader(path, limits);
    return reader.run();
}

} // namespace gkml
