#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <optional>

namespace gkml {

class SubmissionPackage;

// Wires the package to the producers of the other areas: Exporter (xlsx, csv, json, html),
// SheetRenderer::writePdf (pdf) and the Checker (validation.json). No content is produced here.
class PackageParts
{
    Q_DECLARE_TR_FUNCTIONS(PackageParts)
public:
    // Runs the Checker with the catalogue's standard on every item (withheld ones included, so
    // a withheld standard item is not reported missing). nullopt: the check could not run.
    static std::optional<QJsonArray> check(const QList<Item> &items, const CatalogueInfo &info,
                                           QString *error);
    static int errorCount(const QJsonArray &findings);
    // Findings that may be published: none about a withheld item, by id or by its name.
    static QJsonArray publicFindings(const QJsonArray &findings, const QList<Item> &items);
    // Adds the six files of DESIGN.md to `package`; validation.json holds `publicFindings`.
    static void addStandardParts(SubmissionPackage &package, const QJsonArray &publicFindings);
};

} // namespace gkml
