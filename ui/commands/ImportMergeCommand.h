#pragma once

#include "catalogue/CatalogueFile.h"

#include <QUndoCommand>
#include <functional>

namespace gkml {

// An import merged into a catalogue as ONE undo step and one transaction each way: the matched
// items' field changes and the new items go in together, and undo takes both back together.
class ImportMergeCommand : public QUndoCommand
{
public:
    ImportMergeCommand(CatalogueFile *file, std::function<void(const QString &)> onError,
                       const QList<CatalogueFile::FieldUpdate> &updates,
                       const QList<CatalogueFile::FieldUpdate> &reverts, const QList<Item> &inserts,
                       const QString &source, const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void report();
    CatalogueFile *m_file;
    std::function<void(const QString &)> m_onError;
    QList<CatalogueFile::FieldUpdate> m_updates, m_reverts;
    QList<Item> m_inserts;
    QString m_source;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace gkml
