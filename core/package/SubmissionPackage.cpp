#include "SubmissionPackage.h"

#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

namespace gkml {

QStringList SubmissionPackage::requiredFiles()
{
    return { QStringLiteral("catalogue.xlsx"), QStringLiteral("catalogue.csv"),
             QStringLiteral("catalogue.json"), QStringLiteral("catalogue.html"),
             QStringLiteral("catalogue.docx"), QStringLiteral("catalogue.pdf"),
             QStringLiteral("validation.json") };
}

QString SubmissionPackage::defaultFileName(const CatalogueInfo &info, const QDate &date)
{
    QString unit = info.unit.trimmed();
    // Characters Windows does not allow in file names, plus control characters.
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : unit) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    while (unit.endsWith(QLatin1Char('.')) || unit.endsWith(QLatin1Char(' ')))
        unit.chop(1); // Windows drops trailing dots and spaces
    if (unit.isEmpty())
        unit = QStringLiteral("未命名单位");
    return QStringLiteral("%1-政务公开事项标准目录-%2.zip")
            .arg(unit, date.toString(QStringLiteral("yyyyMMdd")));
}

SubmissionPackage::SubmissionPackage(const QList<Item> &items, const CatalogueInfo &info)
    : m_info(info)
    , m_generator(QStringLiteral("GKML %1").arg(QStringLiteral(GKML_VERSION)))
    , m_generatedAt(QDateTime::currentDateTimeUtc())
{
    for (const Item &i : items) {
        if (i.withheld)
            ++m_withheld; // 不予公开: never handed to any producer
        else
            m_public.append(i);
    }
}

void SubmissionPackage::addPart(const QString &fileName, const PartWriter &write)
{
    m_parts.append({ fileName, write });
}

bool SubmissionPackage::fail(const QString &message)
{
    m_error = message;
    m_zip.clear();
    return false;
}

bool SubmissionPackage::build()
{
    m_error.clear();
    m_zip.clear();
    QTemporaryDir work;
    if (!work.isValid())
        return fail(
                tr("No temporary folder is available to prepare the package: %1").arg(work.errorString()));

    m_manifest = PackageManifest();
    m_manifest.unit = m_info.unit;
    m_manifest.standardId = m_info.standardId;
    m_manifest.standardVersion = m_info.standardVersion;
    m_manifest.generatedAt = m_generatedAt.toUTC();
    m_manifest.generator = m_generator;
    m_manifest.itemCount = static_cast<int>(m_public.size());
    m_manifest.withheldCount = m_withheld;

    QList<ZipEntry> entries;
    QSet<QString> names { QString::fromLatin1(PackageManifest::kFileName) };
    for (int n = 0; n < m_parts.size(); ++n) {
        const Part &part = m_parts.at(n);
        if (!ZipArchive::isSafePath(part.fileName) || names.contains(part.fileName))
            return fail(tr("The package cannot hold a file named \"%1\".").arg(part.fileName));
        names.insert(part.fileName);
        // Producers get a plain temporary name; the package name is only used inside the zip.
        const QString path
                = work.filePath(QStringLiteral("part-%1.%2").arg(n).arg(QFileInfo(part.fileName).suffix()));
        QString why;
        if (!part.write || !part.write(m_public, m_info, path, &why))
            return fail(tr("Could not write %1 for the package: %2").arg(part.fileName, why));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("Could not write %1 for the package: %2").arg(part.fileName, f.errorString()));
        const QByteArray data = f.readAll();
        m_manifest.files.append({ part.fileName, data.size(), PackageManifest::sha256Hex(data) });
        entries.append({ part.fileName, data });
    }
    if (entries.isEmpty())
        return fail(tr("The package has no content."));
    entries.prepend({ QString::fromLatin1(PackageManifest::kFileName), m_manifest.toJsonBytes() });

    QString why;
    auto zip = ZipArchive::write(entries, m_manifest.generatedAt, &why);
    if (!zip)
        return fail(why);
    m_zip = *zip;
    return true;
}

bool SubmissionPackage::save(const QString &path)
{
    if (m_zip.isEmpty())
        return fail(tr("The package has not been built."));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(tr("%1 is a folder.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    QSaveFile out(path); // temporary name in the same folder, renamed by commit()
    if (!out.open(QIODevice::WriteOnly) || out.write(m_zip) != m_zip.size() || !out.commit()) {
        const QString why = out.errorString();
        out.cancelWriting();
        m_error = tr("Could not save the package as %1: %2")
                          .arg(QDir::toNativeSeparators(target.absoluteFilePath()), why);
        return false;
    }
    return true;
}

} // namespace gkml
