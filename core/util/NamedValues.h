#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <initializer_list>
#include <optional>

namespace gkml {

// The words that name the values of an enum where a user types them (command-line options,
// settings): one table serves both directions, so a new value cannot be parsed but not named.
template<typename Enum> class NamedValues
{
public:
    struct Entry
    {
        const char *name;
        Enum value;
    };

    NamedValues(std::initializer_list<Entry> entries)
        : m_entries(entries)
    { }

    // The value named exactly `key` (callers trim and fold case as their input needs).
    std::optional<Enum> value(const QString &key) const
    {
        for (const Entry &e : m_entries) {
            if (key == QLatin1StringView(e.name))
                return e.value;
        }
        return std::nullopt;
    }

    // The first name of `value`.
    QString name(Enum value) const
    {
        for (const Entry &e : m_entries) {
            if (e.value == value)
                return QLatin1StringView(e.name);
        }
        return {};
    }

private:
    QList<Entry> m_entries;
};

} // namespace gkml
