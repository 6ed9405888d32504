#include "InspectionXlsx.h"

#include "InspectionReport.h"
#include "exchange/TemplateLayout.h"
#include "util/SheetXml.h"
#include "util/SpreadsheetText.h"
#include "util/ZipArchive.h"

#include <QDateTime>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <cmath>

namespace gkml {

namespace {

// Cell styles: indexes into cellXfs of stylesXml().
enum Style {
    Plain = 0,
    Title = 1,
    Header = 2,
    Text = 3,
    Centred = 4,
    Note = 5
};

// One worksheet: a title row merged across the table, an optional note row, the header row
// (repeated on every printed page) and the body. Columns whose every body cell is a whole
// number are written as numbers (counts), the others as inline strings.
struct Sheet
{
    QString name;
    QString title;
    QString note;
    QList<QStringList> table; // header row first
    QList<double> widths; // characters
    QList<bool> centred;
    QList<bool> numeric;
};

// Points per line of 11 pt CJK text (CJK faces need about 1.35 em a line).
constexpr double kLineHeight = 15.0;

// Rows get their height here: LibreOffice and WPS do not fit wrapped rows of a file on opening.
double rowHeight(const QStringList &cells, const QList<double> &widths)
{
    int lines = 1;
    for (int c = 0; c < cells.size(); ++c) {
        const double usable = qMax(1.0, widths.value(c, 12) - 1.5);
        int cellLines = 0;
        for (const QString &line : cells.at(c).split(u'\n'))
            cellLines += qMax(1, int(std::ceil(TemplateLayout::displayWidth(line) / usable)));
        lines = qMax(lines, cellLines);
    }
    return lines * kLineHeight + 4;
}

QByteArray sheetXml(const Sheet &s)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("worksheet"));
    w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    w.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                     QStringLiteral("r"));
    const int columns = s.table.isEmpty() ? 1 : int(s.table.first().size());
    const int headerRow = s.note.isEmpty() ? 1 : 2;
    w.writeStartElement(QStringLiteral("sheetPr"));
    w.writeEmptyElement(QStringLiteral("pageSetUpPr"));
    w.writeAttribute(QStringLiteral("fitToPage"), QStringLiteral("1"));
    w.writeEndElement();
    // Frozen below the header.
    w.writeStartElement(QStringLiteral("sheetViews"));
    w.writeStartElement(QStringLiteral("sheetView"));
    w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("pane"));
    w.writeAttribute(QStringLiteral("ySplit"), QString::number(headerRow + 1));
    w.writeAttribute(QStringLiteral("topLeftCell"), SpreadsheetText::cellReference(headerRow + 1, 0));
    w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("cols"));
    for (int c = 0; c < columns; ++c) {
        SheetXml::column(w, c + 1, c + 1, QString::number(s.widths.value(c, 12)));
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("sheetData"));
    auto textCell = [&](int row, int column, const QString &text, Style style) {
        w.writeStartElement(QStringLiteral("c"));
        w.writeAttribute(QStringLiteral("r"), SpreadsheetText::cellReference(row, column));
        w.writeAttribute(QStringLiteral("s"), QString::number(style));
        if (!text.isEmpty()) {
            w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            w.writeStartElement(QStringLiteral("is"));
            w.writeStartElement(QStringLiteral("t"));
            if (text.front().isSpace() || text.back().isSpace())
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(SpreadsheetText::xmlSafe(text));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    auto startRow = [&](int row, double height = 0) {
        w.writeStartElement(QStringLiteral("row"));
        w.writeAttribute(QStringLiteral("r"), QString::number(row + 1));
        if (height > 0) {
            w.writeAttribute(QStringLiteral("ht"), QString::number(height));
            w.writeAttribute(QStringLiteral("customHeight"), QStringLiteral("1"));
        }
    };
    startRow(0, 30);
    textCell(0, 0, s.title, Title);
    for (int c = 1; c < columns; ++c)
        textCell(0, c, QString(), Title);
    w.writeEndElement();
    if (!s.note.isEmpty()) {
        startRow(1);
        textCell(1, 0, s.note, Note);
        w.writeEndElement();
    }
    for (int r = 0; r < s.table.size(); ++r) {
        const int row = headerRow + r;
        startRow(row, rowHeight(s.table.at(r), s.widths));
        const QStringList &cells = s.table.at(r);
        for (int c = 0; c < columns; ++c) {
            const QString value = cells.value(c);
            if (r == 0) {
                textCell(row, c, value, Header);
                continue;
            }
            bool isNumber = false;
            const int n = s.numeric.value(c) ? value.toInt(&isNumber) : 0;
            if (isNumber) {
                w.writeStartElement(QStringLiteral("c"));
                w.writeAttribute(QStringLiteral("r"), SpreadsheetText::cellReference(row, c));
                w.writeAttribute(QStringLiteral("s"), QString::number(Centred));
                w.writeTextElement(QStringLiteral("v"), QString::number(n));
                w.writeEndElement();
            } else {
                textCell(row, c, value, s.centred.value(c) ? Centred : Text);
            }
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // sheetData
    w.writeStartElement(QStringLiteral("mergeCells"));
    w.writeAttribute(QStringLiteral("count"), QString::number(s.note.isEmpty() ? 1 : 2));
    w.writeEmptyElement(QStringLiteral("mergeCell"));
    w.writeAttribute(QStringLiteral("ref"),
                     SpreadsheetText::cellReference(0, 0) + u':'
                             + SpreadsheetText::cellReference(0, columns - 1));
    if (!s.note.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("mergeCell"));
        w.writeAttribute(QStringLiteral("ref"),
                         SpreadsheetText::cellReference(1, 0) + u':'
                                 + SpreadsheetText::cellReference(1, columns - 1));
    }
    w.writeEndElement();
    SheetXml::endWithPrint(w, { 9, 0.5, 0.5, 0.6, 0.6, 0.3, 0.3, QStringLiteral("&C&P / &N") });
    return out;
}

QByteArray stylesXml()
{
    // Fonts: 0 宋体 11, 1 黑体 11 (header), 2 方正小标宋/黑体 16 (title). Styles: see enum Style.
    return QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<fonts count=\"3\">"
            "<font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            "<font><b/><sz val=\"11\"/><name val=\"黑体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            "<font><sz val=\"16\"/><name val=\"黑体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
            "</fonts>"
            "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            "<fill><patternFill patternType=\"gray125\"/></fill>"
            "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/>"
            "</patternFill></fill></fills>"
            "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/>"
            "</right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/>"
            "</bottom><diagonal/></border></borders>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
            "borderId=\"0\"/></cellStyleXfs>"
            "<cellXfs count=\"6\">"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
            "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
            "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment "
            "horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\" "
            "wrapText=\"1\"/></xf>"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" "
            "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
            "applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\" wrapText=\"1\"/></xf>"
            "</cellXfs>"
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            "</styleSheet>\n");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray InspectionXlsx::toXlsx(const InspectionReport &report, QString *error)
{
    QList<Sheet> sheets;
    QString note;
    if (!report.sampledDomains().isEmpty())
        note = tr("Sampled domains: %1").arg(report.sampledDomains().join(QStringLiteral("、")));
    if (report.calendarWarning())
        note += (note.isEmpty() ? QString() : QStringLiteral("  "))
                + tr("Some due dates fall in a year without holiday data and were counted Monday to Friday.");
    // A count sheet: a name column, then counts (centred numbers); only what it counts by differs.
    const QList<bool> counts = { false, true, true, true, true, true, true };
    const auto countSheet = [&](const QString &name, const QMap<QString, InspectionReport::Counts> &groups,
                                const QString &groupHeader, double groupWidth) {
        const QList<double> widths = { groupWidth, 10, 10, 10, 10, 12, 12 };
        return Sheet { name,   report.title(), note,  report.countTable(groups, groupHeader),
                       widths, counts,         counts };
    };
    sheets.append({ tr("Problems"),
                    tr("Problems found by the self-inspection of %1 as of %2")
                            .arg(report.unit(), report.asOf().toString(Qt::ISODate)),
                    note,
                    report.problemTable(),
                    { 6, 50, 14, 36, 22, 20 },
                    { true, false, true, false, true, false },
                    {} });
    sheets.append(countSheet(tr("By office"), report.departments(), tr("Office"), 20));
    sheets.append(countSheet(tr("By domain"), report.domains(), tr("Domain"), 24));
    sheets.append({ tr("五公开"),
                    tr("五公开 coverage of %1").arg(report.unit()),
                    note,
                    report.stagesTable(),
                    { 24, 8, 8, 8, 8, 8, 8, 12, 20 },
                    { false, true, true, true, true, true, true, true, false },
                    { false, true, true, true, true, true, true, true, false } });

    QByteArray contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                              "<Default Extension=\"rels\" "
                              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                              "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                              "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                              "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                          "<sheets>";
    QByteArray workbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<Relationships "
                              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QByteArray definedNames;
    QList<ZipEntry> entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const Sheet &s = sheets.at(i);
        contentTypes += "<Override PartName=\"/xl/worksheets/sheet" + n
                + ".xml\" ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"" + escaped(s.name.left(31)).toUtf8() + "\" sheetId=\"" + n
                + "\" r:id=\"rId" + n + "\"/>";
        workbookRels += "<Relationship Id=\"rId" + n
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                  "Target=\"worksheets/sheet"
                + n + ".xml\"/>";
        // The header row printed on every page.
        const int headerRow = (s.note.isEmpty() ? 1 : 2) + 1;
        definedNames += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + QByteArray::number(i)
                + "\">'" + escaped(s.name.left(31)).replace(QLatin1Char('\''), QStringLiteral("''")).toUtf8()
                + "'!$" + QByteArray::number(headerRow) + ":$" + QByteArray::number(headerRow)
                + "</definedName>";
        entries.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(s) });
    }
    contentTypes += "</Types>";
    workbook += "</sheets><definedNames>" + definedNames + "</definedNames></workbook>";
    const QByteArray stylesId = QByteArray::number(sheets.size() + 1);
    workbookRels += "<Relationship Id=\"rId" + stylesId
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
              "Target=\"styles.xml\"/></Relationships>";
    const QByteArray rootRels
            = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"xl/workbook.xml\"/></Relationships>";
    entries.prepend({ QStringLiteral("xl/styles.xml"), stylesXml() });
    entries.prepend({ QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels });
    entries.prepend({ QStringLiteral("xl/workbook.xml"), workbook });
    entries.prepend({ QStringLiteral("_rels/.rels"), rootRels });
    entries.prepend({ QStringLiteral("[Content_Types].xml"), contentTypes });
    const std::optional<QByteArray> zip = ZipArchive::write(entries, QDateTime::currentDateTime(), error);
    return zip.value_or(QByteArray());
}

bool InspectionXlsx::write(const InspectionReport &report, const QString &path, QString *error)
{
    const QByteArray bytes = toXlsx(report, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("%1 cannot be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace gkml
