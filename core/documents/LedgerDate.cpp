#include "LedgerDate.h"

#include <QRegularExpression>

namespace gkml {

QDate LedgerDate::parse(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (t.isEmpty())
        return {};
    static const QRegularExpression ymd(
            QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/"
                           ".月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    QRegularExpressionMatch m = ymd.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    m = compact.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:\\.\\d+)?$"));
    m = serial.match(t);
    if (m.hasMatch()) {
        const int days = m.captured(1).toInt();
        if (days >= 20000 && days <= 80000) // 1954 .. 2119: a plausible document date
            return QDate(1899, 12, 30).addDays(days);
    }
    return {};
}

} // namespace gkml
