#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace gkml {

// One file of a submission package as listed in manifest.json.
struct PackageFileEntry
{
    QString path; // relative, '/'-separated, ASCII (see PackageSchemas::manifest)
    qint64 bytes = 0;
    QString sha256; // lower-case hex

    friend bool operator==(const PackageFileEntry &, const PackageFileEntry &) = default;
};

// manifest.json of a submission package (DESIGN.md "Submission package"):
// {format: "gkml-submission", formatVersion: 1, unit, standard: {id, version}, generatedAt,
//  generator, itemCount, withheldCount, files: [{path, bytes, sha256}]}
struct PackageManifest
{
    static constexpr const char *kFormat = "gkml-submission";
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kFileName = "manifest.json";

    QString unit;
    QString standardId; // empty: the catalogue follows no standard ("standard": null)
    QString standardVersion;
    QDateTime generatedAt; // UTC
    QString generator; // e.g. "GKML 0.1.0 (gkml-cli)"
    int itemCount = 0; // public items in the package
    int withheldCount = 0; // items kept out of the package (不予公开)
    QList<PackageFileEntry> files;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented UTF-8, as stored in the zip
    // Reads a manifest that already passed PackageSchemas::manifest(); nullopt if it is not one.
    static std::optional<PackageManifest> fromJson(const QJsonObject &o);

    static QString sha256Hex(const QByteArray &data);
};

} // namespace gkml
