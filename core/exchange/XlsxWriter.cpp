#include "XlsxWriter.h"

#include "TemplateLayout.h"
#include "template/CountyTemplate.h"
#include "util/SheetXml.h"
#include "util/SpreadsheetText.h"
#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <QBuffer>
#include <QDateTime>
#include <QHash>
#include <QXmlStreamWriter>

#include <cmath>
#include <functional>

namespace gkml {

namespace {

using Column = TemplateLayout::Column;

const int kMaxCellChars = 32767; // what one Excel cell holds
// Points per line of 10 pt CJK text: CJK fonts (SimSun, Noto CJK) need about 1.45 em per line.
const double kLineHeight = 15.0;
// Cell styles (indexes into cellXfs of styles.xml).
enum Style {
    Default = 0,
    TitleStyle = 1,
    HeaderStyle = 2,
    TextStyle = 3,
    CenterStyle = 4
};

QPair<double, double> widthRange(const Column &c)
{
    switch (c.kind) {
    case Column::Kind::Sequence: return { 5, 6 };
    case Column::Kind::Tick: return { 6, 10 };
    case Column::Kind::Checklist: return { 20, 36 };
    case Column::Kind::Joined: return { 8, 14 };
    case Column::Kind::Text: break;
    }
    switch (c.field) {
    case Field::Level1: return { 8, 16 };
    case Field::Level2: return { 10, 22 };
    case Field::Level3: return { 10, 18 };
    case Field::Content: return { 20, 40 };
    case Field::Basis: return { 12, 20 };
    case Field::Deadline: return { 12, 18 };
    case Field::Owner: return { 12, 20 };
    case Field::Department: return { 8, 14 };
    case Field::Note: return { 12, 30 };
    default: return { 8, 20 };
    }
}

// Lines a text takes in a column `width` characters wide (wrapping long lines).
int wrappedLines(const QString &text, double width)
{
    if (text.isEmpty())
        return 1;
    int lines = 0;
    const double usable = qMax(1.0, width - 1.0);
    for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n')))
        lines += qMax(1, static_cast<int>(std::ceil(TemplateLayout::displayWidth(line) / usable)));
    return lines;
}

QString sheetName(const QString &domain, QSet<QString> *used)
{
    QString name = domain;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("目录");
    name = name.left(31);
    QString candidate = name;
    for (int n = 2; used->contains(candidate.toLower()); ++n) {
        const QString suffix = QStringLiteral("(%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    used->insert(candidate.toLower());
    return candidate;
}

const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kPkgRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

// Strings are shared (the ■/□ checklists and ticks repeat on every row).
class SharedStrings
{
public:
    int index(const QString &s)
    {
        ++m_count;
        const auto it = m_index.constFind(s);
        if (it != m_index.cend())
            return *it;
        const int i = static_cast<int>(m_strings.size());
        m_strings.append(s);
        m_index.insert(s, i);
        return i;
    }
    QByteArray xml() const
    {
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeStartElement(QStringLiteral("sst"));
        w.writeDefaultNamespace(kMain);
        w.writeAttribute(QStringLiteral("count"), QString::number(m_count));
        w.writeAttribute(QStringLiteral("uniqueCount"), QString::number(m_strings.size()));
        for (const QString &s : m_strings) {
            w.writeStartElement(QStringLiteral("si"));
            w.writeStartElement(QStringLiteral("t"));
            if (!s.isEmpty() && (s.front().isSpace() || s.back().isSpace()))
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(s);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        return out;
    }

private:
    QStringList m_strings;
    QHash<QString, int> m_index;
    qint64 m_count = 0;
};

// A minimal XML writer with QXmlStreamWriter's calls, appending to one buffer. Sheets hold only
// numbers and references (the texts are in sharedStrings.xml), and QXmlStreamWriter's per-call
// device writes made large sheets slow.
class FastXml
{
public:
    explicit FastXml(QByteArray *out)
        : m_out(out)
    { }
    void writeStartDocument(const QString &, bool)
    {
        m_out->append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    }
    void writeStartElement(const QString &name)
    {
        closeStart();
        m_out->append('<').append(name.toUtf8());
        m_stack.append(name.toUtf8());
        m_open = true;
    }
    void writeEmptyElement(const QString &name)
    {
        writeStartElement(name);
        m_empty = true;
    }
    void writeDefaultNamespace(const QString &ns) { writeAttribute(QStringLiteral("xmlns"), ns); }
    void writeNamespace(const QString &ns, const QString &prefix)
    {
        writeAttribute(QStringLiteral("xmlns:") + prefix, ns);
    }
    void writeAttribute(const QString &name, const QString &value)
    {
        m_out->append(' ').append(name.toUtf8()).append("=\"").append(escaped(value)).append('"');
    }
    void writeCharacters(const QString &text)
    {
        closeStart();
        m_out->append(escaped(text));
    }
    void writeTextElement(const QString &name, const QString &text)
    {
        writeStartElement(name);
        writeCharacters(text);
        writeEndElement();
    }
    void writeEndElement()
    {
        if (m_open && m_empty) {
            closeStart(); // a pending empty element, then the end of its parent below
        } else if (m_open) {
            m_out->append("/>");
            m_open = false;
            m_stack.removeLast();
            return;
        }
        m_out->append("</").append(m_stack.takeLast()).append('>');
    }
    void writeEndDocument()
    {
        while (!m_stack.isEmpty())
            writeEndElement();
    }
    // The buffer, after closing a pending start tag: rows and cells are appended directly.
    QByteArray &raw()
    {
        closeStart();
        return *m_out;
    }

private:
    void closeStart()
    {
        if (!m_open)
            return;
        if (m_empty) { // writeEmptyElement: closed by the next call
            m_out->append("/>");
            m_stack.removeLast();
            m_empty = false;
        } else {
            m_out->append('>');
        }
        m_open = false;
    }
    static QByteArray escaped(const QString &text)
    {
        QByteArray b = text.toUtf8();
        if (b.contains('&') || b.contains('<') || b.contains('>') || b.contains('"'))
            b.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return b;
    }
    QByteArray *m_out;
    QList<QByteArray> m_stack;
    bool m_open = false;
    bool m_empty = false;
};

// Writes one worksheet straight into its zip entry: the XML is appended to a small buffer that
// goes to the (deflating) device every few hundred rows, so a sheet is never held whole. Rows and
// cells, nearly all of the sheet, are appended as bytes; the texts go to the shared strings.
class SheetBuilder
{
public:
    SheetBuilder(const TemplateLayout::Section &section, SharedStrings &strings, bool selected,
                 QIODevice *device)
        : m_section(section)
        , m_strings(strings)
        , m_selected(selected)
        , m_device(device)
    {
        for (int c = 0; c < section.columns.size(); ++c)
            m_columnNames << SpreadsheetText::columnName(c).toLatin1();
    }
    // False when a cell is too long (*error says which) or the device refuses the bytes (the
    // zip writer says why).
    bool build(QString *error);
    int frozenColumns() const { return m_frozen; }

private:
    void cell(int column, const QString &text, Style style)
    {
        QByteArray &out = m_w.raw();
        out.append("<c r=\"").append(m_columnNames.at(column)).append(m_rowNumber).append("\" s=\"");
        out.append(char('0' + style)).append('"');
        if (text.isEmpty()) {
            out.append("/>");
            return;
        }
        // Always a shared string (t="s"): never a formula, never a number Excel reformats.
        out.append(" t=\"s\"><v>")
                .append(QByteArray::number(m_strings.index(SpreadsheetText::xmlSafe(text))))
                .append("</v></c>");
    }
    void startRow(int row, double height)
    {
        m_rowNumber = QByteArray::number(row + 1);
        m_w.raw()
                .append("<row r=\"")
                .append(m_rowNumber)
                .append("\" ht=\"")
                .append(QByteArray::number(height, 'f', 1))
                .append("\" customHeight=\"1\">");
    }
    void endRow() { m_w.raw().append("</row>"); }
    // Hands the buffered XML to the zip entry once it is large enough (or at the end).
    bool flush(bool always)
    {
        if (!always && m_out.size() < (1 << 18))
            return true;
        const bool ok = m_device->write(m_out) == m_out.size();
        m_out.truncate(0); // keeps the capacity for the next rows
        return ok;
    }
    void merge(int r1, int c1, int r2, int c2)
    {
        m_merges << SpreadsheetText::cellReference(r1, c1) + QLatin1Char(':')
                        + SpreadsheetText::cellReference(r2, c2);
    }
    Style bodyStyle(const Column &c) const
    {
        const bool centered = c.kind == Column::Kind::Sequence || c.kind == Column::Kind::Tick
                || c.kind == Column::Kind::Joined || c.field == Field::Level1 || c.field == Field::Level2
                || c.field == Field::Level3 || c.field == Field::Department;
        return centered ? CenterStyle : TextStyle;
    }
    // The cell text; the channel checklist, the same on most rows, is laid out once per distinct set.
    // Tick cells too: their value depends only on the set (and, for 特定群体, the group's note).
    QString text(const Item &item, const Column &column)
    {
        QHash<QStringList, QString> *cache = nullptr;
        const QStringList *set = nullptr;
        if (column.kind == Column::Kind::Checklist) {
            cache = &m_checklists;
            set = &item.channels;
        } else if (column.kind == Column::Kind::Tick
                   && !(column.field == Field::Audience && !item.audienceNote.isEmpty())) {
            cache = &m_ticks[column.field][column.value];
            set = item.set(column.field);
        }
        if (!cache || !set)
            return TemplateLayout::cellText(item, column);
        auto it = cache->constFind(*set);
        if (it == cache->cend())
            it = cache->insert(*set, TemplateLayout::cellText(item, column));
        return *it;
    }

    const TemplateLayout::Section &m_section;
    SharedStrings &m_strings;
    bool m_selected;
    QIODevice *m_device;
    QByteArray m_out;
    FastXml m_w { &m_out };
    QList<QByteArray> m_columnNames;
    QByteArray m_rowNumber;
    QHash<QStringList, QString> m_checklists;
    QHash<Field, QHash<QString, QHash<QStringList, QString>>> m_ticks; // field, tick value, set
    QStringList m_merges;
    int m_frozen = 0;
};

bool SheetBuilder::build(QString *error)
{
    const QList<Column> &columns = m_section.columns;
    const int lastColumn = static_cast<int>(columns.size()) - 1;
    const int firstDataRow = 3;
    const int count = static_cast<int>(m_section.items.size());
    for (int c = 0; c <= lastColumn; ++c) {
        if (columns.at(c).group == QStringLiteral("公开事项") || columns.at(c).kind == Column::Kind::Sequence)
            m_frozen = c + 1;
    }

    // Column widths that fit the content, within bounds so that long texts wrap.
    QList<double> widths;
    for (const Column &c : columns) {
        const auto [minW, maxW] = widthRange(c);
        double w = minW;
        if (c.kind == Column::Kind::Tick) // the label on one line
            w = qMax(w, TemplateLayout::displayWidth(c.label) + 1.0);
        for (const Item &item : m_section.items) {
            const QString cellText = text(item, c);
            for (const QStringView line : QStringView(cellText).tokenize(QLatin1Char('\n')))
                w = qMax(w, TemplateLayout::displayWidth(line) + 2.0);
            if (w >= maxW)
                break;
        }
        widths << qMin(w, maxW);
    }

    m_w.writeStartDocument(QStringLiteral("1.0"), true);
    m_w.writeStartElement(QStringLiteral("worksheet"));
    m_w.writeDefaultNamespace(kMain);
    m_w.writeNamespace(kRelNs, QStringLiteral("r"));
    m_w.writeStartElement(QStringLiteral("sheetPr"));
    m_w.writeEmptyElement(QStringLiteral("pageSetUpPr"));
    m_w.writeAttribute(QStringLiteral("fitToPage"), QStringLiteral("1"));
    m_w.writeEndElement();
    m_w.writeEmptyElement(QStringLiteral("dimension"));
    m_w.writeAttribute(
            QStringLiteral("ref"),
            QStringLiteral("A1:")
                    + SpreadsheetText::cellReference(firstDataRow + qMax(count, 1) - 1, lastColumn));
    // Frozen panes: the title and header rows, and the columns up to the item names.
    m_w.writeStartElement(QStringLiteral("sheetViews"));
    m_w.writeStartElement(QStringLiteral("sheetView"));
    if (m_selected)
        m_w.writeAttribute(QStringLiteral("tabSelected"), QStringLiteral("1"));
    m_w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    m_w.writeEmptyElement(QStringLiteral("pane"));
    m_w.writeAttribute(QStringLiteral("xSplit"), QString::number(m_frozen));
    m_w.writeAttribute(QStringLiteral("ySplit"), QString::number(firstDataRow));
    m_w.writeAttribute(QStringLiteral("topLeftCell"), SpreadsheetText::cellReference(firstDataRow, m_frozen));
    m_w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomRight"));
    m_w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    m_w.writeEmptyElement(QStringLiteral("selection"));
    m_w.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomRight"));
    m_w.writeAttribute(QStringLiteral("activeCell"), SpreadsheetText::cellReference(firstDataRow, m_frozen));
    m_w.writeAttribute(QStringLiteral("sqref"), SpreadsheetText::cellReference(firstDataRow, m_frozen));
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeEmptyElement(QStringLiteral("sheetFormatPr"));
    m_w.writeAttribute(QStringLiteral("defaultRowHeight"), QStringLiteral("14"));
    m_w.writeStartElement(QStringLiteral("cols"));
    for (int c = 0; c <= lastColumn; ++c) {
        SheetXml::column(m_w, c + 1, c + 1, QString::number(widths.at(c), 'f', 2));
    }
    m_w.writeEndElement();

    m_w.writeStartElement(QStringLiteral("sheetData"));
    // Row 1: the title across the table.
    startRow(0, 36);
    cell(0, m_section.title, TitleStyle);
    endRow();
    merge(0, 0, 0, lastColumn);
    // Rows 2-3: the two-row header. Every cell of a merged area is written with the header style,
    // so the borders show in Excel, WPS and LibreOffice alike.
    int headerLines = 1;
    for (int c = 0; c <= lastColumn; ++c)
        headerLines = qMax(headerLines, wrappedLines(columns.at(c).label, widths.at(c)));
    startRow(1, 22);
    for (int c = 0; c <= lastColumn; ++c) {
        const Column &col = columns.at(c);
        const bool groupStart = c == 0 || col.group.isEmpty() || columns.at(c - 1).group != col.group;
        cell(c, !groupStart ? QString() : (col.group.isEmpty() ? col.label : col.group), HeaderStyle);
        if (col.group.isEmpty()) {
            merge(1, c, 2, c);
        } else if (groupStart) {
            int end = c;
            while (end + 1 <= lastColumn && columns.at(end + 1).group == col.group)
                ++end;
            if (end > c)
                merge(1, c, 1, end);
        }
    }
    endRow();
    startRow(2, qMax(22.0, headerLines * kLineHeight + 4));
    for (int c = 0; c <= lastColumn; ++c)
        cell(c, columns.at(c).group.isEmpty() ? QString() : columns.at(c).label, HeaderStyle);
    endRow();

    // The items. Merged 一级事项 runs keep their value in the first row only.
    for (int i = 0; i < count; ++i) {
        const Item &item = m_section.items.at(i);
        const int row = firstDataRow + i;
        int lines = 1;
        QStringList texts;
        for (int c = 0; c <= lastColumn; ++c) {
            const Column &col = columns.at(c);
            const QString cellText
                    = TemplateLayout::continuesMerge(m_section, i, col) ? QString() : text(item, col);
            if (cellText.size() > kMaxCellChars) {
                if (error)
                    *error = XlsxWriter::tr("%1 of item %2 (%3) is longer than %4 characters, the most an "
                                            "Excel cell "
                                            "holds; "
                                            "shorten it.")
                                     .arg(col.label)
                                     .arg(item.seq)
                                     .arg(item.level2)
                                     .arg(kMaxCellChars);
                return false;
            }
            int runEnd = i;
            while (!TemplateLayout::continuesMerge(m_section, i, col)
                   && TemplateLayout::continuesMerge(m_section, runEnd + 1, col))
                ++runEnd;
            if (runEnd > i)
                merge(row, c, firstDataRow + runEnd, c);
            else if (!TemplateLayout::continuesMerge(m_section, i, col))
                lines = qMax(lines, wrappedLines(cellText, widths.at(c)));
            texts << cellText;
        }
        // Explicit heights: Excel, WPS and LibreOffice then all show every line the same way.
        startRow(row, qMin(409.0, lines * kLineHeight + 6));
        for (int c = 0; c <= lastColumn; ++c)
            cell(c, texts.at(c), bodyStyle(columns.at(c)));
        endRow();
        if (!flush(false))
            return false; // the zip writer says why
    }
    m_w.writeEndElement(); // sheetData

    m_w.writeStartElement(QStringLiteral("mergeCells"));
    m_w.writeAttribute(QStringLiteral("count"), QString::number(m_merges.size()));
    for (const QString &m : std::as_const(m_merges)) {
        m_w.writeEmptyElement(QStringLiteral("mergeCell"));
        m_w.writeAttribute(QStringLiteral("ref"), m);
    }
    m_w.writeEndElement();
    // Print: A3 landscape, centred, one page wide, header rows on every page (Print_Titles).
    m_w.writeEmptyElement(QStringLiteral("printOptions"));
    m_w.writeAttribute(QStringLiteral("horizontalCentered"), QStringLiteral("1"));
    SheetXml::endWithPrint(m_w, { 8, 0.4, 0.4, 0.5, 0.6, 0.3, 0.3, QStringLiteral("&C第 &P 页，共 &N 页") });
    return flush(true);
}

QByteArray stylesXml()
{
    // Fonts: 0 宋体 10 (body), 1 宋体 10 bold (header), 2 黑体 18 (title). Styles: see enum Style.
    return QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<fonts count=\"3\">"
            "<font><sz val=\"10\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            "<font><b/><sz val=\"10\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            "<font><sz val=\"18\"/><name val=\"黑体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            "</fonts>"
            "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            "<fill><patternFill patternType=\"gray125\"/></fill>"
            "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor "
            "indexed=\"64\"/></patternFill></fill>"
            "</fills>"
            "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color "
            "auto=\"1\"/></right>"
            "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color "
            "auto=\"1\"/></bottom><diagonal/></border>"
            "</borders>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
            "borderId=\"0\"/></cellStyleXfs>"
            "<cellXfs count=\"5\">"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
            "applyAlignment=\"1\">"
            "<alignment horizontal=\"center\" vertical=\"center\"/></xf>"
            "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyFont=\"1\" "
            "applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" "
            "vertical=\"center\" "
            "wrapText=\"1\"/></xf>"
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyBorder=\"1\" "
            "applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\" wrapText=\"1\"/></xf>"
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyBorder=\"1\" "
            "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            "</cellXfs>"
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            "</styleSheet>\n");
}

QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return out;
}

} // namespace

QByteArray XlsxWriter::write(const QList<Item> &items, const CatalogueInfo &info,
                             const ExportOptions &options, QString *error)
{
    QList<TemplateLayout::Section> sections = TemplateLayout::sections(items, info, options);
    if (sections.isEmpty()) {
        // An empty catalogue still gives a valid template with its header.
        Item sample;
        sample.domain = QStringLiteral("目录");
        sections = TemplateLayout::sections({ sample }, info, options);
        sections.first().items.clear();
        sections.first().title = CountyTemplate::title(info.unit, QString());
    }
    SharedStrings strings;
    QSet<QString> used;
    QStringList names;
    for (const TemplateLayout::Section &section : std::as_const(sections))
        names << sheetName(section.domain, &used);
    const QDateTime now = QDateTime::currentDateTime();
    const int n = static_cast<int>(sections.size());

    const QByteArray contentTypes = xmlDocument([n](QXmlStreamWriter &w) {
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
        w.writeStartElement(QStringLiteral("Types"));
        w.writeDefaultNamespace(ns);
        auto def = [&w](const QString &ext, const QString &type) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), ext);
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        auto over = [&w](const QString &part, const QString &type) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), part);
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        def(QStringLiteral("rels"),
            QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        def(QStringLiteral("xml"), QStringLiteral("application/xml"));
        const QString sml = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
        over(QStringLiteral("/xl/workbook.xml"), sml + QStringLiteral("sheet.main+xml"));
        for (int i = 1; i <= n; ++i)
            over(QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i), sml + QStringLiteral("worksheet+xml"));
        over(QStringLiteral("/xl/styles.xml"), sml + QStringLiteral("styles+xml"));
        over(QStringLiteral("/xl/sharedStrings.xml"), sml + QStringLiteral("sharedStrings+xml"));
        over(QStringLiteral("/docProps/core.xml"),
             QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
        over(QStringLiteral("/docProps/app.xml"),
             QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        w.writeEndElement();
    });
    auto relationships = [](const QList<QPair<QString, QString>> &rels) {
        return xmlDocument([&rels](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("Relationships"));
            w.writeDefaultNamespace(kPkgRels);
            int id = 1;
            for (const auto &r : rels) {
                w.writeEmptyElement(QStringLiteral("Relationship"));
                w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(id++));
                w.writeAttribute(QStringLiteral("Type"), r.first);
                w.writeAttribute(QStringLiteral("Target"), r.second);
            }
            w.writeEndElement();
        });
    };
    const QString odRel
            = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    const QByteArray rootRels = relationships(
            { { odRel + QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml") },
              { QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                               "core-properties"),
                QStringLiteral("docProps/core.xml") },
              { odRel + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml") } });
    QList<QPair<QString, QString>> wbRels;
    for (int i = 1; i <= n; ++i)
        wbRels.append(
                { odRel + QStringLiteral("worksheet"), QStringLiteral("worksheets/sheet%1.xml").arg(i) });
    wbRels.append({ odRel + QStringLiteral("styles"), QStringLiteral("styles.xml") });
    wbRels.append({ odRel + QStringLiteral("sharedStrings"), QStringLiteral("sharedStrings.xml") });
    const QByteArray workbookRels = relationships(wbRels);
    const QByteArray workbook = xmlDocument([&names](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(kMain);
        w.writeNamespace(kRelNs, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("bookViews"));
        w.writeEmptyElement(QStringLiteral("workbookView"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("sheets"));
        for (int i = 0; i < names.size(); ++i) {
            w.writeEmptyElement(QStringLiteral("sheet"));
            w.writeAttribute(QStringLiteral("name"), names.at(i));
            w.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            w.writeAttribute(kRelNs, QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
        }
        w.writeEndElement();
        // The two header rows repeat at the top of every printed page.
        w.writeStartElement(QStringLiteral("definedNames"));
        for (int i = 0; i < names.size(); ++i) {
            w.writeStartElement(QStringLiteral("definedName"));
            w.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm.Print_Titles"));
            w.writeAttribute(QStringLiteral("localSheetId"), QString::number(i));
            QString quoted = names.at(i);
            quoted.replace(QLatin1Char('\''), QLatin1String("''"));
            w.writeCharacters(QLatin1Char('\'') + quoted + QStringLiteral("'!$2:$3"));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray core = xmlDocument([&info, &now](QXmlStreamWriter &w) {
        const QString cp
                = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
        const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
        w.writeNamespace(cp, QStringLiteral("cp"));
        w.writeNamespace(dc, QStringLiteral("dc"));
        w.writeNamespace(dcterms, QStringLiteral("dcterms"));
        w.writeNamespace(xsi, QStringLiteral("xsi"));
        w.writeStartElement(cp, QStringLiteral("coreProperties"));
        w.writeTextElement(dc, QStringLiteral("title"), info.unit + QStringLiteral("基层政务公开标准目录"));
        w.writeTextElement(dc, QStringLiteral("creator"), info.unit);
        w.writeStartElement(dcterms, QStringLiteral("created"));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        w.writeCharacters(now.toUTC().toString(Qt::ISODate));
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray app = xmlDocument([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Properties"));
        w.writeDefaultNamespace(
                QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        w.writeTextElement(QStringLiteral("Application"), QStringLiteral("GKML"));
        w.writeEndElement();
    });

    // Small parts at Excel's level; the sheets, nearly all of the bytes, at zlib's fastest level
    // (deflating at level 6 took as long as laying the sheets out).
    const int partLevel = 6, sheetLevel = 1;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ZipArchive::Writer zip(&buffer, now);
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes, partLevel);
    zip.add(QStringLiteral("_rels/.rels"), rootRels, partLevel);
    zip.add(QStringLiteral("docProps/core.xml"), core, partLevel);
    zip.add(QStringLiteral("docProps/app.xml"), app, partLevel);
    zip.add(QStringLiteral("xl/workbook.xml"), workbook, partLevel);
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels, partLevel);
    zip.add(QStringLiteral("xl/styles.xml"), stylesXml(), partLevel);
    // Each sheet is laid out straight into its zip entry; the shared strings they collect come last.
    for (int i = 0; zip.ok() && i < n; ++i) {
        QIODevice *entry = zip.beginEntry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetLevel);
        if (!entry)
            break;
        SheetBuilder builder(sections.at(i), strings, i == 0, entry);
        QString why;
        if (!builder.build(&why) && !why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
        zip.endEntry();
    }
    zip.add(QStringLiteral("xl/sharedStrings.xml"), strings.xml(), partLevel);
    if (!zip.finish()) {
        if (error)
            *error = XlsxWriter::tr("Packing the workbook failed: %1").arg(zip.error());
        return {};
    }
    return bytes;
}

} // namespace gkml
