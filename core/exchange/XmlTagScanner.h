#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace gkml {

// A forward-only, streaming scanner for the XML that spreadsheet parts use: elements,
// attributes in quotes, text with the five entities and character references, comments,
// processing instructions and CDATA. It reads its device in chunks and keeps only the part
// still in use, so a sheet of any size takes little memory, and it is several times faster
// than QXmlStreamReader because it builds no QString for names and attributes. A DOCTYPE (the
// way to entity bombs; Office never writes one) or an unknown entity is an error. It does not
// check that tags nest properly: readers check what they need.
class XmlTagScanner
{
    Q_DECLARE_TR_FUNCTIONS(XmlTagScanner)
public:
    struct Tag
    {
        QByteArrayView name; // local name, namespace prefix dropped
        QByteArrayView attributes; // the raw text between the name and '>' (or "/>")
        bool closing = false; // </name>
        bool selfClosing = false; // <name ... />
    };
    enum class Next {
        Tag,
        End,
        Error
    };

    explicit XmlTagScanner(QIODevice *source);

    // Moves to the next tag. Views into the tag and text() stay valid until the next call.
    Next next(Tag *tag);
    // The text between the previous tag and this one, decoded (entities, CR LF, CDATA;
    // comments and processing instructions dropped). *ok is false when it is malformed.
    QString text(bool *ok) const;
    // Why next() returned Error, and roughly where.
    QString errorString() const { return m_error; }
    qint64 lineNumber() const;

    // The raw value of the attribute with local name `name` (any prefix) in Tag::attributes:
    // for ASCII values such as cell references. Empty when absent.
    static QByteArrayView attribute(QByteArrayView attributes, QByteArrayView name);
    // The same, decoded (entities, character references): for names and other text.
    static QString attributeText(QByteArrayView attributes, QByteArrayView name);
    // Decodes XML character data (entities, CR LF, CDATA; comments and processing instructions
    // dropped). *ok is false for an unknown entity or an unterminated section.
    static QString decode(QByteArrayView raw, bool *ok);

private:
    bool fill(); // appends one chunk; false at the end of the device
    qsizetype find(char c, qsizetype from); // refills as needed; -1 at the end
    qsizetype find(QByteArrayView what, qsizetype from);
    bool ensure(qsizetype index); // the buffer holds index (refills as needed)
    Next fail(const QString &error);

    QIODevice *m_source;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // where scanning continues
    qsizetype m_textStart = 0; // the text before the current tag: [m_textStart, m_tagStart)
    qsizetype m_tagStart = 0;
    qint64 m_discardedLines = 0; // line breaks in the part of the input already dropped
    QString m_error;
};

} // namespace gkml
