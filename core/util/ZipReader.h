#pragma once

#include <QHash>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

namespace gkml {

// Reads a zip archive entry by entry, streaming: the one way GKML unpacks anything (packages,
// .xlsx, .docx), so there is one set of zip-bomb rules. An entry is inflated through a device
// that counts the bytes actually inflated (a header can lie about the size), fails past a bound,
// and reports a damaged entry or a checksum mismatch. QuaZip stays out of this header: gkml_core
// links it PRIVATE.
class ZipReader
{
public:
    enum class Status {
        Ok,
        NotAZip, // open() failed: not a zip, or its table of contents is unreadable
        Missing, // no entry of that name
        CannotOpen, // encrypted, or an unknown compression method
        TooLarge, // inflates to more than the bound
        Damaged, // inflating failed or the entry ends early
        ChecksumMismatch, // inflated completely, but the CRC differs
        ConsumerFailed // the consumer returned false (its own reason, e.g. bad XML)
    };
    struct EntryInfo
    {
        QString name; // as stored
        qint64 declaredSize = 0; // the unpacked size the header claims (may lie)
    };

    explicit ZipReader(const QString &path);
    explicit ZipReader(QIODevice *device); // not owned; must outlive the reader
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // Opens the archive and reads its table of contents.
    bool open();
    // Every entry, in archive order (folders included, their names end with '/').
    const QList<EntryInfo> &entries() const { return m_entries; }
    // The stored name of an entry, found case-insensitively (Office writers differ); empty when
    // there is none.
    QString findEntry(const QString &name) const
    {
        const qsizetype i = m_byLowerName.value(name.toLower(), -1);
        return i < 0 ? QString() : m_entries.at(i).name;
    }
    // The unpacked size the header claims for an entry (found as findEntry does); 0 when none.
    qint64 declaredSize(const QString &name) const
    {
        const qsizetype i = m_byLowerName.value(name.toLower(), -1);
        return i < 0 ? 0 : m_entries.at(i).declaredSize;
    }

    // Streams one entry through `consume`, which reads the device it is given (to its end or
    // not). Damage and the bound take precedence over the consumer's own failure, since a
    // truncated entry also makes the consumer fail.
    Status readEntry(const QString &storedName, qint64 maxBytes,
                     const std::function<bool(QIODevice &)> &consume);
    // Reads one whole entry into memory, bounded.
    Status readEntry(const QString &storedName, qint64 maxBytes, QByteArray *data);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QList<EntryInfo> m_entries;
    QHash<QString, qsizetype> m_byLowerName; // lower-case name -> index in m_entries
};

} // namespace gkml
