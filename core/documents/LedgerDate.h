#pragma once

#include <QDate>
#include <QString>

namespace gkml {

// Dates as offices write them in a ledger: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日,
// 20260305, and Excel serial numbers (a date cell saved without its format).
class LedgerDate
{
public:
    // Invalid for empty or unreadable text.
    static QDate parse(const QString &text);
};

} // namespace gkml
