#pragma once

#include <QString>

namespace gkml {

// JSON string literals written by hand for the fast writers (the JSON export, the findings
// report): one escaper shared by exchange/ and check/, which must not depend on each other.
class JsonText
{
public:
    // Appends `s` as a JSON string literal (quotes and escapes).
    static void appendString(QString &out, const QString &s);
};

} // namespace gkml
