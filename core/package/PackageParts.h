#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include "check/Finding.h"

#include <QCoreApplication>
#include <QStringList>

namespace gkml {

class Standard;
class SubmissionPackage;

// Wires the package to the producers of the other areas: Exporter (xlsx, csv, json, html),
// SheetRenderer::writePdf (pdf) and the Checker's FindingReport (validation.json). No content
// is produced here.
class PackageParts
{
    Q_DECLARE_TR_FUNCTIONS(PackageParts)
public:
    // The standard to check against, chosen as `gkml-cli validate` does: the one recorded in
    // the catalogue (exact version, else the installed version of that id), or for a catalogue
    // that names none the standard covering its domains (may be null: form checks only).
    // Returns false with *error when the recorded standard is not installed.
    static bool resolveStandard(const CatalogueInfo &info, const QStringList &domains,
                                const Standard **standard, QString *error);
    // Findings that may be published: none about a withheld item, by id or by its name.
    static QList<Finding> publicFindings(const QList<Finding> &findings, const QList<Item> &items);
    // Adds the six files of DESIGN.md to `package`; validation.json holds `publicFindings`.
    static void addStandardParts(SubmissionPackage &package, const QList<Finding> &publicFindings,
                                 const Standard *standard);
};

} // namespace gkml
