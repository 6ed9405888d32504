#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include "XmlTagScanner.h"
#include "util/ZipReader.h"

#include <cmath>

namespace gkml {

namespace {

const int kMaxRows = 1048576; // Excel's own limits: a larger reference means a damaged file
const int kMaxColumns = 16384;

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
        : m_path(path)
        , m_zip(path)
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
    bool hasEntry(const QString &name) const { return !m_zip.findEntry(name).isEmpty(); }
    // Streams one part through `parse(XmlTagScanner&)`; turns damage, size limits and bad XML
    // into one message naming the part.
    template<typename Parse> bool readPart(const QString &name, Parse parse);
    bool readRelationships(const QString &relsPath, const QString &baseDir, QHash<QString, QString> *targets,
                           QHash<QString, QString> *types);
    bool readWorkbook(const QString &workbookPath);
    bool readSharedStrings(const QString &path);
    bool readStyles(const QString &path);
    bool readSheet(const QString &path, TableGrid *grid);
    // One entry of sharedStrings.xml, counted against the limits.
    bool keepString(const QString &text)
    {
        if (m_shared.size() >= m_limits.maxStrings)
            return fail(XlsxReader::tr("The workbook holds more than %1 different texts "
                                       "(sharedStrings); GKML "
                                       "reads at most that many. Check that this is the right "
                                       "file, or split it.")
                                .arg(m_limits.maxStrings));
        if (!keepText(text.size()))
            return false;
        m_shared.append(decodeOoxmlEscapes(text));
        return true;
    }
    bool badXml(const XmlTagScanner &scanner, const QString &why = QString())
    {
        m_partError = why.isEmpty() ? scanner.errorString() : why;
        m_partLine = scanner.lineNumber();
        return false;
    }
    bool storeCell(TableGrid *grid, int r, int c, QStringView type, int style, const QString &value,
                   const QString &inlineText, QStringView ref);
    bool storeMerge(TableGrid *grid, QStringView ref);
    bool keepText(qsizetype chars)
    {
        m_textChars += chars;
        if (m_textChars > m_limits.maxTextChars)
            return fail(
                    XlsxReader::tr(
                            "The workbook holds more text than GKML reads safely (%1 million characters). "
                            "Check that this is the right file, or split it into smaller workbooks.")
                            .arg(m_limits.maxTextChars / 1000000));
        return true;
    }

