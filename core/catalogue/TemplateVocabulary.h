#pragma once

#include <QHash>
#include <QStringList>

namespace gkml {

// The closed value sets of the national template (reference/domain.md §1.2, §1.4). Standards may
// refine them (aliases, misspellings); import and print need the canonical lists and their order.
class TemplateVocabulary
{
public:
    // The 13 channels (公开渠道和载体) in printed order.
    static const QStringList &channels();
    static const QStringList &audience(); // 全社会, 特定群体
    static const QStringList &method(); // 主动, 依申请
    static const QStringList &level(); // 县级, 乡级
    static const QStringList &stages(); // 决策, 执行, 管理, 服务, 结果
    static QString otherChannel() { return QStringLiteral("其他"); }
    // Known spellings of channel values in real files -> canonical value (domain.md §1.4).
    static const QHash<QString, QString> &channelAliases();
    // The canonical channel for a spelling (exact, alias, or same after TextNormalizer::matchKey);
    // empty when unknown.
    static QString canonicalChannel(const QString &value);
    // "其他：text" for a local channel that is not in the vocabulary.
    static QString asOtherChannel(const QString &text);
};

} // namespace gkml
