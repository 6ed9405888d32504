#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QString>

namespace gkml {

// How the unit writes its 索引号 (政府信息公开目录系统实施指引: "前段码/后段码"): a pattern with
// the placeholders {org} (organisation or 统一社会信用代码), {year} (4 digits), {month} (2 digits)
// and {seq:N} (the year's serial number, N digits wide), everything else literal separators.
//   {org}/{year}-{seq:5}          → 003543211/2026-00012
//   {org}/{year}{month}-{seq:5}   → 113417020032563511/202504-00057
// The serial number counts per year. Kept in the catalogue file's meta table.
class IndexNumberTemplate
{
    Q_DECLARE_TR_FUNCTIONS(IndexNumberTemplate)
public:
    static QString defaultPattern() { return QStringLiteral("{org}/{year}-{seq:5}"); }

    IndexNumberTemplate() = default;
    IndexNumberTemplate(const QString &org, const QString &pattern);

    QString org() const { return m_org; }
    QString pattern() const { return m_pattern; }
    // An empty string when the pattern is usable, else why not (one sentence).
    QString problem() const;
    bool isUsable() const { return problem().isEmpty(); }

    // The number for the `seq`-th document of `date`'s year.
    QString format(const QDate &date, int seq) const;
    // Whether `indexNo` follows the pattern; fills year and seq when it does.
    bool parse(const QString &indexNo, int *year = nullptr, int *seq = nullptr) const;

private:
    QString m_org;
    QString m_pattern;
    QRegularExpression m_regex;
    int m_seqWidth = 0;
};

} // namespace gkml
