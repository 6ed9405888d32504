#include "DuplicateSeqRule.h"

namespace gkml {

void DuplicateSeqRule::item(const Item &it, const QString &domainKey, const QString &nameKey,
                            QList<Finding> *out)
{
    if (it.seq <= 0 || domainKey.isEmpty())
        return; // no number given: nothing to collide
    QHash<int, First> &seqs = m_seqs[domainKey];
    const auto found = seqs.constFind(it.seq);
    if (found == seqs.cend()) {
        seqs.insert(it.seq, { &it, nameKey });
        return;
    }
    if (found->nameKey == nameKey)
        return; // another row of the same item
    const Item *first = found->item;
    out->append(Finding { Finding::Severity::Warning, QStringLiteral("duplicate-seq"), it.id, it.domain,
                          it.level1, it.level2, ItemFields::key(Field::Seq),
                          tr("No. %1 is also the number of \"%2 / %3\" in %4. Give each item its own number.")
                                  .arg(it.seq)
                                  .arg(first->level1, first->level2, first->domain) });
}

} // namespace gkml
