#include "InspectionPdf.h"

#include "InspectionReport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace gkml {

namespace {
QString table(const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
    for (int r = 0; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : rows.at(r))
            html += (r == 0 ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>"))
                            .arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}
} // namespace

bool InspectionPdf::write(const InspectionReport &report, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("the PDF needs the graphical part of Qt (QGuiApplication)");
        return false;
    }
    QString html = QStringLiteral("<h2 align='center'>%1</h2>")
                           .arg(tr("Self-inspection of %1 as of %2")
                                        .arg(report.unit(), report.asOf().toString(Qt::ISODate))
                                        .toHtmlEscaped());
    if (!report.sampledDomains().isEmpty())
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Sampled domains: %1")
                                     .arg(report.sampledDomains().join(QStringLiteral("、")))
                                     .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("By office").toHtmlEscaped());
    html += table(report.countTable(report.departments(), tr("Office")));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("By domain").toHtmlEscaped());
    html += table(report.countTable(report.domains(), tr("Domain")));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Problems").toHtmlEscaped());
    html += table(report.problemTable());
    if (report.calendarWarning())
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Some due dates fall in a year without holiday data and were counted Monday "
                                "to Friday.")
                                     .toHtmlEscaped());

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(tr("Self-inspection"));
        writer.setCreator(QStringLiteral("GKML"));
        QTextDocument doc;
        doc.setDefaultStyleSheet(QStringLiteral("th { background: #eeeeee; } h2, h3 { margin: 6px; }"));
        QFont font = doc.defaultFont();
        font.setPointSizeF(9);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        doc.print(&writer);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("%1 cannot be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace gkml
