#pragma once

#include "catalogue/Document.h"
#include "check/Finding.h"
#include "documents/IndexNumberTemplate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QUndoStack;

namespace gkml {

class DocumentStore;

// The ledger as a table for the 公文登记 view. Edits go through the undo stack as
// EditDocumentCommands; the model reloads when the store reports a change, and keeps the
// findings of every document (DocumentChecker) for colours, tooltips and the findings list.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DocNo,
        Title,
        WrittenOn,
        Department,
        Attribute,
        Reason,
        Reviewer,
        ReviewedOn,
        IndexNo,
        DocType,
        Transfer,
        ColumnCount
    };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        ToReturnRole, // bool: the document goes back to its office (退回重新办理)
        FindingsRole // QStringList of finding codes
    };

    DocumentTableModel(DocumentStore *store, QUndoStack *undo, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const QList<Document> &documents() const { return m_documents; }
    const Document &documentAt(int row) const { return m_documents.at(row); }
    int rowOf(qint64 id) const;
    QList<Finding> findings() const { return m_findings; }
    IndexNumberTemplate indexTemplate() const { return m_template; }
    void setIndexTemplate(const IndexNumberTemplate &t);

    void reload();

signals:
    void errorOccurred(const QString &message);
    void findingsChanged();

private:
    DocumentStore *m_store;
    QUndoStack *m_undo;
    QList<Document> m_documents;
    QList<Finding> m_findings;
    QHash<qint64, QList<Finding>> m_byDocument;
    IndexNumberTemplate m_template;
};

} // namespace gkml
