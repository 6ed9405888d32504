#pragma once

#include "PackageManifest.h"
#include "catalogue/Item.h"
#include "catalogue/Township.h"
#include "check/Finding.h"
#include <QCoreApplication>

#include <QString>

namespace gkml {

class CatalogueFile;
class Standard;

// Makes a submission package from an open catalogue — the one code path of `gkml-cli package`
// and the GUI: check (refused while errors remain), build every file through its producer,
// save the zip atomically and record the edition in the catalogue, all or nothing.
class PackageJob
{
    Q_DECLARE_TR_FUNCTIONS(PackageJob)
public:
    enum class Status {
        Done,
        Refused, // the catalogue has errors (or nothing public): exit 1, no file written
        Failed // could not be made (unknown standard, read-only catalogue, disk ...): exit 2
    };
    struct Result
    {
        Status status = Status::Failed;
        QString error; // Refused/Failed: one sentence for the clerk
        // The checker's findings (all of them, withheld items included: this is for the clerk's
        // screen, never for the package) and the items they were found in.
        QList<Finding> findings;
        QList<Item> items;
        int errorCount = 0;
        int publishedFindings = 0; // Done: findings in validation.json (warnings and notes)
        QString path; // Done: the zip written
        PackageManifest manifest;
        QString sha256; // of the zip
        qint64 editionId = 0;
    };

    // `output`: a .zip path, or a folder (the default file name is used there; an existing
    // package of the same day is not overwritten: "-2", "-3" ... is appended).
    static Result run(CatalogueFile &file, const QString &output, const QString &generator);
    // A township's package (DESIGN.md "Townships"): the same six files made from the township's
    // derived catalogue, refused while the county catalogue has errors. Not an edition of the
    // county catalogue, so nothing is recorded and a read-only catalogue will do. The default
    // name in a folder is <township>.zip.
    static Result runTownship(CatalogueFile &file, const Township &township, const QString &output,
                              const QString &generator);
    // What run() checks before it writes anything (read-only file, standard, errors, no public
    // item), so that the GUI can say it will refuse before asking where to save. Status::Done:
    // run() would go ahead.
    static Result check(CatalogueFile &file);
    // The zip path `output` stands for (see run()).
    static QString resolveOutput(const QString &output, const QString &defaultName);

private:
    static bool precheck(CatalogueFile &file, Result &r, const Standard **standard);
    // The standard the catalogue names and the findings of all its items (into r); false
    // (r.error) when the standard cannot be found or an error is found.
    static bool checkItems(CatalogueFile &file, Result &r, const Standard **standard);
};

} // namespace gkml
