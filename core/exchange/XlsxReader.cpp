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
    bool scanSheet(const QByteArray &bytes, TableGrid *grid, bool *unsupported);
    // Reads a whole part into memory; *fits is false when it unpacks to more than `cap` bytes.
    bool readEntryBytes(const QString &name, qint64 cap, QByteArray *out, bool *fits);
    bool storeCell(TableGrid *grid, int r, int c, QStringView type, int style, const QString &value,
                   const QString &inlineText, QStringView ref);
    bool storeMerge(TableGrid *grid, QStringView ref);
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

bool Reader::readEntryBytes(const QString &name, qint64 cap, QByteArray *out, bool *fits)
{
    *fits = true;
    if (!m_zip.setCurrentFile(entryName(name)))
        return fail(tr("The workbook is damaged: its part \"%1\" cannot be found.").arg(name));
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The workbook is damaged: its part \"%1\" cannot be unpacked.").arg(name));
    BoundedDevice bounded(&file, cap);
    *out = bounded.readAll();
    if (bounded.exceeded()) { // the header understated the size: let the streaming path decide
        *fits = false;
        out->clear();
        return true;
    }
    if (bounded.failed() || file.getZipError() != UNZ_OK)
        return fail(tr("The workbook is damaged: its part \"%1\" cannot be unpacked.").arg(name));
    file.close();
    if (file.getZipError() != UNZ_OK)
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

