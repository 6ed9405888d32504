#include "StandardLibrary.h"

#include "util/UserDataFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace gkml {

StandardLibrary &StandardLibrary::instance()
{
    static StandardLibrary library(defaultUserDirectories());
    return library;
}

StandardLibrary::StandardLibrary(const QStringList &userDirectories)
    : m_userDirectories(userDirectories)
{
    reload();
}

QStringList StandardLibrary::defaultUserDirectories()
{
    return UserDataFolders::list("GKML_STANDARDS_DIR", QStringLiteral("standards"));
}

void StandardLibrary::reload()
{
    m_standards.clear();
    m_pending.clear();
    m_loadErrors.clear();
    loadFolder(QStringLiteral(":/standards"));
    for (const QString &d : std::as_const(m_userDirectories))
        loadFolder(d);
    // Bundles name other standards by id: resolve them once every file is in.
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto &p : pending) {
        QString error;
        if (!resolveIncludes(std::move(p), &error))
            m_loadErrors.append(error);
    }
}

void StandardLibrary::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const QFileInfoList files
            = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &fi : files) {
        QString error;
        auto s = Standard::load(fi.filePath(), &error);
        if (!s) {
            m_loadErrors.append(error);
            continue;
        }
        if (!s->includes().isEmpty())
            m_pending.push_back(std::move(s));
        else
            add(std::move(s), &error);
    }
}

const Standard *StandardLibrary::add(std::unique_ptr<Standard> standard, QString *)
{
    m_standards.push_back(std::move(standard));
    return m_standards.back().get();
}

const Standard *StandardLibrary::resolveIncludes(std::unique_ptr<Standard> standard, QString *error)
{
    if (standard->includes().isEmpty())
        return add(std::move(standard), error);
    QList<const Standard *> parts;
    for (const QString &id : standard->includes()) {
        const QList<const Standard *> all = latest();
        const auto it
                = std::find_if(all.cbegin(), all.cend(), [&](const Standard *s) { return s->id() == id; });
        if (it == all.cend()) {
            if (error)
                *error = StandardLibrary::tr(
                                 "Standard file %1: includes: no standard with id \"%2\" is installed")
                                 .arg(standard->origin(), id);
            return nullptr;
        }
        parts.append(*it);
    }
    return add(standard->resolved(parts), error);
}

QList<const Standard *> StandardLibrary::standards() const
{
    QList<const Standard *> out;
    for (const auto &s : m_standards)
        out.append(s.get());
    // stable: for equal id and version the later-loaded (user) file comes first
    std::reverse(out.begin(), out.end());
    std::stable_sort(out.begin(), out.end(), [](const Standard *a, const Standard *b) {
        if (a->id() != b->id())
            return a->id() < b->id();
        return Standard::compareVersions(a->version(), b->version()) > 0;
    });
    return out;
}

QList<const Standard *> StandardLibrary::latest() const
{
    QList<const Standard *> out;
    for (const Standard *s : standards()) {
        if (out.isEmpty() || out.back()->id() != s->id())
            out.append(s);
    }
    return out;
}

const Standard *StandardLibrary::find(const QString &id, const QString &version) const
{
    for (const Standard *s : standards()) {
        if (s->id() == id && s->version() == version)
            return s;
    }
    return nullptr;
}

const Standard *StandardLibrary::find(const QString &idOrPath, QString *error)
{
    const QString spec = idOrPath.trimmed();
    const QFileInfo fi(spec);
    const bool looksLikePath = spec.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            || spec.contains(QLatin1Char('/')) || spec.contains(QLatin1Char('\\'));
    if (looksLikePath || (fi.exists() && fi.isFile())) {
        if (!fi.exists()) {
            if (error)
                *error = StandardLibrary::tr("The standard file %1 does not exist.").arg(spec);
            return nullptr;
        }
        auto s = Standard::load(fi.absoluteFilePath(), error);
        if (!s)
            return nullptr;
        return resolveIncludes(std::move(s), error);
    }
    const qsizetype at = spec.indexOf(QLatin1Char('@'));
    const QString id = at >= 0 ? spec.left(at) : spec;
    const QString version = at >= 0 ? spec.mid(at + 1) : QString();
    if (!version.isEmpty()) {
        if (const Standard *s = find(id, version))
            return s;
    } else {
        for (const Standard *s : latest()) {
            if (s->id() == id)
                return s;
        }
    }
    if (error) {
        QStringList ids;
        for (const Standard *s : latest())
            ids.append(s->id());
        *error = (version.isEmpty()
                          ? StandardLibrary::tr("No standard with id \"%1\" is installed (available: %2).")
                                    .arg(id)
                          : StandardLibrary::tr(
                                    "Version %1 of the standard \"%2\" is not installed (available: %3).")
                                    .arg(version, id))
                         .arg(ids.join(QStringLiteral(", ")));
    }
    return nullptr;
}

const Standard *StandardLibrary::forCatalogue(const QString &standardId, const QString &standardVersion,
                                              const QStringList &domains, Choice *choice, QString *error)
{
    Choice c = Choice::None;
    const Standard *s = nullptr;
    if (!standardId.isEmpty()) {
        s = find(standardId, standardVersion);
        c = Choice::Recorded;
        if (!s) {
            QString ignored;
            s = find(standardId, &ignored);
            c = Choice::RecordedOtherVersion;
        }
        if (!s && error)
            *error = StandardLibrary::tr(
                             "The catalogue follows the standard %1 %2, which is not installed. Put "
                             "its file in the standards folder or give --standard PATH.")
                             .arg(standardId, standardVersion);
    } else {
        QStringList named;
        for (const QString &d : domains) {
            if (!d.trimmed().isEmpty()) // an item without a domain: required-missing says so
                named.append(d);
        }
        s = forDomains(named);
        c = s ? Choice::Covering : Choice::None;
    }
    if (choice)
        *choice = c;
    return s;
}

const Standard *StandardLibrary::forDomains(const QStringList &domains) const
{
    // The one covering the most of the catalogue's domains (a county catalogue of many areas
    // still has its 社会救助 part checked against the 社会救助 guide); ties: the fewest domains.
    const Standard *best = nullptr;
    qsizetype bestCovered = 0;
    if (domains.isEmpty())
        return nullptr;
    for (const Standard *s : latest()) {
        const qsizetype covered = std::count_if(domains.cbegin(), domains.cend(),
                                                [s](const QString &d) { return s->coversDomain(d); });
        if (covered == 0)
            continue;
        if (!best || covered > bestCovered
            || (covered == bestCovered && s->domains().size() < best->domains().size())) {
            best = s;
            bestCovered = covered;
        }
    }
    return best;
}

} // namespace gkml
