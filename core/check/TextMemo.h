#pragma once

#include <QHash>
#include <QString>

namespace gkml {

// What a check works out from one text (a content's match key, whether it is a placeholder),
// remembered for the texts many items share: items loaded together share equal texts
// (ValueInterner), so a text is found by its data pointer without hashing or comparing it.
// The memo holds every text it has seen: held data cannot change (an edit detaches) nor be freed
// and reused for another text while the memo lives, so the same pointer and size is the same text.
template<typename Result> class TextMemo
{
public:
    template<typename Compute> const Result &get(const QString &text, Compute compute)
    {
        auto it = m_entries.find(text.constData());
        if (it == m_entries.end() || it->source.size() != text.size())
            it = m_entries.insert(text.constData(), { text, compute(text) });
        return it->result;
    }

private:
    struct Entry
    {
        QString source;
        Result result;
    };
    QHash<const QChar *, Entry> m_entries;
};

} // namespace gkml
