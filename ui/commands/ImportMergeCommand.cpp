#include "ImportMergeCommand.h"

namespace gkml {

ImportMergeCommand::ImportMergeCommand(CatalogueFile *file, std::function<void(const QString &)> onError,
                                       const QList<CatalogueFile::FieldUpdate> &updates,
                                       const QList<CatalogueFile::FieldUpdate> &reverts,
                                       const QList<Item> &inserts, const QString &source, const QString &text)
    : m_file(file)
    , m_onError(std::move(onError))
    , m_updates(updates)
    , m_reverts(reverts)
    , m_inserts(inserts)
    , m_source(source)
{
    setText(text);
}

void ImportMergeCommand::report()
{
    m_failed = true;
    setObsolete(true);
    if (m_onError)
        m_onError(m_file->errorString());
}

void ImportMergeCommand::redo()
{
    // The first time the new items get fresh ids; a redo after undo puts them back under the same
    // ids, so that findings and history keep pointing at them.
    if (!m_file->applyBatch(m_updates, m_inserts, {}, m_source, m_done))
        return report();
    m_done = true;
}

void ImportMergeCommand::undo()
{
    QList<qint64> ids;
    for (const Item &it : std::as_const(m_inserts))
        ids << it.id;
    QList<Item> none;
    if (!m_file->applyBatch(m_reverts, none, ids, QString(), false))
        report();
}

} // namespace gkml
