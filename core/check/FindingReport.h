#pragma once

#include "Finding.h"
#include "catalogue/Item.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gkml {

class Standard;

// The two renderings of a checker run: JSON for programs (gkml-cli validate --format json,
// validation.json in the submission package) and text grouped by item for people.
class FindingReport
{
    Q_DECLARE_TR_FUNCTIONS(FindingReport)
public:
    struct Summary
    {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
    };
    static Summary summarize(const QList<Finding> &findings);
    // Drops the findings about withheld (不予公开) items, for outputs that leave the office
    // (the submission package's validation.json): withheld items never reach a public output.
    static QList<Finding> withoutWithheld(const QList<Finding> &findings, const QList<Item> &items);
    // {"findings": [...], "summary": {errors, warnings, infos}, "standard": {id, version} or null}
    static QJsonObject toJson(const QList<Finding> &findings, const Standard *standard);
    // The same document as indented UTF-8, written directly (QJsonObject is ~10x slower for
    // 100k findings); keys in the order of DESIGN.md.
    static QByteArray toJsonBytes(const QList<Finding> &findings, const Standard *standard);
    // Findings grouped under the item they concern (catalogue order), then those about the
    // standard's items; ends with the summary line.
    static QString toText(const QList<Finding> &findings, const QList<Item> &items);
    static QString summaryText(const Summary &summary, int itemCount);
};

} // namespace gkml
