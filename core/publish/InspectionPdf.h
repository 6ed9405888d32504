#pragma once

#include <QCoreApplication>
#include <QString>

namespace gkml {

class InspectionReport;

// The self-inspection report as a PDF (A4 landscape): title, counts per 股室 and per domain, the
// 五公开 coverage and the 问题清单 (序号, 问题明细, 责任股室, 整改要求, 整改期限, 整改结果). Printed by
// core/print's TableSheet (the catalogue sheets' way: QTextLayout per cell, no QTextDocument).
// Needs a QGuiApplication. Written atomically: on failure `path` is untouched.
class InspectionPdf
{
    Q_DECLARE_TR_FUNCTIONS(InspectionPdf)
public:
    static bool write(const InspectionReport &report, const QString &path, QString *error);
};

} // namespace gkml
