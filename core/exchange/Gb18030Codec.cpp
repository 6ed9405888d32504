#include "Gb18030Codec.h"

#ifdef GKML_GB18030_TEXTCODEC
#include <QTextCodec>
#else
#include <QStringDecoder>
#include <QStringEncoder>
#endif

namespace gkml {

#ifdef GKML_GB18030_TEXTCODEC

namespace {
QTextCodec *codec()
{
    static QTextCodec *const c = QTextCodec::codecForName("GB18030");
    return c;
}
} // namespace

bool Gb18030Codec::isAvailable()
{
    return codec() != nullptr;
}

// Qt5Compat's GB18030 decoder (6.4) turns the four-byte sequences of characters beyond the BMP
// (CJK Extension B and later: rare characters in personal and place names) into U+0000. Those are
// decoded here from their linear value; the text between them goes through the codec.
std::optional<QString> Gb18030Codec::decode(const QByteArray &bytes)
{
    if (!codec())
        return std::nullopt;
    QString text;
    text.reserve(bytes.size());
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype runStart = 0;
    auto decodeRun = [&](qsizetype end) {
        if (end == runStart)
            return true;
        QTextCodec::ConverterState state;
        text += codec()->toUnicode(bytes.constData() + runStart, int(end - runStart), &state);
        return state.invalidChars == 0 && state.remainingChars == 0; // a bad or a cut-off sequence
    };
    qsizetype i = 0;
    while (i < n) {
        if (b[i] < 0x80) {
            ++i;
        } else if (i + 1 < n && b[i + 1] >= 0x30 && b[i + 1] <= 0x39) { // four bytes
            if (i + 3 < n && b[i] >= 0x90 && b[i] <= 0xE3) {
                if (b[i + 2] < 0x81 || b[i + 2] > 0xFE || b[i + 3] < 0x30 || b[i + 3] > 0x39)
                    return std::nullopt;
                const char32_t linear
                        = (((b[i] - 0x90) * 10 + (b[i + 1] - 0x30)) * 126 + (b[i + 2] - 0x81)) * 10
                        + (b[i + 3] - 0x30);
                if (linear > 0xFFFFF || !decodeRun(i))
                    return std::nullopt;
                const char32_t codePoint = 0x10000 + linear;
                text += QString::fromUcs4(&codePoint, 1);
                runStart = i + 4;
            }
            i += 4;
        } else {
            i += 2;
        }
    }
    if (!decodeRun(n))
        return std::nullopt;
    return text;
}

std::optional<QByteArray> Gb18030Codec::encode(const QString &text)
{
    if (!codec())
        return std::nullopt;
    QTextCodec::ConverterState state;
    QByteArray bytes = codec()->fromUnicode(text.constData(), int(text.size()), &state);
    // (remainingChars is not looked at: Qt5Compat's GB18030 encoder sets it to 1 after any text.)
    if (state.invalidChars != 0)
        return std::nullopt;
    return bytes;
}

QString Gb18030Codec::backend()
{
    return QStringLiteral("QTextCodec");
}

#else

bool Gb18030Codec::isAvailable()
{
    return QStringDecoder("GB18030").isValid();
}

std::optional<QString> Gb18030Codec::decode(const QByteArray &bytes)
{
    QStringDecoder decoder("GB18030");
    if (!decoder.isValid())
        return std::nullopt;
    // A sequence cut off at the end would wait in the decoder's state without an error: a final
    // newline makes it invalid, so that both builds refuse it.
    QString text = decoder.decode(bytes + '\n');
    if (decoder.hasError() || !text.endsWith(QLatin1Char('\n')))
        return std::nullopt;
    text.chop(1);
    return text;
}

std::optional<QByteArray> Gb18030Codec::encode(const QString &text)
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        return std::nullopt;
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return std::nullopt;
    return bytes;
}

QString Gb18030Codec::backend()
{
    return QStringLiteral("ICU");
}

#endif

} // namespace gkml
