#pragma once

#include "Standard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace gkml {

// The standards GKML knows: the built-in ones (resources/standards, compiled in as
// :/standards/*.json) and the user's files from the folders of userDirectories(), so that a
// newer guide can be used without a new release. When several files share an id, the highest
// version wins (a user file wins a tie with a built-in one).
class StandardLibrary
{
    Q_DECLARE_TR_FUNCTIONS(StandardLibrary)
public:
    static StandardLibrary &instance();
    // Loads the built-ins and the given folders (tests pass their own folder list).
    explicit StandardLibrary(const QStringList &userDirectories);
    StandardLibrary(const StandardLibrary &) = delete;
    StandardLibrary &operator=(const StandardLibrary &) = delete;

    // Folders searched for user standard files: $GKML_STANDARDS_DIR (a list separated by the
    // platform's path-list separator), then <AppDataLocation>/standards and
    // <GenericDataLocation>/GKML/standards.
    static QStringList defaultUserDirectories();
    void reload();

    // Every loaded standard, sorted by id then version (newest first).
    QList<const Standard *> standards() const;
    // The newest version of each id.
    QList<const Standard *> latest() const;
    // "ID", "ID@VERSION" or the path of a standard file (loaded and kept). Null with *error
    // set (one sentence) when nothing matches or the file is malformed.
    const Standard *find(const QString &idOrPath, QString *error);
    const Standard *find(const QString &id, const QString &version) const; // exact; null if absent
    // The built-in or installed standard to use for a catalogue that names none: the one
    // covering the most of `domains` (ties: the fewest domains, then built-in id order). Null if
    // none covers any of them.
    const Standard *forDomains(const QStringList &domains) const;
    // The standard to check a catalogue against (gkml-cli validate, the package, the GUI): the
    // one it records (that version, else the newest of that id), else forDomains() of its
    // non-blank domains. Null with *error set only when the recorded id is not installed; null
    // without error when no standard covers the domains (only form checks then).
    enum class Choice {
        Recorded, // the recorded id and version
        RecordedOtherVersion, // the recorded id, another version (the recorded one is missing)
        Covering, // none recorded: the one covering the catalogue's domains
        None, // none recorded and none covers the domains
    };
    const Standard *forCatalogue(const QString &standardId, const QString &standardVersion,
                                 const QStringList &domains, Choice *choice, QString *error);
    // Problems met while loading user folders (a malformed file does not stop the others).
    QStringList loadErrors() const { return m_loadErrors; }

private:
    const Standard *add(std::unique_ptr<Standard> standard, QString *error);
    const Standard *resolveIncludes(std::unique_ptr<Standard> standard, QString *error);
    void loadFolder(const QString &folder);

    QStringList m_userDirectories;
    std::vector<std::unique_ptr<Standard>> m_standards;
    std::vector<std::unique_ptr<Standard>> m_pending; // files with "includes", resolved last
    QStringList m_loadErrors;
};

} // namespace gkml
