#include "FormulaGuard.h"

namespace gkml {

bool FormulaGuard::startsDangerously(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QChar(0xFF1D) /*＝*/
            || c == QChar(0xFF0B) /*＋*/ || c == QChar(0xFF0D) /*－*/ || c == QChar(0xFF20) /*＠*/;
}

static bool isEscaped(const QString &text)
{
    return text.size() > 1 && text.front() == QLatin1Char('\'')
            && (FormulaGuard::startsDangerously(text.mid(1)) || text.at(1) == QLatin1Char('\''));
}

QString FormulaGuard::escape(const QString &text)
{
    if (startsDangerously(text) || isEscaped(text))
        return QLatin1Char('\'') + text;
    return text;
}

QString FormulaGuard::unescape(const QString &text)
{
    return isEscaped(text) ? text.mid(1) : text;
}

} // namespace gkml
