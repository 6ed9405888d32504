#include "InspectionPdf.h"

#include "InspectionReport.h"
#include "print/TableSheet.h"

#include <QGuiApplication>

namespace gkml {

bool InspectionPdf::write(const InspectionReport &report, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("the PDF needs the graphical part of Qt (QGuiApplication)");
        return false;
    }
    QString subtitle;
    if (!report.sampledDomains().isEmpty())
        subtitle = tr("Sampled domains: %1").arg(report.sampledDomains().join(QStringLiteral("、")));
    SheetOptions options;
    options.paper = SheetOptions::Paper::A4;
    options.orientation = SheetOptions::Orientation::Landscape;
    options.date = report.asOf();
    TableSheet sheet(
            tr("Self-inspection of %1 as of %2").arg(report.unit(), report.asOf().toString(Qt::ISODate)),
            subtitle, options);
    const QList<qreal> countWeights = { 3, 1, 1, 1, 1, 1, 1 };
    const QList<bool> countCentred = { false, true, true, true, true, true, true };
    sheet.addTable({ tr("By office"), countWeights, countCentred,
                     report.countTable(report.departments(), tr("Office")) });
    sheet.addTable({ tr("By domain"), countWeights, countCentred,
                     report.countTable(report.domains(), tr("Domain")) });
    sheet.addTable({ tr("五公开 coverage"),
                     { 3, 1, 1, 1, 1, 1, 1, 1.4, 3 },
                     { false, true, true, true, true, true, true, true, false },
                     report.stagesTable() });
    sheet.addTable({ tr("Problems"),
                     { 0.6, 4.9, 1.3, 3.9, 2.6, 1.2 },
                     { true, false, true, false, true, false },
                     report.problemTable() });
    if (report.calendarWarning())
        sheet.addNote(
                tr("Some due dates fall in a year without holiday data and were counted Monday to Friday."));
    return sheet.writePdf(path, error);
}

} // namespace gkml
