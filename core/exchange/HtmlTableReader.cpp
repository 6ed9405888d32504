#include "HtmlTableReader.h"

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace gkml {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
            || c == QLatin1Char('\f');
}

// Element names given as one space-separated list.
QSet<QString> elementNames(QLatin1StringView list)
{
    const QStringList names = QString(list).split(QLatin1Char(' '));
    return QSet<QString>(names.cbegin(), names.cend());
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> s = elementNames(
            QLatin1StringView("br img hr meta link input col area base wbr source param embed track o:p"));
    return s;
}

// Elements whose start or end breaks a line of text (inside a cell: a line break in the value).
const QSet<QString> &blockElements()
{
    static const QSet<QString> s = elementNames(QLatin1StringView(
            "p div li h1 h2 h3 h4 h5 h6 ul ol section article center blockquote pre dd dt tr table"));
    return s;
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes;
};

// One <table> being read. Spans are tracked per column ("covered up to row n"), so a huge rowspan
// costs nothing until rows exist.
struct TableState
{
    TableGrid grid;
    int order = 0; // document order of the <table> tag
    int row = -1;
    bool rowOpen = false;
    bool cellOpen = false;
    int cellRow = 0;
    int cellColumn = 0;
    QString cellText;
    bool inCaption = false;
    QString caption;
    QList<int> coveredUntil; // column -> last row covered by a rowspan from above
};

class Parser
{
public:
    Parser(const QString &text, const HtmlTableReader::Limits &limits)
        : m_text(text)
        , m_limits(limits)
    { }
    bool run();
    QList<QPair<int, TableGrid>> grids;
    QString error;

private:
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool parseTag(qsizetype *pos, Tag *tag);
    void skipRawText(qsizetype *pos, const QString &name);
    void addText(QStringView raw);
    void lineBreak(bool hard);
    bool openElement(const Tag &tag);
    void closeElement(const QString &name);
    bool handleTableTag(const Tag &tag);
    void closeCell(TableState &t);
    void closeRow(TableState &t);
    void closeTable();
    bool startCell(TableState &t, const Tag &tag);
    QString titleBefore() const;

    const QString &m_text;
    HtmlTableReader::Limits m_limits;
    QStringList m_stack; // open elements
    QList<TableState> m_tables; // open tables, innermost last
    QStringList m_blocks; // text blocks outside tables since the last table (title candidates)
    QString m_block;
    int m_tableCount = 0;
    qint64 m_cells = 0;
};

QString finishCellText(const QString &raw)
{
    // Trim the collapsible spaces around each line; keep line breaks the page asked for.
    QStringList lines = raw.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        qsizetype b = 0, e = l.size();
        while (b < e && l.at(b) == QLatin1Char(' '))
            ++b;
        while (e > b && l.at(e - 1) == QLatin1Char(' '))
            --e;
        l = l.mid(b, e - b);
    }
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

bool Parser::parseTag(qsizetype *pos, Tag *tag)
{
    // *pos is at '<'. Returns false when this '<' does not start a tag (it is text then).
    qsizetype i = *pos + 1;
    const qsizetype n = m_text.size();
    if (i < n && m_text.at(i) == QLatin1Char('/')) {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n
           && (m_text.at(i).isLetterOrNumber() || m_text.at(i) == QLatin1Char(':')
               || m_text.at(i) == QLatin1Char('-') || m_text.at(i) == QLatin1Char('_')))
        ++i;
    if (i == nameStart || !m_text.at(nameStart).isLetter())
        return false;
    tag->name = m_text.mid(nameStart, i - nameStart).toLower();
    // Attributes: name, name=value, name="value", name='value'.
    while (i < n) {
        while (i < n && isHtmlSpace(m_text.at(i)))
            ++i;
        if (i >= n)
            break;
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('>')) {
            ++i;
            break;
        }
        if (c == QLatin1Char('/')) {
            tag->selfClosing = true;
            ++i;
            continue;
        }
        const qsizetype an = i;
        while (i < n && !isHtmlSpace(m_text.at(i)) && m_text.at(i) != QLatin1Char('=')
               && m_text.at(i) != QLatin1Char('>') && m_text.at(i) != QLatin1Char('/'))
            ++i;
        const QString attr = m_text.mid(an, i - an).toLower();
        if (attr.isEmpty()) {
            ++i;
            continue;
        }
        while (i < n && isHtmlSpace(m_text.at(i)))
            ++i;
        QString value;
        if (i < n && m_text.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && isHtmlSpace(m_text.at(i)))
                ++i;
            if (i < n && (m_text.at(i) == QLatin1Char('"') || m_text.at(i) == QLatin1Char('\''))) {
                const QChar q = m_text.at(i);
                const qsizetype end = m_text.indexOf(q, i + 1);
                const qsizetype stop = end < 0 ? n : end;
                value = m_text.mid(i + 1, stop - i - 1);
                i = end < 0 ? n : end + 1;
            } else {
                const qsizetype vs = i;
                while (i < n && !isHtmlSpace(m_text.at(i)) && m_text.at(i) != QLatin1Char('>'))
                    ++i;
                value = m_text.mid(vs, i - vs);
            }
        }
        tag->attributes.insert(attr, HtmlTableReader::decodeEntities(value));
    }
    *pos = i;
    return true;
}

