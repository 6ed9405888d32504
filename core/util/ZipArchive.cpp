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

ZipArchive::Writer::Writer(QIODevice *device, const QDateTime &time)
    : m_zip(std::make_unique<QuaZip>(device))
    , m_time(time.toLocalTime()) // zip times are local time by convention
{
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        fail(ZipArchive::tr("Could not start the zip file."));
}

ZipArchive::Writer::~Writer()
{
    m_entry.reset();
    if (m_zip->isOpen())
        m_zip->close();
}

bool ZipArchive::Writer::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

QIODevice *ZipArchive::Writer::beginEntry(const QString &name, int level)
{
    if (!ok() || (m_entry && !endEntry()))
        return nullptr;
    if (!isSafePath(name)) {
        fail(ZipArchive::tr("Refused to store the unsafe path \"%1\" in a zip file.").arg(name));
        return nullptr;
    }
    QuaZipNewInfo info(name);
    info.dateTime = m_time;
    info.externalAttr = 0644u << 16; // a plain readable file when unpacked on Unix
    m_entry = std::make_unique<QuaZipFile>(m_zip.get());
    m_entryName = name;
    if (!m_entry->open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, level)) {
        m_entry.reset();
        fail(ZipArchive::tr("Could not add \"%1\" to the zip file.").arg(name));
        return nullptr;
    }
    return m_entry.get();
}

bool ZipArchive::Writer::endEntry()
{
    if (!m_entry)
        return ok();
    m_entry->close();
    const bool written = m_entry->getZipError() == ZIP_OK;
    m_entry.reset();
    if (!written)
        return fail(ZipArchive::tr("Could not add \"%1\" to the zip file.").arg(m_entryName));
    return ok();
}

bool ZipArchive::Writer::add(const QString &name, const QByteArray &data, int level)
{
    QIODevice *entry = beginEntry(name, level);
    if (!entry)
        return false;
    if (entry->write(data) != data.size())
        return fail(ZipArchive::tr("Could not add \"%1\" to the zip file.").arg(name));
    return endEntry();
}

bool ZipArchive::Writer::finish()
{
    if (!endEntry())
        return false;
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK)
        return fail(ZipArchive::tr("Could not finish the zip file."));
    return true;
}

std::optional<QByteArray> ZipArchive::write(const QList<ZipEntry> &entries, const QDateTime &time,
                                            QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    {
        Writer zip(&buffer, time);
        for (const ZipEntry &e : entries) {
            if (!zip.add(e.name, e.data, Z_BEST_COMPRESSION))
                break;
        }
        if (!zip.finish()) {
            *error = zip.error();
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
