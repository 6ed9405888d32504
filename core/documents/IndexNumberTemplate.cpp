#include "IndexNumberTemplate.h"

namespace gkml {

namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{(org|year|month|seq)(?::(\\d+))?\\}"));
    return re;
}
} // namespace

IndexNumberTemplate::IndexNumberTemplate(const QString &org, const QString &pattern)
    : m_org(org.trimmed())
    , m_pattern(pattern.trimmed())
{
    QString regex = QStringLiteral("^");
    qsizetype pos = 0;
    auto it = placeholder().globalMatch(m_pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        regex += QRegularExpression::escape(m_pattern.mid(pos, m.capturedStart() - pos));
        const QString name = m.captured(1);
        if (name == QLatin1String("org")) {
            regex += QRegularExpression::escape(m_org);
        } else if (name == QLatin1String("year")) {
            regex += QStringLiteral("(?<year>\\d{4})");
        } else if (name == QLatin1String("month")) {
            regex += QStringLiteral("(?:0[1-9]|1[0-2])");
        } else {
            m_seqWidth = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            // At least the width (zero-padded); longer once a year passes 10^width documents.
            regex += QStringLiteral("(?<seq>\\d{%1,})").arg(qBound(1, m_seqWidth, 12));
        }
        pos = m.capturedEnd();
    }
    regex += QRegularExpression::escape(m_pattern.mid(pos)) + QStringLiteral("$");
    m_regex = QRegularExpression(regex);
}

QString IndexNumberTemplate::problem() const
{
    if (m_pattern.isEmpty())
        return tr("The 索引号 pattern is empty.");
    if (!m_pattern.contains(QLatin1String("{seq")) || m_seqWidth < 1 || m_seqWidth > 12)
        return tr("The 索引号 pattern needs a serial number {seq:N} with N from 1 to 12.");
    if (!m_pattern.contains(QLatin1String("{year}")))
        return tr("The 索引号 pattern needs the year {year}.");
    if (m_pattern.count(QLatin1String("{seq")) > 1 || m_pattern.count(QLatin1String("{year}")) > 1)
        return tr("The 索引号 pattern names the year or the serial number twice.");
    if (m_pattern.contains(QLatin1String("{org}")) && m_org.isEmpty())
        return tr("The 索引号 pattern uses {org}: set the organisation code first.");
    QString rest = m_pattern;
    rest.remove(placeholder());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return tr("The 索引号 pattern has an unknown placeholder; use {org}, {year}, {month} and {seq:N}.");
    return {};
}

QString IndexNumberTemplate::format(const QDate &date, int seq) const
{
    QString out;
    qsizetype pos = 0;
    auto it = placeholder().globalMatch(m_pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += m_pattern.mid(pos, m.capturedStart() - pos);
        const QString name = m.captured(1);
        if (name == QLatin1String("org"))
            out += m_org;
        else if (name == QLatin1String("year"))
            out += QString::number(date.year());
        else if (name == QLatin1String("month"))
            out += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
        else
            out += QStringLiteral("%1").arg(seq, m_seqWidth, 10, QLatin1Char('0'));
        pos = m.capturedEnd();
    }
    return out + m_pattern.mid(pos);
}

bool IndexNumberTemplate::parse(const QString &indexNo, int *year, int *seq) const
{
    if (!isUsable())
        return false;
    const QRegularExpressionMatch m = m_regex.match(indexNo.trimmed());
    if (!m.hasMatch())
        return false;
    bool ok = false;
    const int s = m.captured(QStringLiteral("seq")).toInt(&ok);
    if (!ok || s < 1)
        return false;
    if (year)
        *year = m.captured(QStringLiteral("year")).toInt();
    if (seq)
        *seq = s;
    return true;
}

} // namespace gkml
