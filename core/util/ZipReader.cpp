#include "ZipReader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace gkml {

namespace {

// Passes at most `limit` inflated bytes through. Past the limit reads fail and exceeded() says
// why the consumer saw the data end early; failed() tells a damaged entry.
class BoundedDevice : public QIODevice
{
public:
    BoundedDevice(QIODevice *source, qint64 limit)
        : m_source(source)
        , m_limit(limit)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_total >= m_limit) {
            // One byte more than allowed proves the entry is too large.
            char probe;
            if (m_source->read(&probe, 1) > 0)
                m_exceeded = true;
            return m_exceeded ? -1 : 0;
        }
        const qint64 n = m_source->read(data, qMin(maxSize, m_limit - m_total));
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_total += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    qint64 m_limit;
    qint64 m_total = 0;
    bool m_exceeded = false;
    bool m_failed = false;
};

} // namespace

struct ZipReader::Impl
{
    QuaZip zip;
    explicit Impl(const QString &path)
        : zip(path)
    { }
    explicit Impl(QIODevice *device)
        : zip(device)
    { }
};

ZipReader::ZipReader(const QString &path)
    : d(std::make_unique<Impl>(path))
{ }

ZipReader::ZipReader(QIODevice *device)
    : d(std::make_unique<Impl>(device))
{ }

ZipReader::~ZipReader() = default;

bool ZipReader::open()
{
    if (!d->zip.open(QuaZip::mdUnzip))
        return false;
    for (bool more = d->zip.goToFirstFile(); more; more = d->zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!d->zip.getCurrentFileInfo(&info))
            return false;
        m_byLowerName.insert(info.name.toLower(), m_entries.size());
        m_entries.append({ info.name, static_cast<qint64>(info.uncompressedSize) });
    }
    return d->zip.getZipError() == UNZ_OK;
}

ZipReader::Status ZipReader::readEntry(const QString &storedName, qint64 maxBytes,
                                       const std::function<bool(QIODevice &)> &consume)
{
    if (storedName.isEmpty() || !d->zip.setCurrentFile(storedName))
        return Status::Missing;
    QuaZipFile file(&d->zip);
    if (!file.open(QIODevice::ReadOnly))
        return Status::CannotOpen;
    BoundedDevice bounded(&file, maxBytes);
    const bool consumed = consume(bounded);
    if (bounded.exceeded())
        return Status::TooLarge;
    if (bounded.failed() || file.getZipError() != UNZ_OK)
        return Status::Damaged;
    if (!consumed)
        return Status::ConsumerFailed;
    // The CRC is only checked when the whole entry was inflated: drain what the consumer left.
    char sink[16384];
    while (bounded.read(sink, sizeof sink) > 0) { }
    if (bounded.exceeded())
        return Status::TooLarge;
    if (bounded.failed())
        return Status::Damaged;
    file.close();
    return file.getZipError() == UNZ_OK ? Status::Ok : Status::ChecksumMismatch;
}

ZipReader::Status ZipReader::readEntry(const QString &storedName, qint64 maxBytes, QByteArray *data)
{
    return readEntry(storedName, maxBytes, [data](QIODevice &device) {
        *data = device.readAll();
        return true;
    });
}

} // namespace gkml
