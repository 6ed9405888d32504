#include "XmlTagScanner.h"

#include <algorithm>
#include <cstring>

namespace gkml {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
// Consumed input is dropped once this much has piled up (a copy of what is left each time).
constexpr qsizetype kKeepBytes = 1024 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void appendCodePoint(QByteArray *out, char32_t cp)
{
    out->append(QString::fromUcs4(&cp, 1).toUtf8());
}

} // namespace

XmlTagScanner::XmlTagScanner(QIODevice *source)
    : m_source(source)
{ }

bool XmlTagScanner::fill()
{
    const qsizetype old = m_buffer.size();
    if (m_buffer.capacity() < old + kChunkBytes)
        m_buffer.reserve(std::max<qsizetype>(2 * m_buffer.capacity(), old + kChunkBytes));
    m_buffer.resize(old + kChunkBytes);
    const qint64 n = m_source->read(m_buffer.data() + old, kChunkBytes);
    m_buffer.resize(old + std::max<qint64>(n, 0));
    return n > 0;
}

bool XmlTagScanner::ensure(qsizetype index)
{
    while (index >= m_buffer.size()) {
        if (!fill())
            return false;
    }
    return true;
}

qsizetype XmlTagScanner::find(char c, qsizetype from)
{
    for (;;) {
        if (from < m_buffer.size()) {
            const void *hit = std::memchr(m_buffer.constData() + from, c,
                                          static_cast<size_t>(m_buffer.size() - from));
            if (hit)
                return static_cast<const char *>(hit) - m_buffer.constData();
            from = m_buffer.size();
        }
        if (!fill())
            return -1;
    }
}

qsizetype XmlTagScanner::find(QByteArrayView what, qsizetype from)
{
    for (;;) {
        const qsizetype at = QByteArrayView(m_buffer).indexOf(what, from);
        if (at >= 0)
            return at;
        from = std::max(from, m_buffer.size() - what.size() + 1);
        if (!fill())
            return -1;
    }
}

XmlTagScanner::Next XmlTagScanner::fail(const QString &error)
{
    m_error = error;
    return Next::Error;
}

