#include "TextDecoder.h"

#include "Gb18030Codec.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace gkml {

namespace {
QString canonicalName(const QString &encoding)
{
    const QString e = encoding.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (e.isEmpty() || e == QLatin1String("auto"))
        return QStringLiteral("auto");
    if (e == QLatin1String("utf8") || e == QLatin1String("utf8bom"))
        return QStringLiteral("utf-8");
    if (e == QLatin1String("gb18030") || e == QLatin1String("gbk") || e == QLatin1String("gb2312")
        || e == QLatin1String("cp936"))
        return QStringLiteral("gb18030");
    return {};
}

bool decodeStrict(QStringDecoder &decoder, QByteArrayView bytes, QString *out)
{
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}
} // namespace

bool TextDecoder::isKnownEncoding(const QString &encoding)
{
    return !canonicalName(encoding).isEmpty();
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype control = 0;
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = static_cast<uchar>(bytes.at(i));
        if (c == 0 && !utf16)
            return true;
        if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            ++control;
    }
    return !utf16 && n > 0 && control * 20 > n; // more than 5% control bytes
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &encoding)
{
    Result r;
    const QString wanted = canonicalName(encoding);
    if (wanted.isEmpty()) {
        r.error = TextDecoder::tr("Unknown encoding \"%1\"; use auto, utf-8 or gb18030.").arg(encoding);
        return r;
    }
    if (looksBinary(bytes)) {
        r.error = TextDecoder::tr("This is not a text file.");
        return r;
    }
    // A BOM settles the question whatever was asked.
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (!decodeStrict(d, QByteArrayView(bytes).sliced(3), &r.text)) {
            r.error = TextDecoder::tr("The file says it is UTF-8 but contains invalid characters.");
            return r;
        }
        r.encoding = QStringLiteral("utf-8-bom");
        return r;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        if (!decodeStrict(d, QByteArrayView(bytes).sliced(2), &r.text)) {
            r.error = TextDecoder::tr("The file says it is UTF-16 but contains invalid characters.");
            return r;
        }
        r.encoding = QStringLiteral("utf-16");
        return r;
    }
    if (wanted == QLatin1String("utf-8") || wanted == QLatin1String("auto")) {
        QStringDecoder d(QStringDecoder::Utf8);
        if (decodeStrict(d, bytes, &r.text)) {
            r.encoding = QStringLiteral("utf-8");
            return r;
        }
        if (wanted == QLatin1String("utf-8")) {
            r.error = TextDecoder::tr("The file is not valid UTF-8; try --encoding gb18030.");
            return r;
        }
    }
    // GB18030 is a superset of GBK and GB2312 (ICU on Linux, QTextCodec on Windows).
    if (!Gb18030Codec::isAvailable()) {
        r.error = TextDecoder::tr(
                "This computer cannot decode GB18030 text; save the file as UTF-8 and try again.");
        return r;
    }
    std::optional<QString> gb = Gb18030Codec::decode(bytes);
    if (!gb) {
        r.error = TextDecoder::tr("The file is neither UTF-8 nor GB18030 text.");
        return r;
    }
    r.text = std::move(*gb);
    r.encoding = QStringLiteral("gb18030");
    return r;
}

} // namespace gkml
