#pragma once

#include <QSqlError>
#include <QString>

namespace gkml {

class CatalogueFile;

// What the stores of a catalogue file's tables (editions, townships, publications) share: the
// file they work on and the last error, one sentence for the clerk.
class CatalogueStore
{
public:
    explicit CatalogueStore(CatalogueFile &file)
        : m_file(file)
    { }

    QString errorString() const { return m_error; }

protected:
    // Notes `message` as the error; returns false.
    bool fail(const QString &message) const;
    // Ends the open transaction without its changes; the error said as a sentence.
    bool rollbackWith(const QSqlError &error) const;

    CatalogueFile &m_file;
    mutable QString m_error;
};

} // namespace gkml