void Parser::skipRawText(qsizetype *pos, const QString &name)
{
    const qsizetype end = m_text.indexOf(QStringLiteral("</") + name, *pos, Qt::CaseInsensitive);
    if (end < 0) {
        *pos = m_text.size();
        return;
    }
    const qsizetype gt = m_text.indexOf(QLatin1Char('>'), end);
    *pos = gt < 0 ? m_text.size() : gt + 1;
}

void Parser::addText(QStringView raw)
{
    const QString decoded = HtmlTableReader::decodeEntities(raw);
    QString *target = nullptr;
    if (!m_tables.isEmpty()) {
        TableState &t = m_tables.last();
        if (t.inCaption)
            target = &t.caption;
        else if (t.cellOpen)
            target = &t.cellText;
    }
    if (!target)
        target = &m_block;
    // Collapse runs of HTML white space to one space, as a browser shows them.
    for (const QChar c : decoded) {
        if (isHtmlSpace(c)) {
            if (!target->isEmpty() && !target->endsWith(QLatin1Char(' '))
                && !target->endsWith(QLatin1Char('\n')))
                target->append(QLatin1Char(' '));
        } else {
            target->append(c);
        }
    }
}

void Parser::lineBreak(bool hard)
{
    if (!m_tables.isEmpty() && m_tables.last().cellOpen && !m_tables.last().inCaption) {
        QString &text = m_tables.last().cellText;
        if (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        // <br> always breaks; a paragraph boundary only when the line has text.
        if (hard || (!text.isEmpty() && !text.endsWith(QLatin1Char('\n'))))
            text.append(QLatin1Char('\n'));
        return;
    }
    if (!m_block.trimmed().isEmpty())
        m_blocks.append(m_block.trimmed());
    if (m_blocks.size() > 8)
        m_blocks.removeFirst();
    m_block.clear();
}

QString Parser::titleBefore() const
{
    QStringList candidates = m_blocks;
    if (!m_block.trimmed().isEmpty())
        candidates << m_block.trimmed();
    // A catalogue inside a layout table: its title is in the enclosing cell, just before it.
    if (!m_tables.isEmpty() && m_tables.last().cellOpen) {
        for (const QString &line : m_tables.last().cellText.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                candidates << line.trimmed();
        }
    }
    for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
        if (it->contains(QStringLiteral("目录")) && it->size() <= 200)
            return *it;
    }
    return {};
}

void Parser::closeCell(TableState &t)
{
    if (!t.cellOpen)
        return;
    t.cellOpen = false;
    const QString value = finishCellText(t.cellText);
    t.cellText.clear();
    if (value.isEmpty())
        return;
    QStringList &line = t.grid.rows[t.cellRow];
    if (line.size() <= t.cellColumn)
        line.resize(t.cellColumn + 1);
    line[t.cellColumn] = value;
}

void Parser::closeRow(TableState &t)
{
    closeCell(t);
    t.rowOpen = false;
}

