#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace gkml {

class CatalogueFile;
class WorkCalendar;

// The 佐证材料 pack for the assessors (gkml-cli evidence): catalogue.pdf (the public items, county
// layout), publication-log.csv (every record of every public item), the evidence files under
// evidence/, the inspection report as of a date (inspection.json, inspection.txt, inspection.xlsx), and
// manifest.json {format: "gkml-evidence", formatVersion: 1, unit, asOf, generatedAt, generator,
// itemCount, recordCount, evidenceCount, files: [{path, bytes, sha256}]}. Withheld items, their
// records and their evidence are never included. verify() checks a pack like the submission
// package's verifier: the manifest, every file's size and sha256, missing and extra files.
class EvidencePack
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePack)
public:
    static constexpr const char *kFormat = "gkml-evidence";
    static constexpr int kFormatVersion = 1;

    // The zip's bytes; nullopt with *error. Needs a QGuiApplication (the PDF).
    static std::optional<QByteArray> build(CatalogueFile &file, const WorkCalendar &calendar,
                                           const QDate &asOf, QString *error);
    // Problems found (empty: sound). *unreadable set when the bytes are not a readable zip.
    static QStringList verify(const QByteArray &zip, bool *unreadable);
};

} // namespace gkml
