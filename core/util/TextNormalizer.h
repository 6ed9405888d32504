#pragma once

#include <QString>

namespace gkml {

// Normalisation used to compare names typed by people: full/half width, spaces, punctuation.
class TextNormalizer
{
public:
    // NFKC (folds full-width forms), drops whitespace and punctuation, lower-cases Latin.
    // "最低生活保障（审批）" and "最低生活保障 (审批)" give the same key.
    static QString matchKey(const QString &text);
    // Trims, folds CR/LF to LF, and collapses runs of spaces inside a line; keeps line breaks.
    static QString cleanCell(const QString &text);
};

} // namespace gkml
