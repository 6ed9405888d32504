#include "TextNormalizer.h"

namespace gkml {

QString TextNormalizer::matchKey(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        key.append(c.toLower());
    }
    return key;
}

QString TextNormalizer::cleanCell(const QString &text)
{
    // Most cells need nothing but trimming: look before copying.
    bool needsWork = false;
    const bool edgeSpace = text.isEmpty() || text.front().isSpace() || text.back().isSpace();
    for (const QChar c : text) {
        if (c == QLatin1Char('\r') || c == QChar(0x00A0)) {
            needsWork = true;
            break;
        }
    }
    if (!needsWork)
        return edgeSpace ? text.trimmed() : text; // (a hot path of large imports)
    QString s = text;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    s.replace(QChar(0x00A0), QLatin1Char(' ')); // no-break spaces pasted from Word/HTML
    return s.trimmed();
}

} // namespace gkml
