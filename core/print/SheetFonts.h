#pragma once

#include <QString>
#include <QStringList>

namespace gkml {

// Picks the typefaces of the printed sheets: a heavy Song/Hei face for the title, Hei for the
// table header, FangSong/Song for the body, as official documents use, with fallbacks.
//
// A candidate is only used if it keeps the PDF text layer exact. Qt writes the PDF ToUnicode map
// from the font's cmap and picks the lowest code point of a glyph; fonts such as Noto CJK map the
// Kangxi/CJK radicals (U+2E80-U+2FDF) to the same glyphs as the ideographs, so 民 would be
// extracted as ⺠ and searching the PDF for 民政局 would fail (toolchain.md §5). Such fonts are
// skipped; on Debian this leaves WenQuanYi Micro Hei, whose text layer is exact.
class SheetFonts
{
public:
    // Needs a QGuiApplication. Families are resolved once per process.
    static const SheetFonts &instance();

    QString title() const { return m_title; }
    QString header() const { return m_header; }
    QString body() const { return m_body; }

    // True if the family is installed and keeps ideographs apart from radicals (exact text layer).
    static bool isTextLayerSafe(const QString &family);
    static QStringList titleCandidates();
    static QStringList headerCandidates();
    static QStringList bodyCandidates();

private:
    SheetFonts();
    static QString pick(const QStringList &candidates);
    QString m_title;
    QString m_header;
    QString m_body;
};

} // namespace gkml
