#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

namespace gkml {

// Shares equal field values between the items of one load. Most columns of a catalogue repeat
// (领域, 公开时限, 公开主体, the channels, 公开对象 …): each distinct text is allocated once and
// every item holding it refers to the same QString data (implicit sharing; an edit detaches as
// usual). This keeps a large catalogue in a fraction of the memory and spares the allocator
// hundreds of thousands of small blocks. Looking a value up allocates nothing when it is known.
class ValueInterner
{
public:
    // The text equal to `value`, sharing its data with earlier equal texts.
    QString text(QStringView value);
    // The set stored as `stored` (one value per line, CatalogueFile::decodeSet), shared likewise.
    QStringList set(QStringView stored);
    // The same, for the values of one column read row after row: a value equal to the column's
    // previous one (a domain, deadline or owner repeated down the rows) is found without hashing.
    QString text(QStringView value, qsizetype column);
    QStringList set(QStringView stored, qsizetype column);
    // Distinct texts and sets seen (for tests and benchmarks).
    qsizetype distinctCount() const { return qsizetype(m_texts.size() + m_sets.size()); }

private:
    // Keys view the data of the QString kept in the value (it stays put when the hash grows), so a
    // look-up needs no allocation.
    QHash<QStringView, QString> m_texts;
    QHash<QStringView, std::pair<QString, QStringList>> m_sets;
    struct Recent
    {
        QString stored; // the column's previous value as stored (a set: lines)
        QString text;
        QStringList set;
    };
    std::vector<Recent> m_recent; // by column
    Recent &recent(qsizetype column);
    const std::pair<QString, QStringList> &setEntry(QStringView stored);
};

} // namespace gkml
