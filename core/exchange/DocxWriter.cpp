#include "DocxWriter.h"

#include "TemplateLayout.h"
#include "util/ZipArchive.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace gkml {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kTitleFont = QStringLiteral("方正小标宋简体");
const QString kBodyFont = QStringLiteral("仿宋_GB2312");

// Page geometry in twentieths of a point: A3 and A4 landscape, 2 cm margins.
const int kA3Width = 23811;
const int kA4Width = 16838;
const int kA3Height = 16838;
const int kA4Height = 11906;
const int kMargin = 1134;

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : w(out)
    {
        w.setAutoFormatting(false);
    }

    void element(const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
    {
        w.writeEmptyElement(kW, name);
        for (const auto &[k, v] : attributes)
            w.writeAttribute(kW, k, v);
    }
    void runFonts(const QString &font, int halfPoints, bool bold)
    {
        w.writeStartElement(kW, QStringLiteral("rPr"));
        element(QStringLiteral("rFonts"),
                { { QStringLiteral("ascii"), font },
                  { QStringLiteral("hAnsi"), font },
                  { QStringLiteral("eastAsia"), font } });
        if (bold)
            element(QStringLiteral("b"), {});
        element(QStringLiteral("sz"), { { QStringLiteral("val"), QString::number(halfPoints) } });
        element(QStringLiteral("szCs"), { { QStringLiteral("val"), QString::number(halfPoints) } });
        w.writeEndElement();
    }
    // One paragraph per line of `text`.
    void paragraphs(const QString &text, const QString &font, int halfPoints, bool bold, const QString &align,
                    bool pageBreakBefore = false)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            w.writeStartElement(kW, QStringLiteral("p"));
            w.writeStartElement(kW, QStringLiteral("pPr"));
            if (pageBreakBefore && i == 0)
                element(QStringLiteral("pageBreakBefore"), {});
            element(QStringLiteral("spacing"),
                    { { QStringLiteral("before"), QStringLiteral("0") },
                      { QStringLiteral("after"), QStringLiteral("0") } });
            element(QStringLiteral("jc"), { { QStringLiteral("val"), align } });
            runFonts(font, halfPoints, bold);
            w.writeEndElement(); // pPr
            if (!lines.at(i).isEmpty()) {
                w.writeStartElement(kW, QStringLiteral("r"));
                runFonts(font, halfPoints, bold);
                w.writeStartElement(kW, QStringLiteral("t"));
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                w.writeCharacters(lines.at(i));
                w.writeEndElement();
                w.writeEndElement(); // r
            }
            w.writeEndElement(); // p
        }
    }
    // A cell: width, spans, then its paragraphs (a cell needs at least one).
    void cell(const QString &text, int width, int gridSpan, const QString &vMerge, bool header, bool centered)
    {
        w.writeStartElement(kW, QStringLiteral("tc"));
        w.writeStartElement(kW, QStringLiteral("tcPr"));
        element(QStringLiteral("tcW"),
                { { QStringLiteral("w"), QString::number(width) },
                  { QStringLiteral("type"), QStringLiteral("dxa") } });
        if (gridSpan > 1)
            element(QStringLiteral("gridSpan"), { { QStringLiteral("val"), QString::number(gridSpan) } });
        if (vMerge == QLatin1String("restart"))
            element(QStringLiteral("vMerge"), { { QStringLiteral("val"), vMerge } });
        else if (!vMerge.isEmpty())
            element(QStringLiteral("vMerge"), {});
        element(QStringLiteral("vAlign"), { { QStringLiteral("val"), QStringLiteral("center") } });
        w.writeEndElement(); // tcPr
        paragraphs(vMerge == QLatin1String("continue") ? QString() : text,
                   header ? QStringLiteral("黑体") : kBodyFont, header ? 21 : 20, false,
                   centered || header ? QStringLiteral("center") : QStringLiteral("left"));
        w.writeEndElement(); // tc
    }

    QXmlStreamWriter w;
};

// Column widths (twips) within the printable width: fixed columns from their label, the rest
// shared by weight.
QList<int> columnWidths(const QList<TemplateLayout::Column> &columns, int printable)
{
    QList<int> widths;
    int fixed = 0;
    qreal weights = 0;
    for (const TemplateLayout::Column &c : columns) {
        if (c.fixedWidth) {
            const int chars = qMax(2, TemplateLayout::displayWidth(c.label) / 2 + 1);
            fixed += chars * 220;
        } else {
            weights += c.weight;
        }
    }
    const int free = qMax(printable - fixed, 1000);
    for (const TemplateLayout::Column &c : columns) {
        if (c.fixedWidth)
            widths << qMax(2, TemplateLayout::displayWidth(c.label) / 2 + 1) * 220;
        else
            widths << qMax(400, int(free * c.weight / qMax<qreal>(weights, 1)));
    }
    return widths;
}

const char *kContentTypes
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "<Override PartName=\"/word/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
          "<Override PartName=\"/word/fontTable.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
          "</Types>";
