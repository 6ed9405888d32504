#pragma once

#include <QString>

namespace gkml {

// SpreadsheetML pieces that every workbook GKML writes (catalogue export, inspection report,
// annual report) shares. Writer: QXmlStreamWriter, or a writer with the same calls.
class SheetXml
{
public:
    // Printed landscape, one page wide and as many pages long as needed, with a footer.
    struct Print
    {
        int paperSize; // 8 = A3, 9 = A4
        double left, right, top, bottom, header, footer; // margins, inches
        QString footerText; // e.g. "&C&P / &N"
    };

    // One <col> giving columns first..last (1-based) the width `width` (characters).
    template<typename Writer> static void column(Writer &w, int first, int last, const QString &width)
    {
        w.writeEmptyElement(QStringLiteral("col"));
        w.writeAttribute(QStringLiteral("min"), QString::number(first));
        w.writeAttribute(QStringLiteral("max"), QString::number(last));
        w.writeAttribute(QStringLiteral("width"), width);
        w.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }

    // <pageMargins>, <pageSetup> and <headerFooter>, the last children of <worksheet>; then
    // closes the worksheet and the document.
    template<typename Writer> static void endWithPrint(Writer &w, const Print &print)
    {
        w.writeEmptyElement(QStringLiteral("pageMargins"));
        w.writeAttribute(QStringLiteral("left"), QString::number(print.left));
        w.writeAttribute(QStringLiteral("right"), QString::number(print.right));
        w.writeAttribute(QStringLiteral("top"), QString::number(print.top));
        w.writeAttribute(QStringLiteral("bottom"), QString::number(print.bottom));
        w.writeAttribute(QStringLiteral("header"), QString::number(print.header));
        w.writeAttribute(QStringLiteral("footer"), QString::number(print.footer));
        w.writeEmptyElement(QStringLiteral("pageSetup"));
        w.writeAttribute(QStringLiteral("paperSize"), QString::number(print.paperSize));
        w.writeAttribute(QStringLiteral("orientation"), QStringLiteral("landscape"));
        w.writeAttribute(QStringLiteral("fitToWidth"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("fitToHeight"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("headerFooter"));
        w.writeTextElement(QStringLiteral("oddFooter"), print.footerText);
        w.writeEndElement();
        w.writeEndElement(); // worksheet
        w.writeEndDocument();
    }
};

} // namespace gkml
