#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace gkml {

// One thing the checker found (DESIGN.md "Findings"). `code` is a stable kebab-case word that
// scripts rely on; `message` is translated and says what to do.
struct Finding
{
    enum class Severity {
        Error,
        Warning,
        Info
    };
    Severity severity = Severity::Error;
    QString code;
    qint64 item = 0; // 0 = not about one item (e.g. a missing standard item)
    QString domain, level1, level2;
    QString field; // field key, or empty
    QString message;

    static QString severityKey(Severity severity); // "error" | "warning" | "info"
    static std::optional<Severity> severityFromKey(const QString &key);
    // {severity, code, item (id or null), domain, level1, level2, field (key or null), message}
    QJsonObject toJson() const;

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace gkml
