#include "HtmlWriter.h"

#include "TemplateLayout.h"

namespace gkml {

QString HtmlWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    QChar previous;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '\r': break;
        case '\n': out += QLatin1String("<br>"); break;
        case '\t': out += QLatin1String("&#9;"); break;
        case ' ':
            // A browser collapses runs of spaces and drops them at line starts; &nbsp; keeps them.
            if (previous == QLatin1Char(' ') || previous == QLatin1Char('\n') || previous.isNull())
                out += QLatin1String("&nbsp;");
            else
                out += c;
            break;
        default: out += c;
        }
        previous = c;
    }
    return out;
}

QByteArray HtmlWriter::write(const QList<Item> &items, const CatalogueInfo &info,
                             const ExportOptions &options)
{
    using Column = TemplateLayout::Column;
    const QList<TemplateLayout::Section> sections = TemplateLayout::sections(items, info, options);
    QString h;
    h.reserve(4096 + items.size() * 1200);
    const QString docTitle = escape(info.unit + QStringLiteral("基层政务公开标准目录"));
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            + docTitle + QStringLiteral("</title>\n");
    // mso-number-format keeps Excel from reading a cell as a number or formula if the page is
    // opened there; portal editors ignore it.
    h += QStringLiteral("<style>\n"
                        "table{border-collapse:collapse;font-size:14px;margin-bottom:24px}\n"
                        "th,td{border:1px solid #000;padding:4px 6px;vertical-align:middle}\n"
                        "th{background:#eee;text-align:center}\n"
                        "td{mso-number-format:\"\\@\"}\n"
                        "td.c{text-align:center}\n"
                        "h2{text-align:center}\n"
                        "</style>\n</head>\n<body>\n");
    for (const TemplateLayout::Section &s : sections) {
        const QList<Column> &cols = s.columns;
        h += QStringLiteral("<h2>") + escape(s.title) + QStringLiteral("</h2>\n");
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead>\n<tr>");
        for (int c = 0; c < cols.size();) {
            if (cols.at(c).group.isEmpty()) {
                h += QStringLiteral("<th rowspan=\"2\">") + escape(cols.at(c).label)
                        + QStringLiteral("</th>");
                ++c;
                continue;
            }
            int end = c;
            while (end + 1 < cols.size() && cols.at(end + 1).group == cols.at(c).group)
                ++end;
            h += QStringLiteral("<th colspan=\"%1\">").arg(end - c + 1) + escape(cols.at(c).group)
                    + QStringLiteral("</th>");
            c = end + 1;
        }
        h += QStringLiteral("</tr>\n<tr>");
        for (const Column &c : cols) {
            if (!c.group.isEmpty())
                h += QStringLiteral("<th>") + escape(c.label) + QStringLiteral("</th>");
        }
        h += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
        for (int i = 0; i < s.items.size(); ++i) {
            const Item &item = s.items.at(i);
            h += QStringLiteral("<tr>");
            for (const Column &c : cols) {
                if (TemplateLayout::continuesMerge(s, i, c))
                    continue;
                int span = 1;
                while (TemplateLayout::continuesMerge(s, i + span, c))
                    ++span;
                const bool centered = c.kind == Column::Kind::Sequence || c.kind == Column::Kind::Tick
                        || c.field == Field::Level1 || c.field == Field::Level2;
                h += QStringLiteral("<td");
                if (span > 1)
                    h += QStringLiteral(" rowspan=\"%1\"").arg(span);
                if (centered)
                    h += QStringLiteral(" class=\"c\"");
                h += QLatin1Char('>') + escape(TemplateLayout::cellText(item, c)) + QStringLiteral("</td>");
            }
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</tbody>\n</table>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace gkml
