#include "PackageJob.h"

#include "PackageParts.h"
#include "SubmissionPackage.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"
#include "catalogue/TownshipStore.h"
#include "check/Checker.h"
#include "check/FindingReport.h"
#include "standard/Standard.h"
#include "township/TownshipCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace gkml {

namespace {

// What every package carries besides its items: who made it and when, the standard it was
// checked against and the findings it publishes.
void addParts(SubmissionPackage &package, const QString &generator, const QDateTime &now,
              const Standard *standard, const QList<Finding> &published, PackageJob::Result &r)
{
    package.setGenerator(generator);
    package.setGeneratedAt(now);
    if (standard)
        package.setStandard(standard->id(), standard->version());
    r.publishedFindings = static_cast<int>(published.size());
    PackageParts::addStandardParts(package, published, standard);
}

void setDone(PackageJob::Result &r, const SubmissionPackage &package)
{
    r.status = PackageJob::Status::Done;
    r.manifest = package.manifest();
    r.sha256 = package.zipSha256();
}

} // namespace

QString PackageJob::resolveOutput(const QString &output, const QString &defaultName)
{
    const bool isFolder = output.isEmpty() || QFileInfo(output).isDir() || output.endsWith(QLatin1Char('/'))
            || output.endsWith(QLatin1Char('\\'));
    if (!isFolder)
        return output;
    const QDir dir(output.isEmpty() ? QDir::currentPath() : output);
    QString path = dir.filePath(defaultName);
    // A second package on the same day must not silently replace the first (it is an edition).
    const QString stem = defaultName.chopped(4); // ".zip"
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.zip").arg(stem).arg(n));
    return path;
}

bool PackageJob::checkItems(CatalogueFile &file, Result &r, const Standard **standard)
{
    bool read = false;
    r.items = file.items(&read);
    if (!read) { // a package of part of the catalogue would pass for the whole
        r.error = file.errorString();
        return false;
    }
    QString why;
    if (!PackageParts::resolveStandard(file.info(), file.domains(), standard, &why)) {
        r.error = why;
        return false;
    }
    r.findings = Checker(*standard).check(r.items); // all items: a withheld standard item is not "missing"
    r.errorCount = FindingReport::summarize(r.findings).errors;
    if (r.errorCount > 0) {
        r.status = Status::Refused;
        r.error = tr("The package was not made: the catalogue has %n error(s). Correct them and try again.",
                     nullptr, r.errorCount);
        return false;
    }
    return true;
}

bool PackageJob::precheck(CatalogueFile &file, Result &r, const Standard **standard)
{
    if (file.isReadOnly()) {
        // Every package is recorded as an edition, which needs write access to the catalogue.
        r.error = tr("The catalogue is open read-only, so the package cannot be recorded as an edition: %1")
                          .arg(file.readOnlyReason());
        return false;
    }
    if (!checkItems(file, r, standard))
        return false;
    if (std::none_of(r.items.cbegin(), r.items.cend(), [](const Item &i) { return !i.withheld; })) {
        r.status = Status::Refused;
        r.error = tr("The package was not made: the catalogue has no public item.");
        return false;
    }
    return true;
}

PackageJob::Result PackageJob::check(CatalogueFile &file)
{
    Result r;
    const Standard *standard = nullptr;
    if (precheck(file, r, &standard))
        r.status = Status::Done;
    return r;
}

PackageJob::Result PackageJob::run(CatalogueFile &file, const QString &output, const QString &generator)
{
    Result r;
    const Standard *standard = nullptr;
    if (!precheck(file, r, &standard))
        return r;
    const QList<Item> items = r.items;
    const CatalogueInfo info = file.info();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.path = resolveOutput(output, SubmissionPackage::defaultFileName(info, now.toLocalTime().date()));

    SubmissionPackage package(items, info);
    addParts(package, generator, now, standard, PackageParts::publicFindings(r.findings, items), r);
    if (!package.build()) {
        r.error = package.errorString();
        return r;
    }

    Edition edition;
    edition.created = now;
    edition.user = file.userName();
    edition.itemCount = static_cast<int>(package.publicItems().size());
    edition.withheldCount = package.withheldCount();
    edition.sha256 = package.zipSha256();
    edition.fileName = QFileInfo(r.path).fileName();
    edition.items = items;
    EditionStore store(file);
    bool saved = false;
    r.editionId = store.record(edition, [&](QString *error) {
        saved = package.save(r.path);
        if (!saved)
            *error = package.errorString();
        return saved;
    });
    if (r.editionId == 0) {
        if (saved)
            QFile::remove(r.path); // the edition could not be recorded: no package without its edition
        r.error = store.errorString();
        return r;
    }
    setDone(r, package);
    return r;
}

PackageJob::Result PackageJob::runTownship(CatalogueFile &file, const Township &township,
                                           const QString &output, const QString &generator)
{
    Result r;
    const CatalogueInfo county = file.info();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool isFolder = output.isEmpty() || QFileInfo(output).isDir();
    r.path = isFolder ? QDir(output.isEmpty() ? QDir::currentPath() : output)
                                .filePath(township.name + QStringLiteral(".zip"))
                      : output;

    const Standard *standard = nullptr;
    if (!checkItems(file, r, &standard))
        return r;
    const TownshipCatalogue catalogue(township, TownshipCatalogue::levelVocabularyFor(file));
    // From the items checkItems() read: the file is not read a second time.
    const TownshipCatalogue::View view
            = catalogue.derive(r.items, TownshipStore(file).additions(township.id));
    SubmissionPackage package(view.items, catalogue.info(county));
    if (package.publicItems().isEmpty()) {
        r.status = Status::Refused;
        r.error = tr("The package for %1 was not made: no public item is for the township level (乡级).")
                          .arg(township.name);
        return r;
    }
    // validation.json: the county findings about the items on this township's boards only.
    QSet<qint64> derived;
    for (int i = 0; i < view.derivedCount; ++i)
        derived.insert(view.items.at(i).id);
    QList<Finding> published;
    for (const Finding &f : PackageParts::publicFindings(r.findings, r.items)) {
        if (f.item != 0 && derived.contains(f.item))
            published.append(f);
    }
    addParts(package, generator, now, standard, published, r);
    if (!package.build() || !package.save(r.path)) {
        r.error = package.errorString();
        return r;
    }
    setDone(r, package);
    return r;
}

} // namespace gkml
