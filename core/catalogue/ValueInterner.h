#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

namespace gkml {

// Shares equal field values between the items of one load. Most columns of a catalogue repeat
// (领域, 公开时限, 公开主体, the channels, 公开对象 …): each distinct text is allocated once and
// every item holding it refers to the same QString data (implicit sharing; an edit detaches as
// usual). This keeps a large catalogue in a fraction of the memory and spares the allocator
// hundreds of thousands of small blocks. Looking a value up allocates nothing when it is known.
class ValueInterner
{
public:
    // The text equal to `value`, sharing its data with earlier equal texts.
    QString text(QStringView value);
    // The set stored as `stored` (one value per line, CatalogueFile::decodeSet), shared likewise.
    QStringList set(QStringView stored);
    // The same, for the values of one column read row after row: a value equal to the column's
    // previous one (a domain, deadline or owner repeated down the rows) is found without hashing.
    QString text(QStringView value, qsizetype column);
    QStringList set(QStringView stored, qsizetype column);
    // The same for a value read as UTF-8, the form SQLite keeps (ItemRows): a value seen before is
    // found by its bytes, so it costs neither a conversion nor an allocation. known…() answers
    // nullptr for a new value (the pointer holds until the column's next call); the caller
    // converts the bytes and hands the text to add…().
    const QString *knownText(QByteArrayView utf8, qsizetype column);
    QString addText(QByteArrayView utf8, qsizetype column, const QString &decoded);
    const QStringList *knownSet(QByteArrayView utf8, qsizetype column);
    QStringList addSet(QByteArrayView utf8, qsizetype column, const QString &decoded);
    // Distinct texts and sets seen (for tests and benchmarks).
    qsizetype distinctCount() const { return qsizetype(m_texts.size() + m_sets.size()); }
    // Distinct UTF-8 byte strings seen through add…() (for tests).
    qsizetype distinctUtf8Count() const { return qsizetype(m_utf8Texts.size() + m_utf8Sets.size()); }

private:
    // Keys view the data of the QString kept in the value (it stays put when the hash grows), so a
    // look-up needs no allocation.
    QHash<QStringView, QString> m_texts;
    QHash<QStringView, std::pair<QString, QStringList>> m_sets;
    struct Recent
    {
        QString stored; // the column's previous value as stored (a set: lines)
        QString text;
        QStringList set;
    };
    std::vector<Recent> m_recent; // by column
    // UTF-8 bytes -> the shared value; the key views the bytes kept in the value.
    QHash<QByteArrayView, std::pair<QByteArray, QString>> m_utf8Texts;
    QHash<QByteArrayView, std::pair<QByteArray, QStringList>> m_utf8Sets;
    struct RecentUtf8
    {
        QByteArray bytes; // the column's previous value (shares the kept bytes)
        QString text;
        QStringList set;
        qint64 values = 0; // texts asked for, and new ones among them
        qint64 added = 0;
        bool distinct = false; // values hardly repeat: converted, not remembered
    };
    std::vector<RecentUtf8> m_recentUtf8; // by column
    RecentUtf8 &recentUtf8(qsizetype column);
    template<typename Value>
    const Value *known(const QHash<QByteArrayView, std::pair<QByteArray, Value>> &table,
                       Value RecentUtf8::*recentValue, QByteArrayView utf8, qsizetype column);
    Recent &recent(qsizetype column);
    QString keep(const QString &owned);
    const std::pair<QString, QStringList> &setEntry(QStringView stored);
};

} // namespace gkml
