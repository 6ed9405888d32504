#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace gkml {

// The names of the disclosure areas (领域): the 26 areas of 国办发〔2019〕54号 and common local
// ones, each with the variants catalogues write (生态环境 for 环境保护, 农村集体土地征收 for
// 征地补偿 ...). Kept as data (resources/domains/areas-2019.json), read once.
class DomainNames
{
public:
    static const DomainNames &builtIn();
    // Reads a file of the same shape; on error returns an empty list and sets *error.
    static DomainNames fromJson(const QByteArray &json, QString *error = nullptr);

    // The canonical area for a cell that names one area and nothing else ("社会救助",
    // "社会救助领域", "生态环境"), or an empty string.
    QString canonical(const QString &text) const;
    // Whether a canonical name is one of the national areas (not a local one such as 婚姻登记,
    // which is often an item of 社会事务 rather than an area of its own).
    bool isNational(const QString &name) const { return m_national.contains(name); }
    // The canonical area named somewhere inside a longer text (a title, a sheet or file name):
    // the longest name or variant found wins. Empty when none is found.
    QString findIn(const QString &text) const;
    // Canonical names, national areas first.
    QStringList names() const { return m_names; }
    bool isEmpty() const { return m_names.isEmpty(); }
    // Every name and variant as written in the data (not canonicalised), names first.
    QStringList spellings() const { return m_spellings; }

private:
    QStringList m_names;
    QStringList m_national;
    QStringList m_spellings;
    QHash<QString, QString> m_byKey; // match key of a name or variant -> canonical name
    QList<QPair<QString, QString>> m_longestFirst; // (name or variant, canonical), longest first
};

} // namespace gkml
