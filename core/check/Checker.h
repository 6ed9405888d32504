#pragma once

#include "Finding.h"
#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QList>

namespace gkml {

class CheckMemo;
class Standard;

// Checks a catalogue the way the county government office (审核把关) would before accepting
// it: required fields, vocabularies, deadlines (条例 Art. 26), consistency, duplicates,
// coverage of the standard and withheld items. Codes are stable (docs/checker.md).
// Without a standard, only the checks that need none run (required, deadline, consistency,
// duplicates, withheld).
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
public:
    explicit Checker(const Standard *standard);

    // Findings in catalogue order (item findings), then those about the standard's items.
    QList<Finding> check(const QList<Item> &items) const;
    // The same findings, re-examining only the items that changed since the check that filled
    // `memo` (the live check while typing); `memo` is updated for the next call.
    QList<Finding> check(const QList<Item> &items, CheckMemo *memo) const;
    const Standard *standard() const { return m_standard; }

    // The codes this checker emits, for documentation and tests.
    static QStringList codes();

private:
    const Standard *m_standard;
};

} // namespace gkml
