#include "PackageVerifier.h"

#include "JsonSchema.h"
#include "PackageSchemas.h"
#include "SubmissionPackage.h"
#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace gkml {

namespace {

// Parses one json entry and checks it against `schema`; problems are prefixed with the name.
std::optional<QJsonObject> checkJson(const QString &name, const QByteArray &data, const QJsonObject &schema,
                                     QStringList *problems)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        problems->append(PackageVerifier::tr("%1 is not valid JSON (%2).")
                                 .arg(name,
                                      err.error != QJsonParseError::NoError
                                              ? err.errorString()
                                              : PackageVerifier::tr("not an object")));
        return std::nullopt;
    }
    const QStringList issues = JsonSchema(schema).validate(doc.object());
    for (const QString &i : issues)
        problems->append(QStringLiteral("%1: %2").arg(name, i));
    return doc.object();
}

PackageVerifier::Result verifyEntries(const QList<ZipEntry> &entries)
{
    PackageVerifier::Result r;
    r.status = PackageVerifier::Status::Ok;
    QStringList &problems = r.problems;

    QHash<QString, QByteArray> content;
    for (const ZipEntry &e : entries) {
        if (!ZipArchive::isSafePath(e.name))
            problems.append(
                    PackageVerifier::tr(
                            "The zip holds the unsafe path \"%1\" (absolute, \"..\" or a drive letter).")
                            .arg(e.name));
        if (content.contains(e.name))
            problems.append(PackageVerifier::tr("The zip holds \"%1\" twice.").arg(e.name));
        content.insert(e.name, e.data);
    }

    const QString manifestName = QString::fromLatin1(PackageManifest::kFileName);
    if (!content.contains(manifestName)) {
        problems.append(
                PackageVerifier::tr("manifest.json is missing: this is not a GKML submission package."));
    } else if (auto m = checkJson(manifestName, content.value(manifestName), PackageSchemas::manifest(),
                                  &problems)) {
        r.manifest = PackageManifest::fromJson(*m);
    }

    if (r.manifest) {
        const PackageManifest &m = *r.manifest;
        QSet<QString> listed;
        for (const PackageFileEntry &f : m.files) {
            if (listed.contains(f.path))
                problems.append(PackageVerifier::tr("manifest.json lists %1 twice.").arg(f.path));
            listed.insert(f.path);
            if (!ZipArchive::isSafePath(f.path))
                continue; // reported by the schema
            if (!content.contains(f.path)) {
                problems.append(PackageVerifier::tr("%1 is listed in manifest.json but missing from the zip.")
                                        .arg(f.path));
                continue;
            }
            const QByteArray data = content.value(f.path);
            if (data.size() != f.bytes)
                problems.append(
                        PackageVerifier::tr("%1 has %2 bytes, manifest.json says %3: the file was changed.")
                                .arg(f.path)
                                .arg(data.size())
                                .arg(f.bytes));
            else if (PackageManifest::sha256Hex(data) != f.sha256)
                problems.append(
                        PackageVerifier::tr(
                                "%1 does not match its checksum in manifest.json: the file was changed.")
                                .arg(f.path));
        }
        for (const ZipEntry &e : entries) {
            if (e.name != manifestName && !listed.contains(e.name))
                problems.append(
                        PackageVerifier::tr("%1 is in the zip but not in manifest.json.").arg(e.name));
        }
        for (const QString &need : SubmissionPackage::requiredFiles()) {
            if (!listed.contains(need))
                problems.append(PackageVerifier::tr("%1 is missing from the package.").arg(need));
        }

        const QString catalogueName = QStringLiteral("catalogue.json");
        if (listed.contains(catalogueName) && content.contains(catalogueName)) {
            if (auto c = checkJson(catalogueName, content.value(catalogueName), PackageSchemas::catalogue(),
                                   &problems)) {
                const qsizetype n = c->value(QLatin1String("items")).toArray().size();
                if (c->value(QLatin1String("items")).isArray() && n != m.itemCount)
                    problems.append(
                            PackageVerifier::tr("catalogue.json holds %1 items, manifest.json says %2.")
                                    .arg(n)
                                    .arg(m.itemCount));
            }
        }
        const QString validationName = QStringLiteral("validation.json");
        if (listed.contains(validationName) && content.contains(validationName))
            checkJson(validationName, content.value(validationName), PackageSchemas::validation(), &problems);
    }

    if (!problems.isEmpty())
        r.status = PackageVerifier::Status::Problems;
    return r;
}

} // namespace

namespace {

PackageVerifier::Result verifyRead(const std::optional<QList<ZipEntry>> &entries, const QString &why)
{
    if (!entries) {
        PackageVerifier::Result r;
        r.status = PackageVerifier::Status::Unreadable;
        r.unreadableReason = why;
        return r;
    }
    return verifyEntries(*entries);
}

} // namespace

PackageVerifier::Result PackageVerifier::verify(const QString &zipPath)
{
    QString why;
    const auto entries = ZipArchive::read(zipPath, &why);
    return verifyRead(entries, why);
}

PackageVerifier::Result PackageVerifier::verifyBytes(const QByteArray &zip)
{
    QString why;
    const auto entries = ZipArchive::read(zip, &why);
    return verifyRead(entries, why);
}

} // namespace gkml
