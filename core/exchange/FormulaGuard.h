#pragma once

#include <QString>

namespace gkml {

// Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with = + - @ (also their
// full-width forms), a tab or a CR would be run by Excel/WPS. Exports put an apostrophe in front;
// imports remove exactly that apostrophe, so a round trip is lossless. An apostrophe that was
// already there is protected the same way.
class FormulaGuard
{
public:
    static bool startsDangerously(const QString &text);
    static QString escape(const QString &text);
    static QString unescape(const QString &text);
};

} // namespace gkml
