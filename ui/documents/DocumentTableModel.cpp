#include "DocumentTableModel.h"

#include "DocumentCommands.h"
#include "catalogue/DocumentStore.h"
#include "documents/DocumentChecker.h"
#include "documents/LedgerDate.h"

#include <QBrush>
#include <QColor>
#include <QUndoStack>

namespace gkml {

DocumentTableModel::DocumentTableModel(DocumentStore *store, QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undo(undo)
    , m_template(store->indexOrg(), store->indexPattern())
{
    connect(m_store, &DocumentStore::documentsChanged, this, &DocumentTableModel::reload);
    reload();
}

void DocumentTableModel::setIndexTemplate(const IndexNumberTemplate &t)
{
    m_template = t;
    reload();
}

void DocumentTableModel::reload()
{
    beginResetModel();
    m_documents = m_store->documents();
    m_findings = DocumentChecker::check(m_documents, m_template);
    m_byDocument.clear();
    for (const Finding &f : std::as_const(m_findings))
        m_byDocument[f.item] << f;
    endResetModel();
    emit findingsChanged();
}

int DocumentTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).id == id)
            return i;
    }
    return -1;
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocNo: return tr("Document number");
    case Title: return tr("Title");
    case WrittenOn: return tr("Date written");
    case Department: return tr("Drafting office");
    case Attribute: return tr("Disclosure");
    case Reason: return tr("Reason");
    case Reviewer: return tr("Reviewer");
    case ReviewedOn: return tr("Reviewed on");
    case IndexNo: return tr("Index number");
    case DocType: return tr("Type");
    case Transfer: return tr("Handed over");
    }
    return {};
}

Qt::ItemFlags DocumentTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    // 索引号 is assigned (never typed over a reserved number), 移交 recorded by a batch.
    if (index.column() != IndexNo && index.column() != Transfer && !m_documents.at(index.row()).transfer)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const Document &d = m_documents.at(index.row());
    const QList<Finding> findings = m_byDocument.value(d.id);
    if (role == DocumentIdRole)
        return d.id;
    if (role == ToReturnRole || role == FindingsRole) {
        QStringList codes;
        bool back = false;
        for (const Finding &f : findings) {
            codes << f.code;
            back = back || DocumentChecker::isReturnCode(f.code);
        }
        return role == ToReturnRole ? QVariant(back) : QVariant(codes);
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case DocNo: return d.docNo;
        case Title: return d.title;
        case WrittenOn: return d.writtenOn.toString(Qt::ISODate);
        case Department: return d.department;
        case Attribute: return d.attribute;
        case Reason: return d.reason;
        case Reviewer: return d.reviewer;
        case ReviewedOn: return d.reviewedOn.toString(Qt::ISODate);
        case IndexNo: return d.indexNo;
        case DocType: return d.docType;
        case Transfer: return d.transfer ? tr("Batch %1").arg(d.transfer) : QString();
        }
    }
    // A cell with a finding about its field is tinted, the finding in its tooltip.
    QString field;
    switch (index.column()) {
    case DocNo: field = QStringLiteral("docNo"); break;
    case Title: field = QStringLiteral("title"); break;
    case WrittenOn: field = QStringLiteral("writtenOn"); break;
    case Attribute: field = QStringLiteral("attribute"); break;
    case Reason: field = QStringLiteral("reason"); break;
    case Reviewer:
    case ReviewedOn: field = QStringLiteral("reviewer"); break;
    case IndexNo: field = QStringLiteral("indexNo"); break;
    default: break;
    }
    QStringList messages;
    bool error = false;
    for (const Finding &f : findings) {
        if (f.field == field) {
            messages << f.message;
            error = error || f.severity == Finding::Severity::Error;
        }
    }
    if (role == Qt::ToolTipRole && !messages.isEmpty())
        return messages.join(QLatin1Char('\n'));
    if (role == Qt::BackgroundRole && !messages.isEmpty())
        return QBrush(error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xff, 0xf4, 0xce));
    return {};
}

bool DocumentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Document before = m_documents.at(index.row());
    Document after = before;
    const QString text = value.toString().trimmed();
    // Sets a date column; a refusal when the text is neither empty nor a date.
    auto date = [&](QDate *target) {
        const QDate parsed = LedgerDate::parse(text);
        if (!text.isEmpty() && !parsed.isValid())
            return tr("\"%1\" is not a date; write it as 2026-03-05.").arg(text);
        *target = parsed;
        return QString();
    };
    QString refusal;
    switch (index.column()) {
    case DocNo: after.docNo = text; break;
    case Title: after.title = text; break;
    case WrittenOn: refusal = date(&after.writtenOn); break;
    case Department: after.department = text; break;
    case Attribute:
        after.attribute = Document::normaliseAttribute(text);
        if (!text.isEmpty() && after.attribute.isEmpty())
            refusal = tr("The disclosure attribute is 主动公开, 依申请公开 or 不予公开.");
        break;
    case Reason: after.reason = text; break;
    case Reviewer: after.reviewer = text; break;
    case ReviewedOn: refusal = date(&after.reviewedOn); break;
    case DocType: after.docType = Document::normaliseType(text); break;
    default: return false;
    }
    if (!refusal.isEmpty()) {
        emit errorOccurred(refusal);
        return false;
    }
    if (after == before)
        return false;
    m_undo->push(new EditDocumentCommand(
            m_store, [this](const QString &m) { emit errorOccurred(m); }, before, after,
            tr("Edit %1").arg(headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString())));
    return true;
}

} // namespace gkml
