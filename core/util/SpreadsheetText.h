#pragma once

#include <QString>

namespace gkml {

// What every hand-written SpreadsheetML part needs (the catalogue export, the inspection report):
// cell references and text that XML 1.0 can carry.
class SpreadsheetText
{
public:
    // 0 -> "A", 25 -> "Z", 26 -> "AA".
    static QString columnName(int column);
    // (0, 0) -> "A1" (0-based row and column).
    static QString cellReference(int row, int column);
    // XML 1.0 cannot carry most control characters: Excel's _xHHHH_ escape for them, and for a
    // literal "_x0041_" in the text (so that it is not read back as an escape).
    static QString xmlSafe(const QString &text);
};

} // namespace gkml
