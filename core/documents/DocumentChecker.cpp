#include "DocumentChecker.h"

#include "util/TextNormalizer.h"

#include <QHash>

namespace gkml {

namespace {

Finding finding(const Document &d, Finding::Severity severity, const QString &code, const QString &field,
                const QString &message)
{
    Finding f;
    f.severity = severity;
    f.code = code;
    f.item = d.id;
    f.domain = d.department;
    f.level1 = d.docNo;
    f.level2 = d.title;
    f.field = field;
    f.message = message;
    return f;
}

} // namespace

bool DocumentChecker::isReturnCode(const QString &code)
{
    return code == QLatin1String("doc-attribute-missing") || code == QLatin1String("doc-review-missing")
            || code == QLatin1String("doc-reason-missing");
}

QList<Finding> DocumentChecker::check(const Document &d, const IndexNumberTemplate &index)
{
    QList<Finding> out;
    using S = Finding::Severity;
    if (d.attribute.isEmpty())
        out << finding(
                d, S::Error, QStringLiteral("doc-attribute-missing"), QStringLiteral("attribute"),
                tr("No 公开属性 (主动公开, 依申请公开 or 不予公开) was marked: return the document to its "
                   "office to be redone."));
    else if (d.attribute != Document::proactive() && d.reason.trimmed().isEmpty())
        out << finding(d, S::Error, QStringLiteral("doc-reason-missing"), QStringLiteral("reason"),
                       tr("Marked %1 without the reason: return the document to its office to be redone.")
                               .arg(d.attribute));
    if (!d.isReviewed())
        out << finding(
                d, S::Error, QStringLiteral("doc-review-missing"), QStringLiteral("reviewer"),
                d.reviewer.trimmed().isEmpty()
                        ? tr("No 保密审查 is recorded (reviewer and date): return the document to its "
                             "office to be redone.")
                        : tr("The 保密审查 has no date: return the document to its office to be redone."));
    if (d.docNo.trimmed().isEmpty() || d.title.trimmed().isEmpty() || !d.writtenOn.isValid()) {
        QStringList missing;
        if (d.docNo.trimmed().isEmpty())
            missing << tr("document number");
        if (d.title.trimmed().isEmpty())
            missing << tr("title");
        if (!d.writtenOn.isValid())
            missing << tr("date written");
        out << finding(d, S::Warning, QStringLiteral("doc-field-missing"),
                       d.docNo.trimmed().isEmpty()           ? QStringLiteral("docNo")
                               : d.title.trimmed().isEmpty() ? QStringLiteral("title")
                                                             : QStringLiteral("writtenOn"),
                       tr("Missing: %1.").arg(missing.join(QStringLiteral("、"))));
    }
    if (!d.indexNo.isEmpty() && index.isUsable() && !index.parse(d.indexNo))
        out << finding(
                d, S::Error, QStringLiteral("doc-index-malformed"), QStringLiteral("indexNo"),
                tr("The 索引号 %1 does not follow the unit's pattern %2 (e.g. %3).")
                        .arg(d.indexNo, index.pattern(),
                             index.format(QDate(d.writtenOn.isValid() ? d.writtenOn.year() : 2026, 1, 1),
                                          12)));
    return out;
}

QList<Finding> DocumentChecker::check(const QList<Document> &documents, const IndexNumberTemplate &index)
{
    QList<Finding> out;
    QHash<QString, QList<const Document *>> byNumber, byIndex;
    for (const Document &d : documents) {
        out << check(d, index);
        // 文号 compared after folding width and punctuation: 安民〔2026〕1号 = 安民[2026]1号.
        const QString key = TextNormalizer::matchKey(d.docNo);
        if (!key.isEmpty())
            byNumber[key] << &d;
        if (!d.indexNo.trimmed().isEmpty())
            byIndex[d.indexNo.trimmed()] << &d;
    }
    for (const Document &d : documents) {
        const auto &same = byNumber.value(TextNormalizer::matchKey(d.docNo));
        if (same.size() > 1) {
            QStringList others;
            for (const Document *o : same) {
                if (o != &d)
                    others << o->title;
            }
            out << finding(d, Finding::Severity::Error, QStringLiteral("doc-number-duplicate"),
                           QStringLiteral("docNo"),
                           tr("The 文号 %1 is also on: %2.").arg(d.docNo, others.join(QStringLiteral("；"))));
        }
        const auto &sameIndex = byIndex.value(d.indexNo.trimmed());
        if (sameIndex.size() > 1)
            out << finding(d, Finding::Severity::Error, QStringLiteral("doc-index-duplicate"),
                           QStringLiteral("indexNo"),
                           tr("The 索引号 %1 is on %n documents; each document needs its own.", nullptr,
                              int(sameIndex.size()))
                                   .arg(d.indexNo));
    }
    return out;
}

QMap<QString, QList<DocumentChecker::Returned>> DocumentChecker::toReturn(const QList<Document> &documents)
{
    QMap<QString, QList<Returned>> byOffice;
    for (const Document &d : documents) {
        Returned r { d, {} };
        for (const Finding &f : check(d, IndexNumberTemplate())) {
            if (isReturnCode(f.code))
                r.reasons << f.message;
        }
        if (!r.reasons.isEmpty())
            byOffice[d.department.trimmed()] << r;
    }
    return byOffice;
}

} // namespace gkml
