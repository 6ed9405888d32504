#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace gkml {

// Decodes text files from Chinese offices: UTF-8 (with or without BOM), UTF-16 with BOM, and
// GB18030/GBK (what Excel and WPS save on a Chinese Windows). "auto" tries strict UTF-8 first:
// GBK bytes are almost never valid UTF-8, so the guess is reliable.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct Result
    {
        QString text;
        QString encoding; // "utf-8", "utf-8-bom", "utf-16", "gb18030"
        QString error; // empty on success
    };
    // encoding: auto | utf-8 | gb18030 (gbk and gb2312 are accepted as gb18030)
    static Result decode(const QByteArray &bytes, const QString &encoding);
    // Whether the name is one decode() accepts.
    static bool isKnownEncoding(const QString &encoding);
    // Heuristic: NUL bytes or many control characters mean this is not a text file.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace gkml
