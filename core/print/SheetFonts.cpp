#include "print/SheetFonts.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>

namespace gkml {

namespace {

// Ideograph / radical pairs that share one glyph in fonts with the ToUnicode problem.
// 一 ⼀, 人 ⼈, 民 ⺠, 目 ⽬, 日 ⽇, 月 ⽉, 水 ⽔, 言 ⾔, 门 ⻔, 金 ⾦, 心 ⼼, 子 ⼦.
const char16_t kPairs[][2] = {
    { u'\u4E00', u'\u2F00' }, { u'\u4EBA', u'\u2F08' }, { u'\u6C11', u'\u2EA0' }, { u'\u76EE', u'\u2F6C' },
    { u'\u65E5', u'\u2F47' }, { u'\u6708', u'\u2F49' }, { u'\u6C34', u'\u2F54' }, { u'\u8A00', u'\u2F94' },
    { u'\u95E8', u'\u2EC6' }, { u'\u91D1', u'\u2FA6' }, { u'\u5FC3', u'\u2F3C' }, { u'\u5B50', u'\u2F26' },
};

// Fonts the Windows offices have (Chinese and English family names: Qt may report either),
// then the Linux ones.
const QStringList kTitle = {
    QStringLiteral("方正小标宋简体"),
    QStringLiteral("FZXiaoBiaoSong-B05S"),
    QStringLiteral("方正小标宋_GBK"),
    QStringLiteral("华文中宋"),
    QStringLiteral("STZhongsong"),
    QStringLiteral("黑体"),
    QStringLiteral("SimHei"),
    QStringLiteral("Microsoft YaHei"),
    QStringLiteral("Noto Serif CJK SC"),
    QStringLiteral("Noto Sans CJK SC"),
    QStringLiteral("Source Han Serif SC"),
    QStringLiteral("WenQuanYi Micro Hei"),
    QStringLiteral("WenQuanYi Zen Hei"),
};
const QStringList kHeader = {
    QStringLiteral("黑体"),
    QStringLiteral("SimHei"),
    QStringLiteral("Microsoft YaHei"),
    QStringLiteral("Noto Sans CJK SC"),
    QStringLiteral("Source Han Sans SC"),
    QStringLiteral("WenQuanYi Micro Hei"),
    QStringLiteral("WenQuanYi Zen Hei"),
};
const QStringList kBody = {
    QStringLiteral("仿宋_GB2312"),
    QStringLiteral("FangSong_GB2312"),
    QStringLiteral("仿宋"),
    QStringLiteral("FangSong"),
    QStringLiteral("宋体"),
    QStringLiteral("SimSun"),
    QStringLiteral("Noto Serif CJK SC"),
    QStringLiteral("Source Han Serif SC"),
    QStringLiteral("Noto Sans CJK SC"),
    QStringLiteral("WenQuanYi Micro Hei"),
    QStringLiteral("WenQuanYi Zen Hei"),
    QStringLiteral("Microsoft YaHei"),
};

} // namespace

const SheetFonts &SheetFonts::instance()
{
    static const SheetFonts fonts;
    return fonts;
}

SheetFonts::SheetFonts()
{
    m_title = pick(kTitle);
    m_header = pick(kHeader);
    m_body = pick(kBody);
}

QStringList SheetFonts::titleCandidates()
{
    return kTitle;
}
QStringList SheetFonts::headerCandidates()
{
    return kHeader;
}
QStringList SheetFonts::bodyCandidates()
{
    return kBody;
}

bool SheetFonts::isTextLayerSafe(const QString &family)
{
    if (!QFontDatabase::families().contains(family, Qt::CaseInsensitive))
        return false;
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || !raw.supportsCharacter(QChar(u'\u6C11')))
        return false; // not a Chinese font at all
    for (const auto &pair : kPairs) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(QString(QChar(pair[0])) + QChar(pair[1]));
        if (glyphs.size() == 2 && glyphs[0] != 0 && glyphs[0] == glyphs[1])
            return false;
    }
    return true;
}

QString SheetFonts::pick(const QStringList &candidates)
{
    for (const QString &family : candidates) {
        if (isTextLayerSafe(family))
            return family;
    }
    // Nothing safe installed: keep the first installed one (the sheet still prints; only the
    // search in the PDF may suffer) and let Qt's fallback handle the rest.
    for (const QString &family : candidates) {
        if (QFontDatabase::families().contains(family, Qt::CaseInsensitive))
            return family;
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

} // namespace gkml
