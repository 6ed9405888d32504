#include "JsonText.h"

namespace gkml {

// Written by hand because QJsonObject sorts and re-encodes every key, which made exporting
// 100,000 items ten times slower than reading them.
void JsonText::appendString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    bool plain = true; // the common case: nothing to escape, append in one go
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || u == 0x2028 || u == 0x2029) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += s;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case 0x2028: out += QLatin1String("\\u2028"); break; // breaks JavaScript consumers
        case 0x2029: out += QLatin1String("\\u2029"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace gkml
