#include "PackageFlow.h"

#include "catalogue/CatalogueFile.h"
#include "package/PackageJob.h"
#include "package/SubmissionPackage.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace gkml {

PackageFlow::Outcome PackageFlow::run(CatalogueFile &file, QWidget *parent)
{
    Outcome out;
    const QString suggestion = QFileInfo(file.path()).absolutePath() + QLatin1Char('/')
            + SubmissionPackage::defaultFileName(file.info(), QDate::currentDate());
    const QString path = QFileDialog::getSaveFileName(parent, tr("Submission Package"), suggestion,
                                                      tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return out;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PackageJob::Result r
            = PackageJob::run(file, path, QStringLiteral("GKML %1 (gkml)").arg(QStringLiteral(GKML_VERSION)));
    QApplication::restoreOverrideCursor();
    switch (r.status) {
    case PackageJob::Status::Refused:
        out.findings = r.findings;
        out.message = r.error + QLatin1Char('\n')
                + tr("Fix the errors listed under Findings (F8 goes to the next one).");
        return out;
    case PackageJob::Status::Failed: out.message = r.error; return out;
    case PackageJob::Status::Done: break;
    }
    out.made = true;
    out.message = tr("Package written: %1 (%n public item(s))", nullptr, r.manifest.itemCount)
                          .arg(QDir::toNativeSeparators(r.path));
    return out;
}

} // namespace gkml
