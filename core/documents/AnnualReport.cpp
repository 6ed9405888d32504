#include "AnnualReport.h"

#include "util/SheetXml.h"
#include "util/ZipArchive.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace gkml {

QList<AnnualReport::Row> AnnualReport::count(const QList<Document> &documents, int year)
{
    QList<Row> rows { { Document::regulation() }, { Document::normative() } };
    const QDate yearEnd(year, 12, 31);
    for (const Document &d : documents) {
        const QString type = Document::normaliseType(d.docType);
        Row *row = type == Document::regulation() ? &rows[0]
                : type == Document::normative()   ? &rows[1]
                                                  : nullptr;
        if (!row || !d.writtenOn.isValid())
            continue;
        if (d.writtenOn.year() == year)
            ++row->issued;
        if (d.repealedOn.isValid() && d.repealedOn.year() == year)
            ++row->repealed;
        if (d.writtenOn <= yearEnd && !(d.repealedOn.isValid() && d.repealedOn <= yearEnd))
            ++row->inForce;
    }
    return rows;
}

QStringList AnnualReport::leftForOffice()
{
    return { tr("Administrative licensing (行政许可): decisions this year, from the approval system"),
             tr("Administrative penalties (行政处罚): decisions this year, from the enforcement system"),
             tr("Administrative coercion (行政强制): decisions this year, from the enforcement system"),
             tr("Administrative fees (行政事业性收费): amount collected this year in 10,000 yuan, from the "
                "finance office"),
             tr("The other tables and parts of the report") };
}

QJsonObject AnnualReport::toJson(const QList<Row> &rows, int year, const QString &unit)
{
    QJsonArray list;
    for (const Row &r : rows)
        list.append(QJsonObject { { QStringLiteral("type"), r.type },
                                  { QStringLiteral("issued"), r.issued },
                                  { QStringLiteral("repealed"), r.repealed },
                                  { QStringLiteral("inForce"), r.inForce } });
    return QJsonObject { { QStringLiteral("year"), year },
                         { QStringLiteral("unit"), unit },
                         { QStringLiteral("table"), QStringLiteral("二") },
                         { QStringLiteral("rows"), list },
                         { QStringLiteral("leftForOffice"), QJsonArray::fromStringList(leftForOffice()) } };
}

QString AnnualReport::toText(const QList<Row> &rows, int year, const QString &unit)
{
    QString out = tr("%1: annual report on government information disclosure %2, table 2 (information "
                     "disclosed proactively)\n")
                          .arg(unit)
                          .arg(year);
    out += tr("From the document ledger:") + QLatin1Char('\n');
    out += QStringLiteral("  %1\t%2\t%3\t%4\n")
                   .arg(tr("Type"), tr("Issued this year"), tr("Repealed this year"), tr("In force"));
    for (const Row &r : rows)
        out += QStringLiteral("  %1\t%2\t%3\t%4\n").arg(r.type).arg(r.issued).arg(r.repealed).arg(r.inForce);
    out += tr("Left for the office (not in the ledger):") + QLatin1Char('\n');
    for (const QString &line : leftForOffice())
        out += QStringLiteral("  - %1\n").arg(line);
    return out;
}

namespace {
void cell(QXmlStreamWriter &w, const QString &ref, const QVariant &value)
{
    w.writeStartElement(QStringLiteral("c"));
    w.writeAttribute(QStringLiteral("r"), ref);
    if (value.typeId() == QMetaType::Int) {
        w.writeTextElement(QStringLiteral("v"), QString::number(value.toInt()));
    } else {
        // Inline strings: a value is never read as a formula.
        w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        w.writeStartElement(QStringLiteral("is"));
        w.writeTextElement(QStringLiteral("t"), value.toString());
        w.writeEndElement();
    }
    w.writeEndElement();
}
} // namespace

QByteArray AnnualReport::toXlsx(const QList<Row> &rows, int year, const QString &unit, QString *error)
{
    QByteArray sheet;
    QXmlStreamWriter w(&sheet);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("worksheet"));
    w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    w.writeStartElement(QStringLiteral("cols"));
    SheetXml::column(w, 1, 1, QStringLiteral("30"));
    SheetXml::column(w, 2, 4, QStringLiteral("16"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("sheetData"));
    int r = 0;
    auto row = [&](const QVariantList &values) {
        ++r;
        w.writeStartElement(QStringLiteral("row"));
        w.writeAttribute(QStringLiteral("r"), QString::number(r));
        for (int c = 0; c < values.size(); ++c)
            cell(w, QString(QChar(u'A' + c)) + QString::number(r), values.at(c));
        w.writeEndElement();
    };
    row({ tr("%1 %2: table 2, information disclosed proactively").arg(unit).arg(year) });
    row({ tr("Information"), tr("Issued this year"), tr("Repealed this year"), tr("In force") });
    for (const Row &x : rows)
        row({ x.type, x.issued, x.repealed, x.inForce });
    row({ tr("Information"), tr("Decisions this year") });
    row({ tr("Administrative licensing"), QString() });
    row({ tr("Information"), tr("Decisions this year") });
    row({ tr("Administrative penalties"), QString() });
    row({ tr("Administrative coercion"), QString() });
    row({ tr("Information"), tr("Amount collected this year (10,000 yuan)") });
    row({ tr("Administrative fees"), QString() });
    row({ tr("The counts of regulations and normative documents come from the GKML document ledger; the "
             "empty cells are left for the office.") });
    w.writeEndElement(); // sheetData
    w.writeStartElement(QStringLiteral("mergeCells"));
    w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    w.writeEmptyElement(QStringLiteral("mergeCell"));
    w.writeAttribute(QStringLiteral("ref"), QStringLiteral("A1:D1"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();

    const QByteArray contentTypes
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" "
              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              "</Types>";
    const QByteArray rootRels
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray workbook
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              "<sheets><sheet name=\""
            + tr("Table 2").toHtmlEscaped().toUtf8() + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray workbookRels
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const std::optional<QByteArray> zip
            = ZipArchive::write({ { QStringLiteral("[Content_Types].xml"), contentTypes },
                                  { QStringLiteral("_rels/.rels"), rootRels },
                                  { QStringLiteral("xl/workbook.xml"), workbook },
                                  { QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels },
                                  { QStringLiteral("xl/worksheets/sheet1.xml"), sheet } },
                                QDateTime::currentDateTime(), error);
    return zip.value_or(QByteArray());
}

} // namespace gkml