    QString m_path;
    ZipReader m_zip;
    XlsxReader::Limits m_limits;
    XlsxReader::Result m_result;
    QString m_partError; // why the part being read is not valid XML, and where
    qint64 m_partLine = 0;
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

template<typename Parse> bool Reader::readPart(const QString &name, Parse parse)
{
    const QString real = m_zip.findEntry(name);
    if (real.isEmpty())
        return fail(XlsxReader::tr("The workbook is incomplete: its part \"%1\" is missing.").arg(name));
    const QString tooLarge
            = XlsxReader::tr("The workbook is too large to read safely: its part \"%1\" unpacks to more than "
                             "%2 MB (a damaged file or a zip bomb). Check that this is the right file.")
                      .arg(name)
                      .arg(m_limits.maxEntryBytes / (1024 * 1024));
    if (m_zip.declaredSize(real) > m_limits.maxEntryBytes)
        return fail(tooLarge);
    m_partError.clear();
    const ZipReader::Status status = m_zip.readEntry(real, m_limits.maxEntryBytes, [&](QIODevice &device) {
        XmlTagScanner scanner(&device);
        return parse(scanner);
    });
    if (!m_result.error.isEmpty()) // a limit the parser hit (cells, strings, text)
        return false;
    switch (status) {
    case ZipReader::Status::Ok: return true;
    case ZipReader::Status::TooLarge: return fail(tooLarge);
    case ZipReader::Status::Missing:
        return fail(XlsxReader::tr("The workbook is damaged: its part \"%1\" cannot be found.").arg(name));
    case ZipReader::Status::ChecksumMismatch:
        return fail(XlsxReader::tr("The workbook is damaged: its part \"%1\" fails its checksum.").arg(name));
    case ZipReader::Status::ConsumerFailed:
        return fail(XlsxReader::tr("The workbook is damaged: its part \"%1\" is not valid XML (%2, line %3).")
                            .arg(name, m_partError)
                            .arg(m_partLine));
    default:
        return fail(XlsxReader::tr("The workbook is damaged: its part \"%1\" cannot be unpacked.").arg(name));
    }
}

bool Reader::readRelationships(const QString &relsPath, const QString &baseDir,
                               QHash<QString, QString> *targets, QHash<QString, QString> *types)
{
    if (!hasEntry(relsPath))
        return true;
    return readPart(relsPath, [&](XmlTagScanner &xml) {
        XmlTagScanner::Tag tag;
        XmlTagScanner::Next next;
        while ((next = xml.next(&tag)) == XmlTagScanner::Next::Tag) {
            if (tag.closing || tag.name != "Relationship")
                continue;
            if (XmlTagScanner::attribute(tag.attributes, "TargetMode") == "External")
                continue;
            const QString id = XmlTagScanner::attributeText(tag.attributes, "Id");
            targets->insert(id, resolvePath(baseDir, XmlTagScanner::attributeText(tag.attributes, "Target")));
            types->insert(id, XmlTagScanner::attributeText(tag.attributes, "Type"));
        }
        return next == XmlTagScanner::Next::End || badXml(xml);
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

    return readPart(workbookPath, [&](XmlTagScanner &xml) {
        int n = 0;
        XmlTagScanner::Tag tag;
        XmlTagScanner::Next next;
        while ((next = xml.next(&tag)) == XmlTagScanner::Next::Tag) {
            if (tag.closing)
                continue;
            if (tag.name == "workbookPr") {
                const QByteArrayView v = XmlTagScanner::attribute(tag.attributes, "date1904");
                m_date1904 = v == "1" || v == "true";
            } else if (tag.name == "sheet") {
                ++n;
                const QString rid = XmlTagScanner::attributeText(tag.attributes, "id"); // r:id, any prefix
                QString path = targets.value(rid);
                if (path.isEmpty())
                    path = dir + QStringLiteral("/worksheets/sheet%1.xml").arg(n);
                const QString type = types.value(rid);
                if (!type.isEmpty() && !type.endsWith(QLatin1String("/worksheet")))
                    continue; // a chart sheet or a macro sheet: no cells
                m_sheets.append(SheetRef { XmlTagScanner::attributeText(tag.attributes, "name"), path });
            }
        }
        return next == XmlTagScanner::Next::End || badXml(xml);
    });
}

bool Reader::readSharedStrings(const QString &path)
{
    return readPart(path, [&](XmlTagScanner &xml) {
        QString text;
        int phonetic = 0; // <rPh> runs hold reading aids, not cell text
        bool inItem = false;
        bool inText = false;
        XmlTagScanner::Tag tag;
        XmlTagScanner::Next next;
        while ((next = xml.next(&tag)) == XmlTagScanner::Next::Tag) {
            if (!tag.closing) {
                if (tag.name == "si") {
                    inItem = !tag.selfClosing;
                    text.clear();
                    if (tag.selfClosing && !keepString(text))
                        return false;
                } else if (tag.name == "rPh" && !tag.selfClosing) {
                    ++phonetic;
                } else if (tag.name == "t") {
                    inText = inItem && phonetic == 0 && !tag.selfClosing;
                }
                continue;
            }
            if (tag.name == "t" && inText) {
                bool ok = false;
                text += xml.text(&ok);
                if (!ok)
                    return badXml(xml, XlsxReader::tr("a text holds an unknown character reference"));
                inText = false;
            } else if (tag.name == "rPh") {
                --phonetic;
            } else if (tag.name == "si") {
                inItem = false;
                if (!keepString(text))
                    return false;
            }
        }
        return next == XmlTagScanner::Next::End || badXml(xml);
    });
}

bool Reader::readStyles(const QString &path)
{
    return readPart(path, [&](XmlTagScanner &xml) {
        QHash<int, bool> customDate;
        bool inCellXfs = false;
        XmlTagScanner::Tag tag;
        XmlTagScanner::Next next;
        while ((next = xml.next(&tag)) == XmlTagScanner::Next::Tag) {
            if (tag.closing) {
                if (tag.name == "cellXfs")
                    inCellXfs = false;
                continue;
            }
            if (tag.name == "numFmt") {
                customDate.insert(
                        XmlTagScanner::attribute(tag.attributes, "numFmtId").toInt(),
                        isDateFormatCode(XmlTagScanner::attributeText(tag.attributes, "formatCode")));
            } else if (tag.name == "cellXfs") {
                inCellXfs = !tag.selfClosing;
            } else if (tag.name == "xf" && inCellXfs) {
                const int id = XmlTagScanner::attribute(tag.attributes, "numFmtId").toInt();
                m_dateStyles.append(customDate.contains(id) ? customDate.value(id) : isBuiltinDateFormat(id));
            }
        }
        return next == XmlTagScanner::Next::End || badXml(xml);
    });
}

bool Reader::storeCell(TableGrid *grid, int r, int c, QStringView type, int style, const QString &value,
                       const QString &inlineText, QStringView ref)
{
    QString text;
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_shared.size())
            return fail(XlsxReader::tr(
                                "The workbook is damaged: sheet \"%1\" refers to a missing text (cell %2).")
                                .arg(grid->name, ref.toString()));
        text = m_shared.at(index);
    } else if (type == u"inlineStr") {
        text = decodeOoxmlEscapes(inlineText);
    } else if (type == u"str" || type == u"e" || type == u"d") {
        text = decodeOoxmlEscapes(value);
    } else if (type == u"b") {
        text = value.isEmpty() ? QString()
                               : (value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    } else if (!value.isEmpty()) {
        text = formatNumber(value, style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style),
                            m_date1904);
    }
    if (text.isEmpty())
        return true;
    const QString tooMany
            = XlsxReader::tr("The workbook holds more than %1 cells; GKML reads at most that many. "
                             "Split it into smaller workbooks.")
                      .arg(m_limits.maxCells);
    if (r >= grid->rows.size()) {
        m_cells += r + 1 - grid->rows.size();
        if (m_cells > m_limits.maxCells)
            return fail(tooMany);
        grid->rows.resize(r + 1);
    }
    QStringList &line = grid->rows[r];
    if (c >= line.size()) {
        m_cells += c + 1 - line.size();
        if (m_cells > m_limits.maxCells)
            return fail(tooMany);
        line.resize(c + 1);
    }
    line[c] = text;
    return keepText(text.size());
}

bool Reader::storeMerge(TableGrid *grid, QStringView ref)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
    if (colon > 0 && XlsxReader::parseCellRef(ref.left(colon), &r1, &c1)
        && XlsxReader::parseCellRef(ref.mid(colon + 1), &r2, &c2) && r2 >= r1 && c2 >= c1)
        grid->merges.append({ r1, c1, r2 - r1 + 1, c2 - c1 + 1 });
    return true;
}

bool Reader::readSheet(const QString &path, TableGrid *grid)
{
    return readPart(path, [&](XmlTagScanner &xml) {
        const QString outOfRange
                = XlsxReader::tr("The workbook is damaged: sheet \"%1\" has a row number out of range.")
                          .arg(grid->name);
        int row = -1, column = -1;
        XmlTagScanner::Tag tag;
        for (;;) {
            const XmlTagScanner::Next next = xml.next(&tag);
            if (next == XmlTagScanner::Next::End)
                return true;
            if (next == XmlTagScanner::Next::Error)
                return badXml(xml);
            if (tag.closing)
                continue;
            if (tag.name == "row") {
                const QByteArrayView r = XmlTagScanner::attribute(tag.attributes, "r");
                row = r.isEmpty() ? row + 1 : r.toInt() - 1;
                column = -1;
                if (row < 0 || row >= kMaxRows)
                    return fail(outOfRange);
            } else if (tag.name == "c") {
                // Copied out: the views end with the next call of next().
                const QString ref = QString::fromLatin1(XmlTagScanner::attribute(tag.attributes, "r"));
                const QString type = QString::fromLatin1(XmlTagScanner::attribute(tag.attributes, "t"));
                const int style = XmlTagScanner::attribute(tag.attributes, "s").toInt();
                int r = row, c = column + 1;
                if (!ref.isEmpty() && !XlsxReader::parseCellRef(ref, &r, &c))
                    return fail(
                            XlsxReader::tr(
                                    "The workbook is damaged: sheet \"%1\" has a bad cell reference \"%2\".")
                                    .arg(grid->name, ref));
                r = qMax(r, 0);
                row = r;
                column = c;
                QString value, inlineText;
                if (!tag.selfClosing) {
                    // The cell's children up to </c>: <v> (the value or a formula's cached value),
                    // <is><t> (inline text, without <rPh> reading aids); <f> is never used.
                    enum class Open {
                        None,
                        Value,
                        Text
                    } open = Open::None;
                    int phonetic = 0;
                    for (;;) {
                        const XmlTagScanner::Next inner = xml.next(&tag);
                        if (inner == XmlTagScanner::Next::Error)
                            return badXml(xml);
                        if (inner == XmlTagScanner::Next::End)
                            return badXml(xml, XlsxReader::tr("the sheet ends inside cell %1").arg(ref));
                        if (tag.closing) {
                            if (tag.name == "c")
                                break;
                            if (tag.name == "rPh") {
                                --phonetic;
                            } else if ((open == Open::Value && tag.name == "v")
                                       || (open == Open::Text && tag.name == "t" && phonetic == 0)) {
                                bool ok = false;
                                (open == Open::Value ? value : inlineText) += xml.text(&ok);
                                if (!ok)
                                    return badXml(
                                            xml,
                                            XlsxReader::tr("cell %1 holds an unknown character reference")
                                                    .arg(ref));
                            }
                            open = Open::None;
                            continue;
                        }
                        if (tag.name == "rPh" && !tag.selfClosing)
                            ++phonetic;
                        open = tag.selfClosing    ? Open::None
                                : tag.name == "v" ? Open::Value
                                : tag.name == "t" ? Open::Text
                                                  : Open::None;
                    }
                }
                if (!storeCell(grid, r, c, type, style, value, inlineText, ref))
                    return false;
            } else if (tag.name == "mergeCell") {
                storeMerge(grid, QString::fromLatin1(XmlTagScanner::attribute(tag.attributes, "ref")));
            }
        }
    });
}

XlsxReader::Result Reader::run()
{
    const QString fileName = QFileInfo(m_path).fileName();
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(XlsxReader::tr("Cannot open \"%1\": %2").arg(fileName, f.errorString()));
            return m_result;
        }
        const QByteArray head = f.read(8);
        if (head.startsWith("\xD0\xCF\x11\xE0")) {
            fail(XlsxReader::tr("\"%1\" is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and "
                                "save it as "
                                ".xlsx, then import that file.")
                         .arg(fileName));
            return m_result;
        }
        if (!head.startsWith("PK")) {
            fail(XlsxReader::tr(
                         "\"%1\" is not an Excel workbook (.xlsx): it is damaged or a file of another kind.")
                         .arg(fileName));
            return m_result;
        }
    }
    if (!m_zip.open()) {
        fail(m_zip.entries().isEmpty()
                     ? XlsxReader::tr("\"%1\" is damaged or incomplete: it cannot be opened as an Excel "
                                      "workbook (.xlsx).")
                               .arg(fileName)
                     : XlsxReader::tr(
                               "\"%1\" is damaged or incomplete: its table of contents cannot be read.")
                               .arg(fileName));
        return m_result;
    }
    if (hasEntry(QStringLiteral("content.xml")) && hasEntry(QStringLiteral("mimetype"))) {
        fail(XlsxReader::tr(
                     "\"%1\" is an OpenDocument spreadsheet (.ods). Save it as .xlsx, then import that file.")
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
        fail(XlsxReader::tr("\"%1\" is a zip file but not an Excel workbook (it has no workbook part).")
                     .arg(fileName));
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
            m_result.warnings << XlsxReader::tr("Sheet \"%1\" has no cells in the file and was skipped.")
                                         .arg(sheet.name);
            continue;
        }
        TableGrid grid;
        grid.name = sheet.name;
        if (!readSheet(sheet.path, &grid)) {
            m_result.grids.clear();
            return m_result;
        }
        grid.inferMerges = grid.merges.isEmpty(); // saved without merge records
        m_result.grids.append(grid);
    }
    m_shared.clear();
    if (m_result.grids.isEmpty())
        fail(XlsxReader::tr("\"%1\" holds no worksheets.").arg(fileName));
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
