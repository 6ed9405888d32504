#pragma once

#include "StandardItem.h"
#include "Vocabulary.h"
#include "catalogue/ItemField.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace gkml {

// A column of the standard's template: the printed label and the spellings real files use.
struct StandardColumn
{
    Field field = Field::Note;
    QString label;
    QStringList aliases;
    bool required = false;
    QString provenance;
};

// A rule with its legal basis, e.g. 条例 Art. 26: proactive disclosure within 20 working days.
struct StandardRule
{
    int value = -1;
    QString basis;
    bool inferred = false;
};

// A standard catalogue (DESIGN.md "Standards"): a JSON data file with id, version, title,
// columns, vocabularies, rules and the standard items per domain. A file may instead
// "include" other standards by id (one notice issuing several guides); StandardLibrary
// resolves those. See docs/checker.md for the file format.
class Standard
{
    Q_DECLARE_TR_FUNCTIONS(Standard)
public:
    // Parses a standard file. On failure returns null and sets *error to one sentence naming
    // the place: the JSON parse offset (line, column) or the key path ("items[3].level2").
    static std::unique_ptr<Standard> fromJson(const QByteArray &data, const QString &origin, QString *error);
    static std::unique_ptr<Standard> load(const QString &path, QString *error);
    // A standard that includes `parts` (in order): their items, domains and (unless the
    // including file gives its own) their columns, vocabularies and rules.
    std::unique_ptr<Standard> resolved(const QList<const Standard *> &parts) const;

    QString id() const { return m_id; }
    QString version() const { return m_version; }
    QString title() const { return m_title; }
    QString issuer() const { return m_issuer; }
    QString document() const { return m_document; } // e.g. 民办函〔2019〕52号
    QString provenance() const { return m_provenance; }
    QStringList sources() const { return m_sources; }
    QStringList domains() const { return m_domains; }
    // Short names in common use and the standard's full names they stand for (低保 →
    // 最低生活保障): the editor's search finds an item by either.
    const QHash<QString, QStringList> &abbreviations() const { return m_abbreviations; }
    QStringList includes() const { return m_includes; } // ids; empty once resolved
    QString origin() const { return m_origin; } // file path (":/standards/..." for built-ins)
    bool isBuiltIn() const { return m_origin.startsWith(QLatin1Char(':')); }

    const QList<StandardColumn> &columns() const { return m_columns; }
    const StandardColumn *column(Field field) const;
    bool isRequired(Field field) const; // the column's flag, else the national template's
    // nullptr when the standard has no vocabulary for the field.
    const Vocabulary *vocabulary(Field field) const;
    const QList<Vocabulary> &vocabularies() const { return m_vocabularies; }
    StandardRule maxWorkingDays() const { return m_maxWorkingDays; }

    const QList<StandardItem> &items() const { return m_items; }
    QList<const StandardItem *> items(const QString &domain) const;
    bool coversDomain(const QString &domain) const;
    // Matches by (domain, level1, level2) after normalising width, punctuation and spaces.
    const StandardItem *findItem(const QString &domain, const QString &level1, const QString &level2) const;
    // The same with precomputed keys (domainKey(), itemKey()): the checker's hot path.
    const StandardItem *findItemByKey(const QString &itemKey) const;
    bool coversDomainKey(const QString &domainKey) const { return m_domainIndex.contains(domainKey); }

    // The keys the matching uses (also used by the checker for its own indexes).
    // nameKey = TextNormalizer::matchKey, with a fast path for text that is already a key.
    static QString nameKey(const QString &name);
    static QString domainKey(const QString &domain);
    static QString itemKey(const QString &domainKey, const QString &level1, const QString &level2);
    // Orders versions "2019" < "2019.1" < "2024-01" (numeric parts first, then text).
    static int compareVersions(const QString &a, const QString &b);

private:
    Standard() = default;
    void buildIndex();

    QString m_id, m_version, m_title, m_issuer, m_document, m_provenance, m_origin;
    QStringList m_sources, m_domains, m_includes;
    QHash<QString, QStringList> m_abbreviations;
    QList<StandardColumn> m_columns;
    QList<Vocabulary> m_vocabularies;
    StandardRule m_maxWorkingDays;
    QList<StandardItem> m_items;
    QHash<QString, int> m_itemIndex; // itemKey -> index in m_items
    QHash<QString, QList<int>> m_domainIndex; // domainKey -> indexes in m_items
};

} // namespace gkml
