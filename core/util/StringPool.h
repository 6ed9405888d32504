#pragma once

#include <QString>
#include <QStringView>
#include <string_view>
#include <unordered_set>

namespace gkml {

// Hands out one shared QString for equal texts. Catalogue files repeat the same cells on most rows
// (公开主体, 公开时限, 公开渠道, 县级、乡级 …): reading a 100,000-row file through a pool keeps
// each of those texts once instead of once per row, and a text already in the pool costs no
// allocation at all. The pool stops growing at `capacity` texts (cells that never repeat, such
// as item names, must not make it a second copy of the file); later texts are still looked up.
class StringPool
{
public:
    explicit StringPool(std::size_t capacity = 65536)
        : m_capacity(capacity)
    { }

    QString get(QStringView text);

private:
    struct Hash
    {
        using is_transparent = void;
        // std::hash of the UTF-16 units (murmur): cheaper than qHash's seeded hash, and a pool is
        // never fed by an attacker who could aim at its collisions any better than at the file's size.
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
};

} // namespace gkml
