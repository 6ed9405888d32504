#pragma once

#include "PackageManifest.h"
#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <functional>

namespace gkml {

// Builds the county-submission zip of DESIGN.md ("Submission package"): each file of it is a
// Part written by its producer (Exporter, SheetRenderer, the checker's findings — see
// PackageParts) from the PUBLIC items only: withheld (不予公开) items are removed here, before
// any producer sees them. The parts are written into a private temporary folder, read back,
// hashed into manifest.json and zipped in memory; save() then writes the zip under a temporary
// name and renames it (QSaveFile), so a failure never leaves half a package behind.
class SubmissionPackage
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionPackage)
public:
    // Writes one file of the package to `path` (a temporary file) from the public items.
    using PartWriter = std::function<bool(const QList<Item> &publicItems, const CatalogueInfo &info,
                                          const QString &path, QString *error)>;
    struct Part
    {
        QString fileName; // path inside the zip, e.g. "catalogue.csv"
        PartWriter write;
    };

    // The six files every package holds besides manifest.json, in manifest order.
    static QStringList requiredFiles();
    // <单位>-政务公开事项标准目录-<YYYYMMDD>.zip, with characters Windows forbids replaced.
    static QString defaultFileName(const CatalogueInfo &info, const QDate &date);

    SubmissionPackage(const QList<Item> &items, const CatalogueInfo &info);

    void addPart(const QString &fileName, const PartWriter &write);
    void setGenerator(const QString &generator) { m_generator = generator; }
    void setGeneratedAt(const QDateTime &time) { m_generatedAt = time; }
    // The standard the catalogue was checked against (default: the one it records).
    void setStandard(const QString &id, const QString &version)
    {
        m_info.standardId = id;
        m_info.standardVersion = version;
    }

    // Runs every producer and assembles manifest and zip in memory. False: errorString() says why.
    bool build();
    // Atomically writes the built zip to `path` (temporary name, then rename; replaces a file).
    bool save(const QString &path);

    const QList<Item> &publicItems() const { return m_public; }
    int withheldCount() const { return m_withheld; }
    const PackageManifest &manifest() const { return m_manifest; }
    const QByteArray &zipBytes() const { return m_zip; }
    QString zipSha256() const { return PackageManifest::sha256Hex(m_zip); }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QList<Item> m_public;
    int m_withheld = 0;
    CatalogueInfo m_info;
    QList<Part> m_parts;
    QString m_generator;
    QDateTime m_generatedAt;
    PackageManifest m_manifest;
    QByteArray m_zip;
    QString m_error;
};

} // namespace gkml
