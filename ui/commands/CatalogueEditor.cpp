#include "CatalogueEditor.h"

#include "ImportMergeCommand.h"
#include "ItemCommands.h"
#include "catalogue/CatalogueFile.h"

#include <QUndoStack>
#include <algorithm>

namespace gkml {

CatalogueEditor::CatalogueEditor(CatalogueFile *file, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_stack(stack)
{ }

bool CatalogueEditor::isReadOnly() const
{
    return !m_file || m_file->isReadOnly();
}

QList<Item> CatalogueEditor::currentItems() const
{
    return m_itemsSource ? m_itemsSource() : m_file->items();
}

void CatalogueEditor::reportError(const QString &message)
{
    m_failed = true;
    emit errorOccurred(message);
}

bool CatalogueEditor::setField(qint64 id, Field field, const QVariant &value, bool typing)
{
    if (isReadOnly()) {
        reportError(
                tr("The catalogue is open read-only: %1").arg(m_file ? m_file->readOnlyReason() : QString()));
        return false;
    }
    const std::optional<Item> before = m_file->item(id);
    if (!before) {
        reportError(tr("The item no longer exists."));
        return false;
    }
    Item probe = *before;
    probe.setValue(field, value);
    if (probe.value(field) == before->value(field))
        return true; // nothing changed: no undo step
    m_failed = false;
    m_stack->push(new SetFieldCommand(
            m_file, [this](const QString &m) { reportError(m); }, id, field, before->value(field),
            probe.value(field), typing));
    return !m_failed;
}

QList<qint64> CatalogueEditor::insertItems(QList<Item> items, const QString &source, const QString &undoText,
                                           qint64 afterId)
{
    if (isReadOnly() || items.isEmpty()) {
        if (isReadOnly())
            reportError(tr("The catalogue is open read-only: %1")
                                .arg(m_file ? m_file->readOnlyReason() : QString()));
        return {};
    }
    // Display order: after `afterId` when given (renumbering the items below it in the same
    // domain would touch many rows; instead the new items take the following seq numbers and
    // ties are broken by id), otherwise at the end of each item's domain.
    const QList<Item> all = currentItems();
    QHash<QString, int> maxSeq;
    for (const Item &it : all)
        maxSeq[it.domain] = std::max(maxSeq.value(it.domain), it.seq);
    int afterSeq = -1;
    QString afterDomain;
    if (afterId != 0) {
        for (const Item &it : all) {
            if (it.id == afterId) {
                afterSeq = it.seq;
                afterDomain = it.domain;
            }
        }
    }
    for (Item &it : items) {
        if (afterSeq >= 0 && it.domain == afterDomain)
            it.seq = afterSeq; // same seq, larger id: shown right below
        else
            it.seq = ++maxSeq[it.domain];
    }
    m_failed = false;
    auto *cmd = new InsertItemsCommand(
            m_file, [this](const QString &m) { reportError(m); }, items, source, undoText);
    m_stack->push(cmd);
    if (m_failed)
        return {};
    return cmd->ids();
}

bool CatalogueEditor::removeItems(const QList<qint64> &ids)
{
    if (isReadOnly()) {
        reportError(
                tr("The catalogue is open read-only: %1").arg(m_file ? m_file->readOnlyReason() : QString()));
        return false;
    }
    QList<Item> items;
    for (qint64 id : ids) {
        if (const auto it = m_file->item(id))
            items << *it;
    }
    if (items.isEmpty())
        return false;
    m_failed = false;
    m_stack->push(new RemoveItemsCommand(
            m_file, [this](const QString &m) { reportError(m); }, items,
            tr("Delete %n item(s)", nullptr, int(items.size()))));
    return !m_failed;
}

bool CatalogueEditor::moveItem(qint64 id, int direction)
{
    if (isReadOnly())
        return false;
    const QList<Item> all = currentItems(); // display order
    int row = -1;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).id == id)
            row = i;
    }
    const int other = row + (direction < 0 ? -1 : 1);
    if (row < 0 || other < 0 || other >= all.size() || all.at(other).domain != all.at(row).domain)
        return false;
    const Item &a = all.at(row);
    const Item &b = all.at(other);
    int seqA = b.seq, seqB = a.seq;
    if (seqA == seqB) // equal numbers: make the order explicit
        seqA = direction < 0 ? a.seq - 1 : a.seq + 1;
    m_failed = false;
    auto onError = [this](const QString &m) { reportError(m); };
    auto *macro = new QUndoCommand(direction < 0 ? tr("Move item up") : tr("Move item down"));
    new SetFieldCommand(m_file, onError, a.id, Field::Seq, a.seq, seqA, false, macro);
    if (seqB != b.seq)
        new SetFieldCommand(m_file, onError, b.id, Field::Seq, b.seq, seqB, false, macro);
    m_stack->push(macro);
    return !m_failed;
}

