#pragma once

#include <QString>
#include <QStringView>
#include <string_view>
#include <unordered_set>

namespace gkml {

// Hands out one shared QString for equal texts. Catalogue files repeat the same cells on most rows
// (公开主体, 公开时限, 公开渠道, 县级、乡级 …): reading a 100,000-row file through a pool keeps
// each of those texts once instead of once per row, and a text already in the pool costs no
// allocation at all. The pool stops growing at `capacity` texts, and gives up looking (every text
// is then a plain copy) when after its first 512 texts fewer than one in four was found: a column
// of names or numbers that never repeat must cost neither memory nor lookups.
class StringPool
{
public:
    explicit StringPool(std::size_t capacity = 65536)
        : m_capacity(capacity)
    { }

    QString get(QStringView text);
    // Whether the pool still looks texts up (false: it gave up on a column that does not repeat).
    bool isPooling() const { return m_pooling; }

private:
    struct Hash
    {
        using is_transparent = void;
        // std::hash of the UTF-16 units (murmur): cheaper than qHash's seeded hash; a pool is fed
        // by one file, which could not aim at its collisions any better than at its size.
        std::size_t operator()(QStringView s) const noexcept
        {
            return std::hash<std::u16string_view>()(std::u16string_view(s.utf16(), s.size()));
        }
        std::size_t operator()(const QString &s) const noexcept { return (*this)(QStringView(s)); }
    };
    struct Equal
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
    };
    std::unordered_set<QString, Hash, Equal> m_texts;
    std::size_t m_capacity;
    bool m_pooling = true;
    int m_lookups = 0;
    int m_hits = 0;
};

} // namespace gkml
