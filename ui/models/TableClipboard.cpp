#include "TableClipboard.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace gkml {

QString TableClipboard::toTsv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString c : row) {
            if (c.contains(QLatin1Char('\t')) || c.contains(QLatin1Char('\n'))
                || c.contains(QLatin1Char('"'))) {
                c.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                c = QLatin1Char('"') + c + QLatin1Char('"');
            }
            cells << c;
        }
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QString TableClipboard::toHtml(const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &c : row) {
            QString cell = c.toHtmlEscaped();
            cell.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            out += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

QMimeData *TableClipboard::toMimeData(const QList<QStringList> &rows)
{
    auto *mime = new QMimeData;
    mime->setText(toTsv(rows));
    mime->setHtml(toHtml(rows));
    return mime;
}

QList<QStringList> TableClipboard::parseTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (ch == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += ch;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QList<QStringList> TableClipboard::parseHtml(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    QList<QStringList> rows;
    // The first table in the document (Excel and WPS put exactly one).
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            QStringList row;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QTextCursor cur = cell.firstCursorPosition();
                cur.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                QString text = cur.selectedText();
                text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
                text.replace(QChar::LineSeparator, QLatin1Char('\n'));
                text.replace(QChar::Nbsp, QLatin1Char(' '));
                row << text.trimmed();
            }
            rows << row;
        }
        break;
    }
    return rows;
}

QList<QStringList> TableClipboard::fromMimeData(const QMimeData *mime)
{
    if (!mime)
        return {};
    if (mime->hasHtml()) {
        const QList<QStringList> rows = parseHtml(mime->html());
        if (!rows.isEmpty())
            return rows;
    }
    if (mime->hasText())
        return parseTsv(mime->text());
    return {};
}

} // namespace gkml