XmlTagScanner::Next XmlTagScanner::next(Tag *tag)
{
    if (m_pos > kKeepBytes) {
        m_discardedLines += std::count(m_buffer.constBegin(), m_buffer.constBegin() + m_pos, '\n');
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_textStart = m_pos;
    for (;;) {
        const qsizetype lt = find('<', m_pos);
        if (lt < 0) {
            m_tagStart = m_pos = m_buffer.size();
            return Next::End;
        }
        if (!ensure(lt + 1))
            return fail(tr("the text ends inside a tag"));
        const char kind = m_buffer.at(lt + 1);
        if (kind == '!') {
            if (ensure(lt + 3) && m_buffer.at(lt + 2) == '-' && m_buffer.at(lt + 3) == '-') {
                const qsizetype close = find("-->", lt + 4);
                if (close < 0)
                    return fail(tr("a comment is not closed"));
                m_pos = close + 3;
                continue;
            }
            if (ensure(lt + 8) && QByteArrayView(m_buffer).sliced(lt + 2, 7) == "[CDATA[") {
                const qsizetype close = find("]]>", lt + 9);
                if (close < 0)
                    return fail(tr("a CDATA section is not closed"));
                m_pos = close + 3;
                continue; // part of the text: text() decodes it
            }
            return fail(tr("it holds a document type declaration, which spreadsheets never have"));
        }
        if (kind == '?') {
            const qsizetype close = find("?>", lt + 2);
            if (close < 0)
                return fail(tr("a processing instruction is not closed"));
            m_pos = close + 2;
            continue;
        }
        // An element tag. Indexes only until the end is found: refilling may move the buffer.
        qsizetype i = lt + 1;
        const bool closing = kind == '/';
        if (closing)
            ++i;
        const qsizetype nameStart = i;
        for (;; ++i) {
            if (!ensure(i))
                return fail(tr("the text ends inside a tag"));
            const char c = m_buffer.at(i);
            if (c == '>' || c == '/' || isSpace(c))
                break;
        }
        const qsizetype nameEnd = i;
        char quote = 0;
        for (;; ++i) {
            if (!ensure(i))
                return fail(tr("the text ends inside a tag"));
            const char c = m_buffer.at(i);
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        const char *data = m_buffer.constData();
        QByteArrayView name(data + nameStart, nameEnd - nameStart);
        if (const qsizetype colon = name.indexOf(':'); colon >= 0)
            name = name.sliced(colon + 1);
        if (name.isEmpty())
            return fail(tr("a tag has no name"));
        tag->name = name;
        tag->closing = closing;
        tag->selfClosing = i > nameEnd && data[i - 1] == '/';
        tag->attributes = QByteArrayView(data + nameEnd, i - nameEnd - (tag->selfClosing ? 1 : 0));
        m_tagStart = lt;
        m_pos = i + 1;
        return Next::Tag;
    }
}

QString XmlTagScanner::text(bool *ok) const
{
    return decode(QByteArrayView(m_buffer).sliced(m_textStart, m_tagStart - m_textStart), ok);
}

qint64 XmlTagScanner::lineNumber() const
{
    return m_discardedLines + std::count(m_buffer.constBegin(), m_buffer.constBegin() + m_pos, '\n') + 1;
}

QString XmlTagScanner::decode(QByteArrayView raw, bool *ok)
{
    *ok = true;
    const auto special = [](char c) { return c == '&' || c == '\r' || c == '<'; };
    if (std::none_of(raw.begin(), raw.end(), special))
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r') { // XML end-of-line handling
            out += '\n';
            if (i + 1 < raw.size() && raw.at(i + 1) == '\n')
                ++i;
        } else if (c == '<') {
            const QByteArrayView rest = raw.sliced(i);
            const bool cdata = rest.startsWith("<![CDATA[");
            const QByteArrayView end = cdata  ? QByteArrayView("]]>")
                    : rest.startsWith("<!--") ? QByteArrayView("-->")
                                              : QByteArrayView("?>");
            const qsizetype close = rest.indexOf(end);
            if (close < 0) {
                *ok = false;
                return {};
            }
            if (cdata) {
                const QByteArrayView inner = rest.sliced(9, close - 9);
                for (qsizetype k = 0; k < inner.size(); ++k) {
                    if (inner.at(k) == '\r') {
                        out += '\n';
                        if (k + 1 < inner.size() && inner.at(k + 1) == '\n')
                            ++k;
                    } else {
                        out += inner.at(k);
                    }
                }
            }
            i += close + end.size() - 1;
        } else if (c == '&') {
            const qsizetype semi = raw.indexOf(';', i);
            if (semi < 0) {
                *ok = false;
                return {};
            }
            const QByteArrayView entity = raw.sliced(i + 1, semi - i - 1);
            if (entity == "amp")
                out += '&';
            else if (entity == "lt")
                out += '<';
            else if (entity == "gt")
                out += '>';
            else if (entity == "quot")
                out += '"';
            else if (entity == "apos")
                out += '\'';
            else if (entity.startsWith('#')) {
                bool number = false;
                const uint code = entity.startsWith("#x") ? entity.sliced(2).toUInt(&number, 16)
                                                          : entity.sliced(1).toUInt(&number, 10);
                if (!number || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                    *ok = false;
                    return {};
                }
                appendCodePoint(&out, code);
            } else {
                *ok = false;
                return {};
            }
            i = semi;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

QByteArrayView XmlTagScanner::attribute(QByteArrayView attributes, QByteArrayView name)
{
    qsizetype from = 0;
    while (from < attributes.size()) {
        const qsizetype at = attributes.indexOf(name, from);
        if (at < 0)
            return {};
        const bool starts = at == 0 || isSpace(attributes.at(at - 1)) || attributes.at(at - 1) == ':';
        qsizetype k = at + name.size();
        while (k < attributes.size() && isSpace(attributes.at(k)))
            ++k;
        if (starts && k < attributes.size() && attributes.at(k) == '=') {
            ++k;
            while (k < attributes.size() && isSpace(attributes.at(k)))
                ++k;
            if (k < attributes.size() && (attributes.at(k) == '"' || attributes.at(k) == '\'')) {
                const qsizetype close = attributes.indexOf(attributes.at(k), k + 1);
                if (close < 0)
                    return {};
                return attributes.sliced(k + 1, close - k - 1);
            }
        }
        from = at + 1;
    }
    return {};
}

QString XmlTagScanner::attributeText(QByteArrayView attributes, QByteArrayView name)
{
    bool ok = false;
    const QString value = decode(attribute(attributes, name), &ok);
    return ok ? value : QString();
}

} // namespace gkml
