#include "PlaceholderContentRule.h"

#include "standard/Standard.h"

#include <QRegularExpression>
#include <QSet>

namespace gkml {

QString PlaceholderContentRule::placeholder(const QString &content)
{
    const QString text = content.trimmed();
    if (text.isEmpty())
        return {}; // an empty cell is required-missing, not a placeholder
    // Words that stand in for content, compared as the checker compares names (width,
    // punctuation and spaces folded): "详见附件。" and "（详见附件）" are 详见附件.
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : { "点击查看", "点击查看详情", "详见附件", "见附件", "详见链接", "见链接",
                               "详见网站", "略", "无", "暂无", "点击", "链接" })
            s.insert(Standard::nameKey(QString::fromUtf8(w)));
        return s;
    }();
    static const QRegularExpression url(QStringLiteral(R"((?:https?://|www\.)\S+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString rest = text;
    // The expression is asked only of texts that may hold a link: most contents hold none, and
    // matching it was most of the time this rule took over a 100,000-item catalogue.
    const bool mayHaveUrl = text.contains(QLatin1String("http"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("www."), Qt::CaseInsensitive);
    const bool hadUrl = mayHaveUrl && rest.contains(url);
    if (hadUrl)
        rest.remove(url);
    const QString key = Standard::nameKey(rest);
    if (key.isEmpty())
        return hadUrl ? tr("a link") : QString();
    if (words.contains(key))
        return rest.trimmed();
    return {};
}

void PlaceholderContentRule::item(const Item &it, const QString &what, QList<Finding> *out)
{
    if (it.withheld)
        return; // never published: nothing to say about its wording
    if (what.isEmpty())
        return;
    out->append(Finding { Finding::Severity::Warning, QStringLiteral("content-placeholder"), it.id, it.domain,
                          it.level1, it.level2, ItemFields::key(Field::Content),
                          tr("%1 only says \"%2\", which is not the content. Name what is published "
                             "(e.g. 政策文件、办理流程、审批结果).")
                                  .arg(ItemFields::label(Field::Content), what) });
}

} // namespace gkml
