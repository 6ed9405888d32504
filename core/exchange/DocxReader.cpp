#include "DocxReader.h"

#include "util/ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace gkml {

namespace {

const QLatin1String kWordNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

// One table being read: its rows, merges, and the vertical merge open in each grid column.
struct TableState
{
    TableGrid grid;
    QHash<int, qsizetype> openVertical; // grid column -> index in grid.merges
    int column = 0; // next grid column of the current row
    int row = -1;
};

} // namespace

DocxReader::Result DocxReader::readFile(const QString &path, const Limits &limits)
{
    Result result;
    const QString fileName = QFileInfo(path).fileName();
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            result.error = tr("Cannot open \"%1\": %2").arg(fileName, f.errorString());
            return result;
        }
        const QByteArray head = f.read(8);
        if (head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
            // OLE2: a Word 97-2003 .doc renamed, or a password-protected .docx (Word wraps those in OLE2).
            const QByteArray all = f.read(4 * 1024 * 1024);
            result.error = all.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 31))
                    ? tr("\"%1\" is protected by a password. Open it in Word or WPS, remove the password "
                         "(save without encryption), then import it again.")
                              .arg(fileName)
                    : tr("\"%1\" is an old Word 97-2003 document (.doc). Open it in Word or WPS and save it "
                         "as .docx, then import that file.")
                              .arg(fileName);
            return result;
        }
        if (!head.startsWith("PK")) {
            result.error
                    = tr("\"%1\" is not a Word document (.docx): it is damaged or a file of another kind.")
                              .arg(fileName);
            return result;
        }
    }
    QString zipError;
    bool missing = false;
    bool tooLarge = false;
    const std::optional<QByteArray> xml
            = ZipArchive::readEntry(path, QStringLiteral("word/document.xml"), limits.maxDocumentBytes,
                                    &zipError, &missing, &tooLarge);
    if (!xml) {
        if (tooLarge)
            result.error = tr("\"%1\" is too large to read safely: its text unpacks to more than %2 MB "
                              "(a damaged or hostile file, a \"zip bomb\").")
                                   .arg(fileName)
                                   .arg(limits.maxDocumentBytes >> 20);
        else if (missing)
            result.error = tr("\"%1\" is a zip file but not a Word document (it has no document part).")
                                   .arg(fileName);
        else
            result.error
                    = tr("\"%1\" is damaged or incomplete: it cannot be opened as a Word document (.docx).")
                              .arg(fileName);
        return result;
    }

    QXmlStreamReader xmlReader(*xml);
    QList<TableState> tables; // the stack: more than one entry means a nested table
    QStringList paragraphsBefore; // body paragraphs since the previous table
    QString paragraph; // text of the paragraph being read
    QStringList cellParagraphs;
    bool inParagraph = false;
    bool inText = false;
    int tableCount = 0;
    qint64 cells = 0;
    qint64 textChars = 0;
    const auto tooManyCells = [&] {
        result.error = tr("\"%1\" holds more than %2 table cells; GKML reads at most that many.")
                               .arg(fileName)
                               .arg(limits.maxCells);
    };

    while (!xmlReader.atEnd()) {
        const QXmlStreamReader::TokenType token = xmlReader.readNext();
        if (token == QXmlStreamReader::Characters) {
            if (inText) {
                paragraph += xmlReader.text();
                textChars += xmlReader.text().size();
                if (textChars > limits.maxTextChars) {
                    result.error = tr("\"%1\" holds more text than GKML reads safely.").arg(fileName);
                    return result;
                }
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement && token != QXmlStreamReader::EndElement)
            continue;
        if (xmlReader.namespaceUri() != kWordNs)
            continue;
        const QStringView name = xmlReader.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"t") {
                inText = true;
            } else if (name == u"p") {
                inParagraph = true;
                paragraph.clear();
            } else if (name == u"br" || name == u"cr") {
                if (inParagraph)
                    paragraph += QLatin1Char('\n');
            } else if (name == u"tab") {
                if (inParagraph)
                    paragraph += QLatin1Char(' ');
            } else if (name == u"tbl") {
                if (!tables.isEmpty()) {
                    const TableState &outer = tables.last();
                    result.error
                            = tr("Table %1 of \"%2\" has a table inside one of its cells (row %3). GKML "
                                 "reads plain tables only: move the inner table out of the cell, or merge "
                                 "cells instead, then import again.")
                                      .arg(tableCount)
                                      .arg(fileName)
                                      .arg(outer.row + 1);
                    return result;
                }
                ++tableCount;
                TableState t;
                t.grid.name = tr("Table %1").arg(tableCount);
                // The title paragraphs above the table: at most the last four non-empty ones.
                const QStringList titles
                        = paragraphsBefore.mid(qMax<qsizetype>(0, paragraphsBefore.size() - 4));
                for (const QString &title : titles) {
                    t.grid.rows << QStringList { title };
                    if (title.contains(QStringLiteral("目录")))
                        t.grid.name = title;
                }
                paragraphsBefore.clear();
                tables << t;
            } else if (!tables.isEmpty()) {
                TableState &t = tables.last();
                if (name == u"tr") {
                    t.grid.rows << QStringList();
                    t.row = int(t.grid.rows.size() - 1);
                    t.column = 0;
                } else if (name == u"gridBefore" && t.row >= 0) {
                    const int before = qBound(
                            0, xmlReader.attributes().value(kWordNs, QLatin1String("val")).toInt(), 1000);
                    t.column += before;
                    cells += before; // blank slots cost memory like cells
                    if (cells > limits.maxCells) {
                        tooManyCells();
                        return result;
                    }
                } else if (name == u"tc") {
                    cellParagraphs.clear();
                } else if (name == u"gridSpan" && t.row >= 0) {
                    // Stored on the cell being read: applied at </w:tc>.
                    t.grid.merges << TableGrid::Merge {
                        t.row, t.column, 1,
                        qBound(1, xmlReader.attributes().value(kWordNs, QLatin1String("val")).toInt(), 1000)
                    };
                    t.grid.merges.last().rowSpan = -1; // marker: not yet settled
                } else if (name == u"vMerge" && t.row >= 0) {
                    const QStringView val = xmlReader.attributes().value(kWordNs, QLatin1String("val"));
                    // Marker merge with rowSpan -2 (restart) or -3 (continue), settled at </w:tc>.
                    t.grid.merges << TableGrid::Merge { t.row, t.column, val == u"restart" ? -2 : -3, 1 };
                }
            }
            continue;
        }
        // EndElement
        if (name == u"t") {
            inText = false;
        } else if (name == u"p") {
            inParagraph = false;
            if (!tables.isEmpty())
                cellParagraphs << paragraph;
            else if (!paragraph.trimmed().isEmpty())
                paragraphsBefore << paragraph.trimmed();
            paragraph.clear();
        } else if (name == u"tbl" && !tables.isEmpty()) {
            TableState t = tables.takeLast();
            // A span element outside a cell (damaged or odd XML) leaves a marker no </w:tc> settled.
            t.grid.merges.removeIf([](const TableGrid::Merge &m) { return m.rowSpan < 1; });
            result.grids << t.grid;
        } else if (!tables.isEmpty() && name == u"tc") {
            TableState &t = tables.last();
            if (t.row < 0)
                continue;
            // Settle the span markers of this cell.
            int span = 1;
            int vertical = 0; // 0 none, 1 restart, 2 continue
            while (!t.grid.merges.isEmpty() && t.grid.merges.last().rowSpan < 0
                   && t.grid.merges.last().row == t.row && t.grid.merges.last().column == t.column) {
                const TableGrid::Merge m = t.grid.merges.takeLast();
                if (m.rowSpan == -1)
                    span = m.columnSpan;
                else
                    vertical = m.rowSpan == -2 ? 1 : 2;
            }
            cells += span;
            if (cells > limits.maxCells) {
                tooManyCells();
                return result;
            }
            QStringList &line = t.grid.rows[t.row];
            while (cellParagraphs.size() > 1 && cellParagraphs.last().isEmpty())
                cellParagraphs.removeLast();
            const QString text = vertical == 2 ? QString() : cellParagraphs.join(QLatin1Char('\n')).trimmed();
            if (line.size() < t.column)
                line.resize(t.column);
            line << text;
            if (span > 1)
                line.resize(t.column + span);
            if (vertical == 2) {
                const auto open = t.openVertical.constFind(t.column);
                if (open != t.openVertical.constEnd()
                    && t.grid.merges[*open].row + t.grid.merges[*open].rowSpan == t.row)
                    ++t.grid.merges[*open].rowSpan;
                else
                    vertical = 1; // a continue without a start: treat as a start
            }
            if (vertical == 1) {
                t.openVertical.insert(t.column, t.grid.merges.size());
                t.grid.merges << TableGrid::Merge { t.row, t.column, 1, span };
            } else if (vertical == 0) {
                t.openVertical.remove(t.column);
                if (span > 1)
                    t.grid.merges << TableGrid::Merge { t.row, t.column, 1, span };
            }
            t.column += span;
            cellParagraphs.clear();
        }
    }
    if (xmlReader.hasError()) {
        result.error = tr("\"%1\" is damaged: its text is not valid XML (%2, line %3).")
                               .arg(fileName, xmlReader.errorString())
                               .arg(xmlReader.lineNumber());
        return result;
    }
    if (result.grids.isEmpty())
        result.error = tr("\"%1\" holds no table. GKML reads the catalogue from a table in the document.")
                               .arg(fileName);
    // Merges of span 1 x 1 (a restart that nothing continued) carry no information.
    for (TableGrid &g : result.grids)
        g.merges.removeIf([](const TableGrid::Merge &m) { return m.rowSpan == 1 && m.columnSpan == 1; });
    return result;
}

} // namespace gkml