bool Parser::startCell(TableState &t, const Tag &tag)
{
    closeCell(t);
    if (!t.rowOpen) { // a cell without <tr>: browsers open a row
        ++t.row;
        t.rowOpen = true;
    }
    while (t.grid.rows.size() <= t.row)
        t.grid.rows.append(QStringList());
    int column = 0;
    while (column < t.coveredUntil.size() && t.coveredUntil.at(column) >= t.row)
        ++column;
    // The row grows to the cell's column: the empty cells before it count too (2,000 rows of
    // rowspan/colspan 2147483647 would otherwise ask for billions of cells without a warning).
    const qint64 rowLength = t.grid.rows.at(t.row).size();
    if (column > rowLength)
        m_cells += column - rowLength;
    const int colspan
            = std::clamp(tag.attributes.value(QStringLiteral("colspan")).trimmed().toInt(), 1, 1000);
    const int rowspan
            = std::clamp(tag.attributes.value(QStringLiteral("rowspan")).trimmed().toInt(), 1, 65534);
    if (t.coveredUntil.size() < column + colspan) {
        m_cells += column + colspan - t.coveredUntil.size();
        t.coveredUntil.resize(column + colspan, -1);
    }
    // Each cell reserves its whole span (rows beyond the table are cut off when it closes).
    m_cells += static_cast<qint64>(colspan);
    if (m_cells > m_limits.maxCells)
        return fail(HtmlTableReader::tr(
                            "The page's tables have more than %1 cells; GKML reads at most that many.")
                            .arg(m_limits.maxCells));
    for (int c = column; c < column + colspan; ++c)
        t.coveredUntil[c] = t.row + rowspan - 1;
    if (rowspan > 1 || colspan > 1)
        t.grid.merges.append({ t.row, column, rowspan, colspan });
    t.cellOpen = true;
    t.cellRow = t.row;
    t.cellColumn = column;
    t.cellText.clear();
    return true;
}

void Parser::closeTable()
{
    TableState t = m_tables.takeLast();
    closeRow(t);
    // Spans reaching below the last row end with the table (as in a browser).
    const int rows = static_cast<int>(t.grid.rows.size());
    QList<TableGrid::Merge> merges;
    for (TableGrid::Merge m : std::as_const(t.grid.merges)) {
        m.rowSpan = qMin(m.rowSpan, rows - m.row);
        if (m.rowSpan > 1 || m.columnSpan > 1)
            merges.append(m);
    }
    t.grid.merges = merges;
    if (!t.caption.trimmed().isEmpty())
        t.grid.name = t.caption.trimmed();
    if (t.grid.name.isEmpty())
        t.grid.name = HtmlTableReader::tr("table %1").arg(t.order + 1);
    grids.append({ t.order, t.grid });
    m_blocks.clear();
    m_block.clear();
}

bool Parser::handleTableTag(const Tag &tag)
{
    const QString &n = tag.name;
    if (!tag.closing && n == QLatin1String("table")) {
        if (m_tables.size() >= m_limits.maxTableDepth)
            return fail(HtmlTableReader::tr(
                                "The page has tables nested more than %1 deep; GKML cannot read it safely. "
                                "Copy the catalogue table into a new page or a spreadsheet and import that.")
                                .arg(m_limits.maxTableDepth));
        TableState t;
        t.order = m_tableCount++;
        t.grid.name = titleBefore();
        m_tables.append(t);
        return true;
    }
    if (m_tables.isEmpty())
        return true;
    TableState &t = m_tables.last();
    if (n == QLatin1String("table")) { // closing
        closeTable();
    } else if (n == QLatin1String("caption")) {
        t.inCaption = !tag.closing;
    } else if (n == QLatin1String("tr")) {
        closeRow(t);
        if (!tag.closing) {
            ++t.row;
            t.rowOpen = true;
            while (t.grid.rows.size() <= t.row)
                t.grid.rows.append(QStringList());
            if (++m_cells > m_limits.maxCells)
                return fail(
                        HtmlTableReader::tr(
                                "The page's tables have more than %1 cells; GKML reads at most that many.")
                                .arg(m_limits.maxCells));
        }
    } else if (n == QLatin1String("td") || n == QLatin1String("th")) {
        if (tag.closing)
            closeCell(t);
        else
            return startCell(t, tag);
    } else if (n == QLatin1String("thead") || n == QLatin1String("tbody") || n == QLatin1String("tfoot")) {
        closeRow(t);
    }
    return true;
}

