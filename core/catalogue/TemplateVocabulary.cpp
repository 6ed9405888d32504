#include "TemplateVocabulary.h"

#include "util/TextNormalizer.h"

namespace gkml {

const QStringList &TemplateVocabulary::channels()
{
    static const QStringList list = {
        QStringLiteral("政府网站"),
        QStringLiteral("政府公报"),
        QStringLiteral("两微一端"),
        QStringLiteral("发布会/听证会"),
        QStringLiteral("广播电视"),
        QStringLiteral("纸质媒体"),
        QStringLiteral("公开查阅点"),
        QStringLiteral("政务服务中心"),
        QStringLiteral("便民服务站"),
        QStringLiteral("入户/现场"),
        QStringLiteral("社区/企事业单位/村公示栏(电子屏)"),
        QStringLiteral("精准推送"),
        QStringLiteral("其他"),
    };
    return list;
}

const QStringList &TemplateVocabulary::audience()
{
    static const QStringList list = { QStringLiteral("全社会"), QStringLiteral("特定群体") };
    return list;
}

const QStringList &TemplateVocabulary::method()
{
    static const QStringList list = { QStringLiteral("主动"), QStringLiteral("依申请") };
    return list;
}

const QStringList &TemplateVocabulary::level()
{
    static const QStringList list = { QStringLiteral("县级"), QStringLiteral("乡级") };
    return list;
}

const QStringList &TemplateVocabulary::stages()
{
    static const QStringList list = { QStringLiteral("决策"), QStringLiteral("执行"), QStringLiteral("管理"),
                                      QStringLiteral("服务"), QStringLiteral("结果") };
    return list;
}

const QHash<QString, QString> &TemplateVocabulary::channelAliases()
{
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("政府服务中心"), QStringLiteral("政务服务中心") },
        { QStringLiteral("入户/现场宣传"), QStringLiteral("入户/现场") },
        { QStringLiteral("社区/企事业单位/村公示 栏(电子屏)"),
          QStringLiteral("社区/企事业单位/村公示栏(电子屏)") },
        { QStringLiteral("社区/企事业单位/村公示栏"), QStringLiteral("社区/企事业单位/村公示栏(电子屏)") },
    };
    return aliases;
}

QString TemplateVocabulary::canonicalChannel(const QString &value)
{
    static const QHash<QString, QString> byKey = [] {
        QHash<QString, QString> h;
        for (const QString &c : channels())
            h.insert(TextNormalizer::matchKey(c), c);
        for (auto it = channelAliases().cbegin(); it != channelAliases().cend(); ++it)
            h.insert(TextNormalizer::matchKey(it.key()), it.value());
        return h;
    }();
    if (channels().contains(value))
        return value;
    if (const auto alias = channelAliases().constFind(value); alias != channelAliases().cend())
        return *alias;
    return byKey.value(TextNormalizer::matchKey(value));
}

QString TemplateVocabulary::asOtherChannel(const QString &text)
{
    return otherChannel() + QStringLiteral("：") + text;
}

} // namespace gkml
