#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace gkml {

// One evidence file of a publication record (a screenshot, a photo of a notice board), stored
// in the catalogue file; the bytes are read on demand (PublicationStore::evidenceData).
struct EvidenceFile
{
    qint64 id = 0;
    QString name;
    QString sha256; // lower-case hex
    qint64 bytes = 0;
};

// One publication of an item (DESIGN.md "Publication records and the inspection").
struct PublicationRecord
{
    qint64 id = 0;
    qint64 item = 0;
    QString channel;
    QDate publishedOn; // invalid: entered without a date (counts as not updated)
    QDate eventOn; // the day the information was formed or changed; optional
    QString where; // URL or place (村公示栏 ...)
    QString note;
    QList<EvidenceFile> evidence;
};

// One problem of the assessors' 问题明细 (or of GKML's own inspection, once recorded).
struct InspectionProblem
{
    qint64 id = 0;
    qint64 item = 0; // 0: not matched to an item
    QString department;
    QString text; // 问题明细
    QString requirement; // 整改要求
    QDate fixBy; // 整改期限
    QString source; // the feedback file's name
    QString sourceRow; // the row as read, kept for unmatched rows
    QString result; // 整改结果
    QDate fixedOn;

    bool isFixed() const { return fixedOn.isValid() || !result.trimmed().isEmpty(); }
};

} // namespace gkml