bool Parser::openElement(const Tag &tag)
{
    const QString &n = tag.name;
    if (voidElements().contains(n) || tag.selfClosing)
        return true;
    // Implied ends, as browsers apply them, so sloppy pages do not pile up open elements.
    auto popTo = [this](const QStringList &names, bool inclusive) {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack.at(i) == QLatin1String("table"))
                return;
            if (names.contains(m_stack.at(i))) {
                m_stack.resize(inclusive ? i : i + 1);
                return;
            }
        }
    };
    if (!m_stack.isEmpty() && m_stack.last() == QLatin1String("p") && blockElements().contains(n))
        m_stack.removeLast();
    if (n == QLatin1String("li") && !m_stack.isEmpty() && m_stack.last() == QLatin1String("li"))
        m_stack.removeLast();
    if (n == QLatin1String("td") || n == QLatin1String("th"))
        popTo({ QStringLiteral("td"), QStringLiteral("th") }, true);
    if (n == QLatin1String("tr"))
        popTo({ QStringLiteral("tr") }, true);
    m_stack.append(n);
    if (m_stack.size() > m_limits.maxDepth)
        return fail(
                HtmlTableReader::tr(
                        "The page nests its elements more than %1 levels deep; GKML cannot read it safely. "
                        "Copy the catalogue table into a new page or a spreadsheet and import that.")
                        .arg(m_limits.maxDepth));
    return true;
}

void Parser::closeElement(const QString &name)
{
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        if (m_stack.at(i) == name) {
            m_stack.resize(i);
            return;
        }
        // A stray end tag never closes an enclosing table.
        if (m_stack.at(i) == QLatin1String("table"))
            return;
    }
}

bool Parser::run()
{
    const qsizetype n = m_text.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            addText(QStringView(m_text).mid(textStart, end - textStart));
    };
    while (i < n) {
        if (m_text.at(i) != QLatin1Char('<')) {
            ++i;
            continue;
        }
        if (QStringView(m_text).mid(i, 4) == u"<!--") {
            flushText(i);
            const qsizetype end = m_text.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            textStart = i;
            continue;
        }
        if (i + 1 < n && (m_text.at(i + 1) == QLatin1Char('!') || m_text.at(i + 1) == QLatin1Char('?'))) {
            flushText(i);
            const qsizetype end = m_text.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? n : end + 1;
            textStart = i;
            continue;
        }
        Tag tag;
        qsizetype next = i;
        if (!parseTag(&next, &tag)) {
            ++i; // a literal '<'
            continue;
        }
        flushText(i);
        i = next;
        textStart = i;
        const QString &name = tag.name;
        if (!tag.closing
            && (name == QLatin1String("script") || name == QLatin1String("style")
                || name == QLatin1String("title") || name == QLatin1String("textarea")
                || name == QLatin1String("xml"))) {
            skipRawText(&i, name);
            textStart = i;
            continue;
        }
        if (name == QLatin1String("br")) {
            lineBreak(true);
            continue;
        }
        if (blockElements().contains(name) && name != QLatin1String("tr") && name != QLatin1String("table"))
            lineBreak(false);
        if (name == QLatin1String("table") || name == QLatin1String("tr") || name == QLatin1String("td")
            || name == QLatin1String("th") || name == QLatin1String("caption")
            || name == QLatin1String("thead") || name == QLatin1String("tbody")
            || name == QLatin1String("tfoot")) {
            if (name == QLatin1String("table") && !tag.closing)
                lineBreak(false); // the text before a table ends there
            if (!handleTableTag(tag))
                return false;
        }
        if (tag.closing)
            closeElement(name);
        else if (!openElement(tag))
            return false;
    }
    flushText(n);
    while (!m_tables.isEmpty()) // a page cut short: keep what was read
        closeTable();
    return true;
}

} // namespace

