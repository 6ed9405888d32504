#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace gkml {

// One file inside a zip archive, fully in memory (packages are small: a few MB at most).
struct ZipEntry
{
    QString name; // the path inside the archive, '/'-separated
    QByteArray data;
};

// A thin wrapper over QuaZip so that no header of gkml_core exposes QuaZip (it is linked
// PRIVATE). Reading is bounded so that a hostile "zip bomb" cannot exhaust memory.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    // Upper bounds when reading a received package.
    static constexpr qint64 kMaxEntryBytes = 256LL * 1024 * 1024;
    static constexpr qint64 kMaxTotalBytes = 512LL * 1024 * 1024;
    static constexpr int kMaxEntries = 1000;

    // Writes a zip entry by entry onto a device, each entry either whole or streamed (a large
    // xlsx sheet is deflated as it is produced, never held whole). Names must be safe paths.
    // Every call after a failure fails too; error() says why.
    class Writer
    {
    public:
        // Entries are stamped with `time` (shown as local time, the zip convention).
        Writer(QIODevice *device, const QDateTime &time);
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;

        // Deflates `data` at `level` (1 fastest … 9 smallest) as the entry `name`.
        bool add(const QString &name, const QByteArray &data, int level);
        // Starts the entry `name`: the returned device takes its bytes until endEntry().
        QIODevice *beginEntry(const QString &name, int level);
        bool endEntry();
        // Writes the central directory; the zip is complete only when this returns true.
        bool finish();
        bool ok() const { return m_error.isEmpty(); }
        QString error() const { return m_error; }

    private:
        bool fail(const QString &why);
        std::unique_ptr<QuaZip> m_zip;
        std::unique_ptr<QuaZipFile> m_entry;
        QString m_entryName;
        QDateTime m_time;
        QString m_error;
    };

    // Builds a zip (deflated, UTF-8 names) with every entry stamped with `time`.
    static std::optional<QByteArray> write(const QList<ZipEntry> &entries, const QDateTime &time,
                                           QString *error);
    // Reads every entry of a zip file. Returns nullopt (with a reason) when the file is not a
    // readable zip, an entry is damaged (CRC) or the archive exceeds the bounds above.
    static std::optional<QList<ZipEntry>> read(const QString &path, QString *error);
    static std::optional<QList<ZipEntry>> read(const QByteArray &zip, QString *error);
    // Reads one entry (name compared case-insensitively) of a zip file, at most maxBytes
    // unpacked, counted while inflating (a lying header cannot make it read more). nullopt with
    // a reason when the file is no zip, the entry is missing (*missing set) or damaged, or it
    // unpacks to more than maxBytes (*tooLarge set). Other entries (a document's images) are
    // never unpacked.
    static std::optional<QByteArray> readEntry(const QString &path, const QString &name, qint64 maxBytes,
                                               QString *error, bool *missing = nullptr,
                                               bool *tooLarge = nullptr);

    // True for a safe relative archive path: no drive letter, no leading '/' or '\\', no '..'
    // or '.' segment, no backslash, no empty segment, no control characters.
    static bool isSafePath(const QString &name);
};

} // namespace gkml
