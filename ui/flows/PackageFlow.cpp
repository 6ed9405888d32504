#include "PackageFlow.h"

#include "catalogue/CatalogueFile.h"
#include "dialogs/PackageDoneDialog.h"
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
    auto refused = [&out](const PackageJob::Result &r) {
        switch (r.status) {
        case PackageJob::Status::Refused:
            out.findings = r.findings;
            out.message = r.error + QLatin1Char('\n')
                    + tr("Fix the errors listed under Findings (F8 goes to the next one).");
            return true;
        case PackageJob::Status::Failed: out.message = r.error; return true;
        case PackageJob::Status::Done: break;
        }
        return false;
    };
    // Check first: say that it will refuse before asking where to save.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PackageJob::Result check = PackageJob::check(file);
    QApplication::restoreOverrideCursor();
    if (refused(check))
        return out;
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
    if (refused(r))
        return out;
    out.made = true;
    out.message = tr("Package written: %1 (%n public item(s))", nullptr, r.manifest.itemCount)
                          .arg(QDir::toNativeSeparators(r.path));
    PackageDoneDialog done(r.path, r.manifest.itemCount, parent); // the path, and 打开所在文件夹
    done.exec();
    return out;
}

} // namespace gkml
