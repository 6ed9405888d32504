#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

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

    // Builds a zip (deflated, UTF-8 names) with every entry stamped with `time`.
    static std::optional<QByteArray> write(const QList<ZipEntry> &entries, const QDateTime &time,
                                           QString *error);
    // Reads every entry of a zip file. Returns nullopt (with a reason) when the file is not a
    // readable zip, an entry is damaged (CRC) or the archive exceeds the bounds above.
    static std::optional<QList<ZipEntry>> read(const QString &path, QString *error);
    static std::optional<QList<ZipEntry>> read(const QByteArray &zip, QString *error);

    // True for a safe relative archive path: no drive letter, no leading '/' or '\\', no '..'
    // or '.' segment, no backslash, no empty segment, no control characters.
    static bool isSafePath(const QString &name);
};

} // namespace gkml
