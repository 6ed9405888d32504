#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gkml {

// GB18030 (and so GBK and GB2312) in both directions: what Excel and WPS save on a Chinese
// Windows. Qt's QStringDecoder knows GB18030 only through ICU, which Debian's Qt has and Qt for
// Windows has not; there the build uses Core5Compat's QTextCodec instead (GKML_GB18030_TEXTCODEC,
// set by core/CMakeLists.txt). Both give the same bytes and the same text, tested on both.
class Gb18030Codec
{
public:
    // Whether this build can convert GB18030 at all.
    static bool isAvailable();
    // The text, or nothing when the bytes are not valid GB18030 (strict: no replacement characters).
    static std::optional<QString> decode(const QByteArray &bytes);
    // The bytes, or nothing when the text cannot be encoded (unpaired surrogates).
    static std::optional<QByteArray> encode(const QString &text);
    // Which converter this build uses, for diagnostics: "ICU" or "QTextCodec".
    static QString backend();
};

} // namespace gkml
