#pragma once

#include "CatalogueStore.h"
#include "PublicationRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QStringList>

namespace gkml {

// Publication records, their evidence files, each item's update cycle and the assessors'
// problems, in the catalogue file's publication/evidence/item_cycle/problem tables. Every
// change is one transaction: it happens completely or not at all (errorString() then says why).
class PublicationStore : public CatalogueStore
{
    Q_DECLARE_TR_FUNCTIONS(PublicationStore)
public:
    // Evidence files are kept inside the catalogue, which lives on network shares and USB
    // sticks: one file may not exceed this (a phone photo is 2–8 MB).
    static constexpr qint64 kMaxEvidenceBytes = 20 * 1024 * 1024;
    // The update cycles an item may carry (empty: only when the information changes).
    static QStringList cycles();

    using CatalogueStore::CatalogueStore;

    // Records of one item, newest first, with their evidence (without the bytes).
    QList<PublicationRecord> records(qint64 item) const;
    // Every record without evidence, grouped by item: what status needs, in one query.
    QHash<qint64, QList<PublicationRecord>> allRecords() const;
    // Evidence lists of every record, by record id (for the evidence pack).
    QHash<qint64, QList<EvidenceFile>> allEvidence() const;
    int recordCount() const;

    // One posting covering several items (a board sheet): one record per item, each with a
    // copy of the evidence files, all in one transaction. Returns the new record ids (empty on
    // failure). Evidence files are read before anything is written; one over the size limit,
    // unreadable or empty refuses the whole posting.
    QList<qint64> add(const QList<qint64> &items, const PublicationRecord &record,
                      const QStringList &evidencePaths);
    bool remove(qint64 recordId);
    QByteArray evidenceData(qint64 evidenceId) const;

    QString cycle(qint64 item) const;
    QHash<qint64, QString> allCycles() const;
    bool setCycle(const QList<qint64> &items, const QString &cycle);

    QList<InspectionProblem> problems() const;
    bool addProblems(const QList<InspectionProblem> &problems);
    bool setProblemResult(qint64 problemId, const QString &result, const QDate &fixedOn);

private:
    // Runs `sql` once for each row of values, in one transaction: every row is written or none.
    bool writeRows(const QString &sql, const QList<QVariantList> &rows);
    bool writable() const;
};

} // namespace gkml