bool CatalogueEditor::setCells(const QList<CellEdit> &edits, const QString &undoText)
{
    if (isReadOnly()) {
        reportError(
                tr("The catalogue is open read-only: %1").arg(m_file ? m_file->readOnlyReason() : QString()));
        return false;
    }
    auto onError = [this](const QString &m) { reportError(m); };
    auto *macro = new QUndoCommand(undoText);
    QHash<qint64, Item> current;
    for (const CellEdit &e : edits) {
        if (!current.contains(e.id)) {
            const std::optional<Item> it = m_file->item(e.id);
            if (!it)
                continue;
            current.insert(e.id, *it);
        }
        Item &it = current[e.id];
        Item probe = it;
        probe.setValue(e.field, e.value);
        if (probe.value(e.field) == it.value(e.field))
            continue;
        new SetFieldCommand(m_file, onError, e.id, e.field, it.value(e.field), probe.value(e.field), false,
                            macro);
        it = probe;
    }
    if (macro->childCount() == 0) {
        delete macro;
        return true;
    }
    m_failed = false;
    m_stack->push(macro);
    return !m_failed;
}

int CatalogueEditor::applyImport(const ImportMatcher::Plan &plan, ImportMatcher::OnMatch mode,
                                 const QString &source)
{
    if (isReadOnly()) {
        reportError(
                tr("The catalogue is open read-only: %1").arg(m_file ? m_file->readOnlyReason() : QString()));
        return -1;
    }
    QList<CatalogueFile::FieldUpdate> updates, reverts;
    for (const ImportMatcher::Match &m : plan.updatesToApply(mode)) {
        CatalogueFile::FieldUpdate forward { m.existing.id, {} };
        CatalogueFile::FieldUpdate back { m.existing.id, {} };
        for (const ImportMatcher::FieldChange &c : m.changes) {
            forward.changes.append({ c.field, c.newValue });
            back.changes.append({ c.field, c.oldValue });
        }
        updates.append(forward);
        reverts.append(back);
    }
    QList<Item> items = plan.itemsToAdd(mode);
    if (updates.isEmpty() && items.isEmpty())
        return 0; // everything identical or skipped: no undo step
    // New items go at the end of their domain, as any insert does.
    QHash<QString, int> maxSeq;
    for (const Item &it : currentItems())
        maxSeq[it.domain] = std::max(maxSeq.value(it.domain), it.seq);
    for (Item &it : items)
        it.seq = ++maxSeq[it.domain];
    const QString text = updates.isEmpty()
            ? tr("Import %n item(s)", nullptr, int(items.size()))
            : tr("Import: %1 updated, %2 added").arg(updates.size()).arg(items.size());
    m_failed = false;
    m_stack->push(new ImportMergeCommand(
            m_file, [this](const QString &m) { reportError(m); }, updates, reverts, items, source, text));
    return m_failed ? -1 : int(items.size());
}

} // namespace gkml