QString HtmlTableReader::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    static const QHash<QString, QChar> named = {
        { QStringLiteral("amp"), QLatin1Char('&') },   { QStringLiteral("lt"), QLatin1Char('<') },
        { QStringLiteral("gt"), QLatin1Char('>') },    { QStringLiteral("quot"), QLatin1Char('"') },
        { QStringLiteral("apos"), QLatin1Char('\'') }, { QStringLiteral("nbsp"), QChar(0x00A0) },
        { QStringLiteral("ensp"), QChar(0x2002) },     { QStringLiteral("emsp"), QChar(0x2003) },
        { QStringLiteral("thinsp"), QChar(0x2009) },   { QStringLiteral("ldquo"), QChar(0x201C) },
        { QStringLiteral("rdquo"), QChar(0x201D) },    { QStringLiteral("lsquo"), QChar(0x2018) },
        { QStringLiteral("rsquo"), QChar(0x2019) },    { QStringLiteral("mdash"), QChar(0x2014) },
        { QStringLiteral("ndash"), QChar(0x2013) },    { QStringLiteral("hellip"), QChar(0x2026) },
        { QStringLiteral("middot"), QChar(0x00B7) },   { QStringLiteral("times"), QChar(0x00D7) },
        { QStringLiteral("bull"), QChar(0x2022) },     { QStringLiteral("copy"), QChar(0x00A9) },
        { QStringLiteral("reg"), QChar(0x00AE) },      { QStringLiteral("radic"), QChar(0x221A) },
        { QStringLiteral("check"), QChar(0x2713) },    { QStringLiteral("squ"), QChar(0x25A1) },
        { QStringLiteral("square"), QChar(0x25A1) },   { QStringLiteral("FilledSmallSquare"), QChar(0x25FE) },
        { QStringLiteral("deg"), QChar(0x00B0) },      { QStringLiteral("yen"), QChar(0x00A5) },
        { QStringLiteral("sect"), QChar(0x00A7) },     { QStringLiteral("laquo"), QChar(0x00AB) },
        { QStringLiteral("raquo"), QChar(0x00BB) },    { QStringLiteral("shy"), QChar(0x00AD) },
        { QStringLiteral("zwsp"), QChar(0x200B) },     { QStringLiteral("divide"), QChar(0x00F7) },
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out.append(c);
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 34) {
            // "&nbsp" without ';' is common in pasted HTML.
            if (text.mid(i + 1, 4) == u"nbsp") {
                out.append(QChar(0x00A0));
                i += 4;
            } else {
                out.append(c);
            }
            continue;
        }
        const QStringView body = text.mid(i + 1, semi - i - 1);
        if (body.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex
                    = body.size() > 1 && (body.at(1) == QLatin1Char('x') || body.at(1) == QLatin1Char('X'));
            const uint code = hex ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t cp = code;
                out.append(QString::fromUcs4(&cp, 1));
                i = semi;
                continue;
            }
        } else {
            auto it = named.constFind(body.toString());
            if (it == named.cend())
                it = named.constFind(body.toString().toLower());
            if (it != named.cend()) {
                out.append(*it);
                i = semi;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString HtmlTableReader::declaredCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(8192)).toLower();
    static const QRegularExpression re(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-]+)"));
    const QRegularExpressionMatch m = re.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

namespace {

// Said before anything is decoded, whether the page came as bytes or as a file.
QString tooLarge(const HtmlTableReader::Limits &limits)
{
    return HtmlTableReader::tr("The page is larger than %1 MB; GKML reads at most that much. Save only the "
                               "catalogue table in a page of its own and import that.")
            .arg(limits.maxBytes / (1024 * 1024));
}

} // namespace

HtmlTableReader::Result HtmlTableReader::read(const QByteArray &bytes, const QString &encoding,
                                              const Limits &limits)
{
    Result result;
    if (bytes.size() > limits.maxBytes) {
        result.error = tooLarge(limits);
        return result;
    }
    // The declared charset is believed when the bytes agree with it; otherwise (pages re-saved
    // by another editor) the content decides.
    QString wanted = encoding;
    const QString declared = declaredCharset(bytes);
    if ((wanted.isEmpty() || wanted == QLatin1String("auto")) && TextDecoder::isKnownEncoding(declared))
        wanted = declared;
    TextDecoder::Result decoded = TextDecoder::decode(bytes, wanted);
    if (!decoded.error.isEmpty() && wanted != encoding)
        decoded = TextDecoder::decode(bytes, QStringLiteral("auto"));
    if (!decoded.error.isEmpty()) {
        result.error = decoded.error;
        return result;
    }
    result.encoding = decoded.encoding;
    if (!decoded.text.contains(QLatin1String("<table"), Qt::CaseInsensitive)) {
        result.error = HtmlTableReader::tr(
                "The page holds no table. Import the page (or the .html file) that shows the catalogue "
                "as a table.");
        return result;
    }
    Parser parser(decoded.text, limits);
    if (!parser.run()) {
        result.error = parser.error;
        return result;
    }
    std::sort(parser.grids.begin(), parser.grids.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &g : std::as_const(parser.grids)) {
        if (!g.second.rows.isEmpty())
            result.grids.append(g.second);
    }
    if (result.grids.isEmpty())
        result.error = HtmlTableReader::tr("The page's tables are empty.");
    return result;
}

HtmlTableReader::Result HtmlTableReader::readFile(const QString &path, const QString &encoding)
{
    Result result;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = HtmlTableReader::tr("Cannot open \"%1\": %2")
                               .arg(QFileInfo(path).fileName(), f.errorString());
        return result;
    }
    const Limits limits;
    if (f.size() > limits.maxBytes) {
        result.error = tooLarge(limits);
        return result;
    }
    return read(f.readAll(), encoding, limits);
}

} // namespace gkml
