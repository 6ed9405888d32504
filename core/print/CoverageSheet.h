#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include "check/StagesCoverage.h"
#include "print/SheetOptions.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace gkml {

// The 五公开 coverage sheet (五公开覆盖情况表): a summary per domain (items, how many serve each of
// 决策、执行、管理、服务、结果, items marked for none, stages no item serves), then per domain the
// items with a tick under each stage they serve. Withheld items are left out. Uses the paper,
// orientation and date of SheetOptions. Needs a QGuiApplication.
class CoverageSheet
{
    Q_DECLARE_TR_FUNCTIONS(CoverageSheet)
public:
    CoverageSheet(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options);

    bool render(QPagedPaintDevice *device, QString *error = nullptr);
    // Written atomically: on failure `path` is left untouched.
    bool writePdf(const QString &path, QString *error);
    int pageCount() const { return m_pages; }
    int itemCount() const { return static_cast<int>(m_items.size()); }
    // A domain's row of the summary: name, items, items per stage, items marked for none, stages
    // no item serves. The inspection report's 五公开 table has the same rows.
    static QStringList summaryRow(const StagesCoverage::Domain &domain);

private:
    QList<Item> m_items; // public items only
    CatalogueInfo m_info;
    SheetOptions m_options;
    int m_pages = 0;
};

} // namespace gkml