bool Reader::storeCell(TableGrid *grid, int r, int c, QStringView type, int style, const QString &value,
                       const QString &inlineText, QStringView ref)
{
    QString text;
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_shared.size())
            return fail(tr("The workbook is damaged: sheet \"%1\" refers to a missing text (cell %2).")
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
    const QString tooMany = tr("The workbook holds more than %1 cells; GKML reads at most that many. "
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

namespace {

// Decodes the five XML entities and character references of a text run.
QString xmlText(const char *b, const char *e)
{
    QString s = QString::fromUtf8(b, e - b);
    if (!s.contains(QLatin1Char('&')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\r')) { // XML end-of-line handling
            out += QLatin1Char('\n');
            if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        const qsizetype semi = s.indexOf(QLatin1Char(';'), i);
        const QStringView ent = QStringView(s).mid(i + 1, semi - i - 1);
        if (semi < 0)
            return {};
        if (ent == u"amp")
            out += QLatin1Char('&');
        else if (ent == u"lt")
            out += QLatin1Char('<');
        else if (ent == u"gt")
            out += QLatin1Char('>');
        else if (ent == u"quot")
            out += QLatin1Char('"');
        else if (ent == u"apos")
            out += QLatin1Char('\'');
        else if (ent.startsWith(u"#")) {
            bool ok = false;
            const uint code = ent.startsWith(u"#x") ? ent.mid(2).toUInt(&ok, 16) : ent.mid(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF)
                return {};
            const char32_t cp = code;
            out += QString::fromUcs4(&cp, 1);
        } else {
            return {};
        }
        i = semi;
    }
    return out;
}

// A forward-only scanner for the subset of XML that worksheets use (elements, attributes in
// quotes, text, comments). Anything else (CDATA, DOCTYPE, entities it does not know) makes it
// give up, and the caller reads the part again with QXmlStreamReader.
struct Scanner
{
    const char *p;
    const char *end;
    const char *tagStart = nullptr; // the '<' of the tag nextTag() returned
    bool unsupported = false;

    // Moves to the next tag; returns its local name (prefix dropped) or empty at the end.
    QByteArrayView nextTag(const char **textStart, bool *closing, bool *selfClosing, QByteArrayView *attrs)
    {
        for (;;) {
            *textStart = p;
            const char *lt = static_cast<const char *>(memchr(p, '<', end - p));
            if (!lt) {
                p = end;
                return {};
            }
            tagStart = lt;
            p = lt + 1;
            if (p < end && (*p == '?' || *p == '!')) {
                if (end - p >= 3 && p[0] == '!' && p[1] == '-' && p[2] == '-') {
                    const QByteArrayView rest(p, end - p);
                    const qsizetype close = rest.indexOf("-->");
                    if (close < 0) {
                        unsupported = true;
                        return {};
                    }
                    p += close + 3;
                    continue;
                }
                if (*p == '!') { // CDATA or DOCTYPE
                    unsupported = true;
                    return {};
                }
                const char *gt = static_cast<const char *>(memchr(p, '>', end - p));
                p = gt ? gt + 1 : end;
                continue;
            }
            *closing = p < end && *p == '/';
            if (*closing)
                ++p;
            const char *nameStart = p;
            while (p < end && *p != '>' && *p != '/' && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
                ++p;
            QByteArrayView name(nameStart, p - nameStart);
            const qsizetype colon = name.indexOf(':');
            if (colon >= 0)
                name = name.sliced(colon + 1);
            const char *attrStart = p;
            // Find the tag's end, skipping quoted attribute values (they may hold '>').
            char quote = 0;
            while (p < end && (quote || *p != '>')) {
                if (quote && *p == quote)
                    quote = 0;
                else if (!quote && (*p == '"' || *p == '\''))
                    quote = *p;
                ++p;
            }
            if (p >= end) {
                unsupported = true;
                return {};
            }
            *selfClosing = p > attrStart && p[-1] == '/';
            *attrs = QByteArrayView(attrStart, p - attrStart - (*selfClosing ? 1 : 0));
            ++p;
            return name;
        }
    }
};

QByteArrayView attribute(QByteArrayView attrs, QByteArrayView name)
{
    qsizetype from = 0;
    while (from < attrs.size()) {
        const qsizetype at = attrs.indexOf(name, from);
        if (at < 0)
            return {};
        const qsizetype eq = at + name.size();
        const bool startOk = at == 0 || attrs.at(at - 1) == ' ' || attrs.at(at - 1) == '\t'
                || attrs.at(at - 1) == '\n' || attrs.at(at - 1) == '\r';
        if (startOk && eq + 1 < attrs.size() && attrs.at(eq) == '='
            && (attrs.at(eq + 1) == '"' || attrs.at(eq + 1) == '\'')) {
            const char q = attrs.at(eq + 1);
            const qsizetype close = attrs.indexOf(q, eq + 2);
            if (close < 0)
                return {};
            return attrs.sliced(eq + 2, close - eq - 2);
        }
        from = at + 1;
    }
    return {};
}

} // namespace

bool Reader::scanSheet(const QByteArray &bytes, TableGrid *grid, bool *unsupported)
{
    Scanner sc { bytes.constData(), bytes.constData() + bytes.size() };
    const char *text = nullptr;
    bool closing = false, selfClosing = false;
    QByteArrayView attrs;
    int row = -1, column = -1;
    for (;;) {
        const QByteArrayView name = sc.nextTag(&text, &closing, &selfClosing, &attrs);
        if (sc.unsupported) {
            *unsupported = true;
            return false;
        }
        if (name.isEmpty())
            return true;
        if (closing)
            continue;
        if (name == "row") {
            const QByteArrayView r = attribute(attrs, "r");
            row = r.isEmpty() ? row + 1 : r.toInt() - 1;
            column = -1;
            if (row < 0 || row >= kMaxRows)
                return fail(tr("The workbook is damaged: sheet \"%1\" has a row number out of range.")
                                    .arg(grid->name));
        } else if (name == "c") {
            const QString ref = QString::fromLatin1(attribute(attrs, "r"));
            int r = row, c = column + 1;
            if (!ref.isEmpty() && !XlsxReader::parseCellRef(ref, &r, &c))
                return fail(tr("The workbook is damaged: sheet \"%1\" has a bad cell reference \"%2\".")
                                    .arg(grid->name, ref));
            r = qMax(r, 0);
            row = r;
            column = c;
            const QString type = QString::fromLatin1(attribute(attrs, "t"));
            const int style = attribute(attrs, "s").toInt();
            QString value, inlineText;
            if (!selfClosing) {
                int phonetic = 0;
                QByteArrayView open; // the element whose text comes next
                for (;;) {
                    bool cClosing = false, cSelf = false;
                    QByteArrayView cAttrs;
                    const char *textStart = nullptr;
                    const QByteArrayView n = sc.nextTag(&textStart, &cClosing, &cSelf, &cAttrs);
                    if (sc.unsupported || n.isEmpty()) {
                        *unsupported = true;
                        return false;
                    }
                    if (cClosing) {
                        if (n == "c")
                            break;
                        if (n == "rPh")
                            --phonetic;
                        else if (n == open && (n == "v" || (n == "t" && phonetic == 0))) {
                            const QString t = xmlText(textStart, sc.tagStart);
                            if (t.isNull() && sc.tagStart > textStart) {
                                *unsupported = true;
                                return false;
                            }
                            (n == "v" ? value : inlineText) += t;
                        }
                        open = {};
                        continue;
                    }
                    if (n == "rPh" && !cSelf)
                        ++phonetic;
                    open = cSelf ? QByteArrayView() : n;
                }
            }
            if (!storeCell(grid, r, c, type, style, value, inlineText, ref))
                return false;
        } else if (name == "mergeCell") {
            storeMerge(grid, QString::fromLatin1(attribute(attrs, "ref")));
        }
    }
}

bool Reader::readSheet(const QString &path, TableGrid *grid)
{
    // Fast path: most sheets are read whole and scanned directly; a part larger than this, or
    // XML the scanner does not handle, goes through QXmlStreamReader, streaming.
    const qint64 fastLimit = qMin<qint64>(m_limits.maxEntryBytes, 64LL * 1024 * 1024);
    const QString real = entryName(path);
    if (!real.isEmpty() && m_sizes.value(real) <= fastLimit) {
        QByteArray bytes;
        bool fits = true;
        if (!readEntryBytes(path, fastLimit, &bytes, &fits))
            return false;
        if (fits) {
            const qint64 cells = m_cells, chars = m_textChars;
            bool unsupported = false;
            if (scanSheet(bytes, grid, &unsupported))
                return true;
            if (!unsupported)
                return false;
            grid->rows.clear();
            grid->merges.clear();
            m_cells = cells;
            m_textChars = chars;
        }
    }
    return parseEntry(path, [&](QXmlStreamReader &xml) {
        int row = -1;
        int column = -1;
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
                const QString ref = a.value(QLatin1String("r")).toString();
                int r = row, c = column + 1;
                if (!ref.isEmpty() && !XlsxReader::parseCellRef(ref, &r, &c))
                    return fail(tr("The workbook is damaged: sheet \"%1\" has a bad cell reference \"%2\".")
                                        .arg(grid->name, ref));
                r = qMax(r, 0);
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
                if (!storeCell(grid, r, c, type, style, value, inlineText, ref))
                    return false;
            } else if (n == u"mergeCell") {
                storeMerge(grid, xml.attributes().value(QLatin1String("ref")));
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
        grid.inferMerges = grid.merges.isEmpty(); // saved without merge records
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
