#pragma once

#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <optional>

namespace gkml {

// Matches the rows of an import with the items a catalogue already has, so that importing the
// office's workbook into a catalogue pre-filled from the standard updates those items instead
// of adding every one a second time.
//
// Identity is the checker's: domain, 一级事项, 二级事项 (and 三级事项 when given), compared after
// the standard's normalisation (full/half width, punctuation, spaces, a trailing 领域). Rows
// sharing a name are parts of one item in real catalogues, so when several existing items (or
// several incoming rows) share the name, 公开内容 decides too: two rows with different content
// are never merged into one item.
class ImportMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ImportMatcher)
public:
    enum class OnMatch {
        Add, // add every row, matched or not (the import as it always was)
        Update, // update the matched items field by field, add the new rows
        Skip // leave matched items as they are, add the new rows
    };
    struct FieldChange
    {
        Field field;
        QVariant oldValue;
        QVariant newValue;
    };
    struct Match
    {
        Item existing;
        Item incoming;
        QList<FieldChange> changes; // empty: identical
    };
    struct Plan
    {
        QList<Match> updates; // matched, with field changes
        QList<Match> identical; // matched, nothing to change
        QList<Item> added; // no existing item matches
        QList<Item> incoming; // every row, in file order (OnMatch::Add)

        // The rows that become new items and the changes written under `mode`.
        QList<Item> itemsToAdd(OnMatch mode) const;
        QList<Match> updatesToApply(OnMatch mode) const;
        // "12 to update, 3 new, 40 identical" in the UI language.
        QString summary() const;
    };

    static Plan match(const QList<Item> &existing, const QList<Item> &incoming);
    // The fields an import may change on a matched item. The name fields (they matched), the
    // domain and 序号 (the catalogue's own order) stay as they are.
    static bool isMergedField(Field field);
    // An empty cell in the file leaves the catalogue's value: a workbook without a 公开渠道
    // column must not empty every item's channels.
    static bool isEmptyValue(const QVariant &value);
    static std::optional<OnMatch> onMatchFromKey(const QString &key); // add | update | skip
};

} // namespace gkml
