#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gkml {

class InspectionReport;

// The self-inspection report as an .xlsx workbook in the county style: a sheet 问题清单 (序号,
// 问题明细, 责任股室, 整改要求, 整改期限 in working days, 整改结果), then the counts per 股室 and per
// domain and the 五公开 coverage, each on its own sheet with a merged title and a bordered,
// repeated header, A4 landscape. Written like the other workbooks of GKML (AnnualReport,
// exchange's XlsxWriter): hand-written SpreadsheetML packed by ZipArchive; every text is an
// inline string, so no cell is ever read as a formula.
class InspectionXlsx
{
    Q_DECLARE_TR_FUNCTIONS(InspectionXlsx)
public:
    // The workbook's bytes; empty with *error set on failure.
    static QByteArray toXlsx(const InspectionReport &report, QString *error);
    // Written atomically: on failure `path` is untouched.
    static bool write(const InspectionReport &report, const QString &path, QString *error);
};

} // namespace gkml
