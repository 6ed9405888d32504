#include "SpreadsheetText.h"

namespace gkml {

QString SpreadsheetText::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString SpreadsheetText::cellReference(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

QString SpreadsheetText::xmlSafe(const QString &text)
{
    QString out;
    bool clean = true;
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0xFFFE
            || c.unicode() == 0xFFFF) {
            clean = false;
            break;
        }
    }
    if (clean && !text.contains(QLatin1String("_x")))
        return text;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool control = (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
        // A literal "_x0041_" must not be read back as an escape: escape its underscore.
        const bool literalEscape = c == QLatin1Char('_') && i + 6 < text.size()
                && text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_');
        if (control || literalEscape)
            out += QStringLiteral("_x%1_")
                           .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                           .toUpper()
                           .replace(QLatin1String("_X"), QLatin1String("_x"));
        else
            out += c;
    }
    return out;
}

} // namespace gkml
