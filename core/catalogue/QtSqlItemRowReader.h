#pragma once

#include "ItemRowReader.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace gkml {

// Item rows through Qt Sql (the reader of Windows builds, and the fallback): the text and set
// columns joined into one value per row (U+001F between them), since Qt Sql wraps every value in
// a QVariant. A row whose text holds U+001F (a hostile import) is read column by column instead.
class QtSqlItemRowReader final : public ItemRowReader
{
public:
    explicit QtSqlItemRowReader(const QSqlDatabase &db);
    bool exec(const QString &tail, const QVariantList &bindings, QSqlError *error) override;
    bool next(Item *item, QSqlError *error) override;
    ItemRows::Reader reader() const override { return ItemRows::Reader::QtSql; }

private:
    bool readJoined(const QString &joined, Item *item);
    void readColumns(Item *item);

    QSqlQuery m_query;
    QSqlDatabase m_db;
};

} // namespace gkml