const char *kPackageRels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"word/document.xml\"/></Relationships>";
const char *kDocumentRels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
          "Target=\"styles.xml\"/>"
          "<Relationship Id=\"rId2\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" "
          "Target=\"fontTable.xml\"/></Relationships>";

// Every part is a standalone UTF-8 document whose root element is in the w: namespace.
void startPart(QXmlStreamWriter &w, const QString &root)
{
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeNamespace(kW, QStringLiteral("w"));
    w.writeStartElement(kW, root);
}

// The font table names each face with the one alternative Word and LibreOffice look up when it
// is missing (w:altName), and a family/pitch so that a further fallback picks a serif CJK face (宋体).
QByteArray fontTable()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    startPart(w, QStringLiteral("fonts"));
    const QList<std::pair<QString, QString>> faces = { { kTitleFont, QStringLiteral("华文中宋") },
                                                       { QStringLiteral("华文中宋"), QStringLiteral("宋体") },
                                                       { kBodyFont, QStringLiteral("仿宋") },
                                                       { QStringLiteral("仿宋"), QStringLiteral("宋体") },
                                                       { QStringLiteral("黑体"), QStringLiteral("SimHei") } };
    for (const auto &[name, alt] : faces) {
        w.writeStartElement(kW, QStringLiteral("font"));
        w.writeAttribute(kW, QStringLiteral("name"), name);
        w.writeEmptyElement(kW, QStringLiteral("altName"));
        w.writeAttribute(kW, QStringLiteral("val"), alt);
        w.writeEmptyElement(kW, QStringLiteral("charset"));
        w.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("86")); // GB2312
        w.writeEmptyElement(kW, QStringLiteral("family"));
        w.writeAttribute(kW, QStringLiteral("val"),
                         name == QLatin1String("黑体") ? QStringLiteral("modern") : QStringLiteral("roman"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray styles()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    startPart(w, QStringLiteral("styles"));
    w.writeStartElement(kW, QStringLiteral("docDefaults"));
    w.writeStartElement(kW, QStringLiteral("rPrDefault"));
    w.writeStartElement(kW, QStringLiteral("rPr"));
    w.writeEmptyElement(kW, QStringLiteral("rFonts"));
    for (const QString &a : { QStringLiteral("ascii"), QStringLiteral("hAnsi"), QStringLiteral("eastAsia") })
        w.writeAttribute(kW, a, kBodyFont);
    w.writeEmptyElement(kW, QStringLiteral("lang"));
    w.writeAttribute(kW, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // docDefaults
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

QByteArray DocxWriter::documentXml(const QList<Item> &items, const CatalogueInfo &info,
                                   const ExportOptions &options)
{
    using Column = TemplateLayout::Column;
    const QList<TemplateLayout::Section> sections = TemplateLayout::sections(items, info, options);
    int columnCount = 0;
    for (const TemplateLayout::Section &s : sections)
        columnCount = qMax(columnCount, int(s.columns.size()));
    // A3 for the full template; A4 when the table is narrow enough to stay legible.
    const bool a3 = columnCount > 12;
    const int pageWidth = a3 ? kA3Width : kA4Width;
    const int pageHeight = a3 ? kA3Height : kA4Height;
    const int printable = pageWidth - 2 * kMargin;
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    const QString footer
            = tr("Unit: %1    Date: %2")
                      .arg(info.unit,
                           QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()));

    QByteArray out;
    out.reserve(4096 + items.size() * 3000);
    Writer x(&out);
    QXmlStreamWriter &w = x.w;
    startPart(w, QStringLiteral("document"));
    w.writeStartElement(kW, QStringLiteral("body"));
    for (int si = 0; si < sections.size(); ++si) {
        const TemplateLayout::Section &s = sections.at(si);
        const QList<Column> &cols = s.columns;
        const QList<int> widths = columnWidths(cols, printable);
        x.paragraphs(s.title, kTitleFont, 36, false, QStringLiteral("center"), si > 0); // 小标宋 二号 (18 pt)
        x.paragraphs(QString(), kBodyFont, 20, false, QStringLiteral("center"));

        w.writeStartElement(kW, QStringLiteral("tbl"));
        w.writeStartElement(kW, QStringLiteral("tblPr"));
        x.element(QStringLiteral("tblW"),
                  { { QStringLiteral("w"), QString::number(printable) },
                    { QStringLiteral("type"), QStringLiteral("dxa") } });
        x.element(QStringLiteral("jc"), { { QStringLiteral("val"), QStringLiteral("center") } });
        w.writeStartElement(kW, QStringLiteral("tblBorders"));
        for (const QString &side :
             { QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"),
               QStringLiteral("right"), QStringLiteral("insideH"), QStringLiteral("insideV") })
            x.element(side,
                      { { QStringLiteral("val"), QStringLiteral("single") },
                        { QStringLiteral("sz"), QStringLiteral("4") },
                        { QStringLiteral("space"), QStringLiteral("0") },
                        { QStringLiteral("color"), QStringLiteral("000000") } });
        w.writeEndElement(); // tblBorders
        x.element(QStringLiteral("tblLayout"), { { QStringLiteral("type"), QStringLiteral("fixed") } });
        w.writeEndElement(); // tblPr
        w.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (const int width : widths)
            x.element(QStringLiteral("gridCol"), { { QStringLiteral("w"), QString::number(width) } });
        w.writeEndElement();

        // The two header rows, repeated at the top of every page (w:tblHeader).
        for (int headerRow = 0; headerRow < 2; ++headerRow) {
            w.writeStartElement(kW, QStringLiteral("tr"));
            w.writeStartElement(kW, QStringLiteral("trPr"));
            x.element(QStringLiteral("tblHeader"), {});
            x.element(QStringLiteral("cantSplit"), {});
            w.writeEndElement();
            for (int c = 0; c < cols.size();) {
                if (cols.at(c).group.isEmpty()) {
                    x.cell(cols.at(c).label, widths.at(c), 1,
                           headerRow == 0 ? QStringLiteral("restart") : QStringLiteral("continue"), true,
                           true);
                    ++c;
                    continue;
                }
                int end = c;
                while (end + 1 < cols.size() && cols.at(end + 1).group == cols.at(c).group)
                    ++end;
                if (headerRow == 0) {
                    int width = 0;
                    for (int k = c; k <= end; ++k)
                        width += widths.at(k);
                    x.cell(cols.at(c).group, width, end - c + 1, QString(), true, true);
                } else {
                    for (int k = c; k <= end; ++k)
                        x.cell(cols.at(k).label, widths.at(k), 1, QString(), true, true);
                }
                c = end + 1;
            }
            w.writeEndElement(); // tr
        }
        for (int i = 0; i < s.items.size(); ++i) {
            const Item &item = s.items.at(i);
            w.writeStartElement(kW, QStringLiteral("tr"));
            w.writeStartElement(kW, QStringLiteral("trPr"));
            x.element(QStringLiteral("cantSplit"), {});
            w.writeEndElement();
            for (int c = 0; c < cols.size(); ++c) {
                const Column &col = cols.at(c);
                QString vMerge;
                if (TemplateLayout::continuesMerge(s, i, col))
                    vMerge = QStringLiteral("continue");
                else if (TemplateLayout::continuesMerge(s, i + 1, col))
                    vMerge = QStringLiteral("restart");
                const bool centered = col.centered || col.kind == Column::Kind::Sequence
                        || col.kind == Column::Kind::Tick;
                x.cell(TemplateLayout::cellText(item, col), widths.at(c), 1, vMerge, false, centered);
            }
            w.writeEndElement(); // tr
        }
        w.writeEndElement(); // tbl
        x.paragraphs(footer, kBodyFont, 24, false, QStringLiteral("right"));
    }
    if (sections.isEmpty()) // no public item: a valid document with the unit only
        x.paragraphs(info.unit, kBodyFont, 24, false, QStringLiteral("center"));
    w.writeStartElement(kW, QStringLiteral("sectPr"));
    x.element(QStringLiteral("pgSz"),
              { { QStringLiteral("w"), QString::number(pageWidth) },
                { QStringLiteral("h"), QString::number(pageHeight) },
                { QStringLiteral("orient"), QStringLiteral("landscape") } });
    x.element(QStringLiteral("pgMar"),
              { { QStringLiteral("top"), QString::number(kMargin) },
                { QStringLiteral("right"), QString::number(kMargin) },
                { QStringLiteral("bottom"), QString::number(kMargin) },
                { QStringLiteral("left"), QString::number(kMargin) },
                { QStringLiteral("header"), QStringLiteral("567") },
                { QStringLiteral("footer"), QStringLiteral("567") },
                { QStringLiteral("gutter"), QStringLiteral("0") } });
    w.writeEndElement(); // sectPr
    w.writeEndElement(); // body
    w.writeEndElement(); // document
    w.writeEndDocument();
    return out;
}

QByteArray DocxWriter::write(const QList<Item> &items, const CatalogueInfo &info,
                             const ExportOptions &options, QString *error)
{
    const QList<ZipEntry> entries = {
        { QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes) },
        { QStringLiteral("_rels/.rels"), QByteArray(kPackageRels) },
        { QStringLiteral("word/_rels/document.xml.rels"), QByteArray(kDocumentRels) },
        { QStringLiteral("word/document.xml"), documentXml(items, info, options) },
        { QStringLiteral("word/styles.xml"), styles() },
        { QStringLiteral("word/fontTable.xml"), fontTable() },
    };
    // A fixed time stamp: the same catalogue gives the same bytes (package checksums).
    QString why;
    const std::optional<QByteArray> zip
            = ZipArchive::write(entries, QDateTime(QDate(2000, 1, 1), QTime(0, 0)), &why);
    if (!zip) {
        if (error)
            *error = why;
        return {};
    }
    return *zip;
}

} // namespace gkml
