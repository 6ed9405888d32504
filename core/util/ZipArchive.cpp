#include "ZipArchive.h"
#include "ZipReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace gkml {

namespace {

std::optional<QList<ZipEntry>> readAll(ZipReader &zip, QString *error)
{
    if (!zip.open()) {
        *error = zip.entries().isEmpty()
                ? ZipArchive::tr("This is not a zip file, or the zip file is damaged.")
                : ZipArchive::tr("The zip file is damaged (its table of contents "
                                 "cannot be read).");
        return std::nullopt;
    }
    if (zip.entries().size() > ZipArchive::kMaxEntries) {
        *error = ZipArchive::tr("The zip file holds too many files to be a GKML package.");
        return std::nullopt;
    }
    QList<ZipEntry> entries;
    qint64 total = 0;
    for (const ZipReader::EntryInfo &info : zip.entries()) {
        if (info.name.endsWith(QLatin1Char('/')))
            continue; // a folder entry carries no data
        if (info.declaredSize > ZipArchive::kMaxEntryBytes
            || total + info.declaredSize > ZipArchive::kMaxTotalBytes) {
            *error = ZipArchive::tr("The zip file is too large to be a GKML package.");
            return std::nullopt;
        }
        // Bounded by the declared size: a lying header cannot make us read more.
        QByteArray data;
        const ZipReader::Status status = zip.readEntry(info.name, info.declaredSize, &data);
        if (status == ZipReader::Status::CannotOpen) {
            *error = ZipArchive::tr("The file \"%1\" inside the zip cannot be read (it may be encrypted or "
                                    "damaged).")
                             .arg(info.name);
            return std::nullopt;
        }
        if (status != ZipReader::Status::Ok || data.size() != info.declaredSize) {
            *error = ZipArchive::tr("The file \"%1\" inside the zip is damaged.").arg(info.name);
            return std::nullopt;
        }
        total += data.size();
        entries.append({ info.name, data });
    }
    return entries;
}

} // namespace

std::optional<QByteArray> ZipArchive::write(const QList<ZipEntry> &entries, const QDateTime &time,
                                            QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    {
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate)) {
            *error = tr("Could not start the zip file.");
            return std::nullopt;
        }
        for (const ZipEntry &e : entries) {
            if (!isSafePath(e.name)) {
                *error = tr("Refused to store the unsafe path \"%1\" in a zip file.").arg(e.name);
                return std::nullopt;
            }
            QuaZipNewInfo info(e.name);
            info.dateTime = time.toLocalTime(); // zip times are local time by convention
            info.externalAttr = 0644u << 16; // a plain readable file when unpacked on Unix
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION)
                || file.write(e.data) != e.data.size()) {
                *error = tr("Could not add \"%1\" to the zip file.").arg(e.name);
                return std::nullopt;
            }
            file.close();
            if (file.getZipError() != ZIP_OK) {
                *error = tr("Could not add \"%1\" to the zip file.").arg(e.name);
                return std::nullopt;
            }
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK) {
            *error = tr("Could not finish the zip file.");
            return std::nullopt;
        }
    }
    return bytes;
}

std::optional<QList<ZipEntry>> ZipArchive::read(const QString &path, QString *error)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *error = tr("The file does not exist.");
        return std::nullopt;
    }
    if (!fi.isFile()) {
        *error = tr("This is a folder, not a zip file.");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be opened: %1").arg(file.errorString());
        return std::nullopt;
    }
    ZipReader zip(&file);
    return readAll(zip, error);
}

std::optional<QList<ZipEntry>> ZipArchive::read(const QByteArray &zip, QString *error)
{
    QByteArray copy = zip;
    QBuffer buffer(&copy);
    ZipReader reader(&buffer);
    return readAll(reader, error);
}

std::optional<QByteArray> ZipArchive::readEntry(const QString &path, const QString &name, qint64 maxBytes,
                                                QString *error, bool *missing, bool *tooLarge)
{
    ZipReader zip(path);
    if (!zip.open()) {
        *error = tr("This is not a zip file, or the zip file is damaged.");
        return std::nullopt;
    }
    QByteArray data;
    switch (zip.readEntry(zip.findEntry(name), maxBytes, &data)) {
    case ZipReader::Status::Ok: return data;
    case ZipReader::Status::Missing:
        if (missing)
            *missing = true;
        *error = tr("The file \"%1\" is missing from the zip file.").arg(name);
        return std::nullopt;
    case ZipReader::Status::CannotOpen:
        *error = tr("The file \"%1\" inside the zip cannot be read (it may be encrypted or damaged).")
                         .arg(name);
        return std::nullopt;
    case ZipReader::Status::TooLarge:
        if (tooLarge)
            *tooLarge = true;
        *error = tr("The file \"%1\" inside the zip unpacks to more than %2 MB.")
                         .arg(name)
                         .arg(maxBytes >> 20);
        return std::nullopt;
    default: *error = tr("The file \"%1\" inside the zip is damaged.").arg(name); return std::nullopt;
    }
}

bool ZipArchive::isSafePath(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false; // C:foo or C:/foo
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &p : parts) {
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
    }
    return true;
}

} // namespace gkml
