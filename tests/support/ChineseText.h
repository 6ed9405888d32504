#pragma once

#include <QRegularExpression>
#include <QString>

namespace gkml::test {

// Whether a message shown to a clerk is Chinese: it has Chinese text and no English sentence
// (three English words in a row). File names, options (--domain) and format names (xlsx, UTF-8)
// may stay as they are. On failure *why says what was wrong.
inline bool isChineseMessage(const QString &message, QString *why)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression sentence(
            QStringLiteral("(?<![\\w./-])[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}"));
    if (message.trimmed().isEmpty()) {
        *why = QStringLiteral("no message at all");
        return false;
    }
    if (!message.contains(han)) {
        *why = QStringLiteral("no Chinese text: ") + message;
        return false;
    }
    const QRegularExpressionMatch m = sentence.match(message);
    if (m.hasMatch()) {
        *why = QStringLiteral("English words \"%1\" in: %2").arg(m.captured(0), message);
        return false;
    }
    return true;
}

} // namespace gkml::test
