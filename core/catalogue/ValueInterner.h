#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <unordered_map>
#include <utility>

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
    // Distinct texts and sets seen (for tests and benchmarks).
    qsizetype distinctCount() const { return qsizetype(m_texts.size() + m_sets.size()); }

private:
    struct ViewHash
    {
        size_t operator()(QStringView v) const noexcept { return qHash(v); }
    };
    // Keys view the data of the QString kept in the value, so a look-up needs no allocation.
    std::unordered_map<QStringView, QString, ViewHash> m_texts;
    std::unordered_map<QStringView, std::pair<QString, QStringList>, ViewHash> m_sets;
};

} // namespace gkml
