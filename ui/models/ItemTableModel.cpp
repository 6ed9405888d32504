#include "ItemTableModel.h"

#include "FieldChoices.h"
#include "PublicationStatusColumn.h"
#include "catalogue/CatalogueFile.h"
#include "check/Finding.h"
#include "commands/CatalogueEditor.h"
#include "standard/Standard.h"
#include "template/CellCodec.h"
#include "util/TextNormalizer.h"
#include "util/Translations.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QThread>
#include <algorithm>

namespace gkml {

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_severityIcons[0] = QIcon(QStringLiteral(":/icons/error.svg"));
    m_severityIcons[1] = QIcon(QStringLiteral(":/icons/warning.svg"));
    m_severityIcons[2] = QIcon(QStringLiteral(":/icons/info.svg"));
}

ItemTableModel::~ItemTableModel()
{
    cancelLoading();
}

void ItemTableModel::setEditor(CatalogueEditor *editor)
{
    if (m_editor && m_editor->file())
        disconnect(m_editor->file(), nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor && m_editor->file()) {
        CatalogueFile *file = m_editor->file();
        connect(file, &CatalogueFile::itemChanged, this, &ItemTableModel::onItemChanged);
        connect(file, &CatalogueFile::itemsInserted, this, &ItemTableModel::onItemsInserted);
        connect(file, &CatalogueFile::itemsRemoved, this, &ItemTableModel::onItemsRemoved);
    }
    reload();
}

void ItemTableModel::reload(bool inBackground)
{
    cancelLoading();
    beginResetModel();
    CatalogueFile *file = m_editor ? m_editor->file() : nullptr;
    const int total = file ? file->itemCount() : 0;
    const bool inTwoSteps = inBackground && total > m_backgroundLoadFrom && total > kFirstScreenRows;
    bool read = true;
    m_items = !file ? QList<Item>() : inTwoSteps ? file->firstItems(kFirstScreenRows) : file->items(&read);
    m_marks.clear();
    m_domainRank.clear();
    for (const Item &it : std::as_const(m_items))
        rankDomain(it.domain);
    rebuildIndex();
    endResetModel();
    if (!read)
        emit readFailed(file->errorString());
    if (inTwoSteps)
        startBackgroundLoad();
}

void ItemTableModel::startBackgroundLoad()
{
    const QString path = m_editor->file()->path();
    auto loaded = std::make_shared<QList<Item>>();
    m_loaded = loaded;
    const quint64 generation = ++m_loadGeneration;
    m_loader = QThread::create([path, loaded] {
        // A connection of this thread's own: SQLite lets it read while the window's connection
        // holds the file (and its edit lock). A failure leaves the list empty: read here instead.
        QString error;
        bool read = false;
        if (const auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error))
            *loaded = file->items(&read);
        if (!read)
            loaded->clear();
    });
    connect(m_loader, &QThread::finished, this, [this, generation] {
        if (generation == m_loadGeneration && m_loader)
            finishLoading();
    });
    m_loader->start(QThread::LowPriority);
}

bool ItemTableModel::finishLoading()
{
    if (!m_loader)
        return true;
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
    const std::shared_ptr<QList<Item>> loaded = std::exchange(m_loaded, nullptr);
    ++m_loadGeneration;
    // The worker read the same order; the first rows are the ones already shown (no edit can
    // have come in between: every change signal ends the load first).
    const qsizetype shown = m_items.size();
    bool same = loaded->size() >= shown;
    for (qsizetype i = 0; same && i < shown; ++i)
        same = loaded->at(i).id == m_items.at(i).id;
    if (!same) {
        reload(false); // the file could not be read on the worker, or changed meanwhile: read it here
        emit loadingFinished();
        return false;
    }
    if (loaded->size() > shown) {
        beginInsertRows({}, int(shown), int(loaded->size()) - 1);
        m_items = *loaded;
        for (const Item &it : std::as_const(m_items))
            rankDomain(it.domain);
        rebuildIndex();
        endInsertRows();
    }
    emit loadingFinished();
    return true;
}

void ItemTableModel::cancelLoading()
{
    if (!m_loader)
        return;
    ++m_loadGeneration;
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
    m_loaded.reset();
}

const QList<Item> &ItemTableModel::items() const
{
    if (m_loader)
        const_cast<ItemTableModel *>(this)->finishLoading();
    return m_items;
}

void ItemTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_rowOfId.insert(m_items.at(i).id, i);
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : statusColumn() + 1;
}

int ItemTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

QModelIndex ItemTableModel::indexOf(qint64 id, Field field) const
{
    const int row = rowOfId(id);
    return row < 0 ? QModelIndex() : index(row, columnOf(field));
}

QString ItemTableModel::displayText(const Item &item, Field field)
{
    return CellCodec::fieldText(item, field);
}

QVariant ItemTableModel::valueFromText(Field field, const QString &text)
{
    return CellCodec::fieldValue(field, text);
}

ItemTableModel::CellMark ItemTableModel::markAt(qint64 id, int column) const
{
    if (m_marks.isEmpty())
        return {};
    CellMark m = m_marks.value({ id, column });
    // Findings about the whole item show on its name (二级事项).
    if (m.severity < 0 && column == columnOf(Field::Level2))
        m = m_marks.value({ id, -1 });
    return m;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    if (index.column() == statusColumn()) {
        if (role == ItemIdRole)
            return item.id;
        if (role == SeverityRole)
            return -1;
        return m_status ? m_status->data(item, role) : QVariant();
    }
    const Field field = fieldAt(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = displayText(item, field);
        if (field == Field::Withheld)
            return QVariant();
        // Long texts are shown on one line; the item form shows them whole.
        if (text.size() > 200)
            text = text.left(200) + QStringLiteral("…");
        text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        return text;
    }
    case Qt::EditRole: return displayText(item, field);
    case Qt::CheckStateRole:
        if (field == Field::Withheld)
            return item.withheld ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const CellMark m = markAt(item.id, index.column());
        const QString text = displayText(item, field);
        if (m.severity >= 0)
            return m.message + (text.isEmpty() ? QString() : QStringLiteral("\n\n") + text.left(1000));
        if (ItemFields::info(field).type == FieldType::Text && text.size() > 20)
            return text.left(1000);
        return {};
    }
    case Qt::DecorationRole: {
        const CellMark m = markAt(item.id, index.column());
        if (m.severity >= 0 && m.severity < 3)
            return m_severityIcons[m.severity];
        return {};
    }
    case Qt::BackgroundRole: {
        // Colour AND icon: colour alone fails for colour-blind users and on grey printouts.
        const CellMark m = markAt(item.id, index.column());
        if (m.severity == 0)
            return QBrush(QColor(255, 214, 214));
        if (m.severity == 1)
            return QBrush(QColor(255, 240, 200));
        if (item.withheld)
            return QBrush(QColor(235, 235, 235));
        return {};
    }
    case ItemIdRole: return item.id;
    case FieldKeyRole: return ItemFields::key(field);
    case SeverityRole: return markAt(item.id, index.column()).severity;
    default: return {};
    }
}

QString ItemTableModel::fieldDescription(Field field)
{
    switch (field) {
    case Field::Domain: return tr("The domain (领域) the item belongs to, e.g. 社会救助.");
    case Field::Seq: return tr("Display order inside the domain. Use Move Up/Down to change it.");
    case Field::Level1: return tr("Required. The level-1 item (一级事项) as named in the standard.");
    case Field::Level2: return tr("Required. The level-2 item (二级事项): what exactly is disclosed.");
    case Field::Level3: return tr("Optional. Some provinces use a third level.");
    case Field::Content: return tr("Required. The elements disclosed (公开内容), one per line if several.");
    case Field::Basis: return tr("Required. The laws and documents requiring the disclosure (公开依据).");
    case Field::Deadline:
        return tr("Required. When it is disclosed, e.g. 信息形成或者变更之日起20个工作日内 "
                  "(at most 20 working days, Regulations Art. 26).");
    case Field::Owner: return tr("Required. The body that discloses (公开主体), e.g. 县民政局.");
    case Field::Channels:
        return tr("Required. Where it is published: one or more of the 13 channels of the template, "
                  "separated by 、.");
    case Field::Audience: return tr("Required. 全社会 (everyone) and/or 特定群体 (a specific group).");
    case Field::AudienceNote: return tr("Which group, when the audience is 特定群体.");
    case Field::Method: return tr("Required. 主动 (proactive) and/or 依申请 (on request).");
    case Field::Level: return tr("Required. 县级 and/or 乡级: which government level discloses it.");
    case Field::Stages:
        return tr("Optional. Which of the five disclosures (决策/执行/管理/服务/结果) it serves.");
    case Field::Department:
        return tr("The office responsible (责任股室). Choose from the list or type a name.");
    case Field::Withheld:
        return tr("Checked: the item is on the negative list (不予公开). It stays in the file but never "
                  "appears in exports, packages or printed sheets.");
    case Field::WithheldBasis: return tr("Why the item is withheld (the legal basis).");
    case Field::Note: return tr("Free remarks.");
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == statusColumn())
        return m_status ? m_status->headerData(role) : QVariant();
    const Field field = fieldAt(section);
    switch (role) {
    case Qt::DisplayRole:
        // In the Chinese UI the columns carry the template's own printed labels.
        return Translations::currentLanguage().startsWith(QLatin1String("zh")) ? ItemFields::labelZh(field)
                                                                               : ItemFields::label(field);
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b> (%2)<br>%3")
                .arg(ItemFields::labelZh(field), ItemFields::key(field),
                     fieldDescription(field).toHtmlEscaped());
    case Qt::FontRole:
        if (ItemFields::info(field).required) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case FieldKeyRole: return ItemFields::key(field);
    default: return {};
    }
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (m_editor && isFieldColumn(index.column()) && !m_editor->isReadOnly()) {
        if (fieldAt(index.column()) == Field::Withheld)
            f |= Qt::ItemIsUserCheckable;
        else
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_editor || !isFieldColumn(index.column()))
        return false;
    const Item &item = m_items.at(index.row());
    const Field field = fieldAt(index.column());
    QVariant v;
    if (role == Qt::CheckStateRole && field == Field::Withheld)
        v = value.toInt() == Qt::Checked;
    else if (role == Qt::EditRole)
        v = value.typeId() == QMetaType::QString ? valueFromText(field, value.toString()) : value;
    else
        return false;
    // The model changes when the file reports the committed edit (onItemChanged), not here.
    return m_editor->setField(item.id, field, v);
}

bool ItemTableModel::lessInDisplayOrder(const Item &a, const Item &b) const
{
    const int ra = m_domainRank.value(a.domain, INT_MAX), rb = m_domainRank.value(b.domain, INT_MAX);
    if (ra != rb)
        return ra < rb;
    if (a.seq != b.seq)
        return a.seq < b.seq;
    return a.id < b.id;
}

int ItemTableModel::insertPosition(const Item &item) const
{
    const auto it
            = std::upper_bound(m_items.cbegin(), m_items.cend(), item,
                               [this](const Item &a, const Item &b) { return lessInDisplayOrder(a, b); });
    return int(it - m_items.cbegin());
}

bool ItemTableModel::reloadInstead(qsizetype rows, qsizetype limit)
{
    if (m_loader) {
        reload(false); // a change while the rest is read: read it all again, here
        return true;
    }
    if (rows > limit) {
        reload();
        return true;
    }
    return false;
}

void ItemTableModel::rankDomain(const QString &domain)
{
    if (!m_domainRank.contains(domain))
        m_domainRank.insert(domain, int(m_domainRank.size()));
}

void ItemTableModel::onItemChanged(qint64 id, Field field)
{
    if (reloadInstead(1))
        return;
    const int row = rowOfId(id);
    if (row < 0)
        return;
    const std::optional<Item> fresh = m_editor->file()->item(id);
    if (!fresh)
        return;
    rankDomain(fresh->domain);
    m_items[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    if (field == Field::Seq || field == Field::Domain) {
        // Keep the display order: move the row to where it now belongs.
        Item moved = m_items.at(row);
        m_items.removeAt(row);
        const int to = insertPosition(moved); // index in the list without the row
        m_items.insert(row, moved);
        if (to == row)
            return;
        // beginMoveRows' destination counts rows before the removal.
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_items.removeAt(row);
        m_items.insert(to, moved);
        rebuildIndex();
        endMoveRows();
    }
}

void ItemTableModel::onItemsInserted(const QList<qint64> &ids)
{
    // A large import: one reload is cheaper than many single inserts.
    if (reloadInstead(ids.size(), 500))
        return;
    for (qint64 id : ids) {
        const std::optional<Item> it = m_editor->file()->item(id);
        if (!it)
            continue;
        rankDomain(it->domain);
        const int pos = insertPosition(*it);
        beginInsertRows({}, pos, pos);
        m_items.insert(pos, *it);
        rebuildIndex();
        endInsertRows();
    }
}

void ItemTableModel::onItemsRemoved(const QList<qint64> &ids)
{
    if (reloadInstead(ids.size(), 200))
        return;
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        rebuildIndex();
        endRemoveRows();
    }
}

void ItemTableModel::setStatusColumn(PublicationStatusColumn *status)
{
    PublicationStatusColumn::follow(this, &m_status, status, [this] {
        emit headerDataChanged(Qt::Horizontal, statusColumn(), statusColumn());
        if (!m_items.isEmpty())
            emit dataChanged(index(0, statusColumn()), index(rowCount() - 1, statusColumn()));
    });
}

void ItemTableModel::setStandard(const Standard *standard)
{
    m_standard = standard;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ItemTableModel::setFindings(const QList<Finding> &findings)
{
    QHash<QPair<qint64, int>, CellMark> marks;
    for (const Finding &f : findings) {
        if (f.item == 0)
            continue;
        int column = -1;
        if (!f.field.isEmpty()) {
            if (const auto field = ItemFields::fromKey(f.field))
                column = columnOf(*field);
        }
        CellMark &m = marks[{ f.item, column }];
        const int sev = static_cast<int>(f.severity);
        if (m.severity < 0 || sev < m.severity) {
            m.severity = sev;
            m.message = f.message;
        } else if (sev == m.severity) {
            m.message += QLatin1Char('\n') + f.message;
        }
    }
    setMarks(marks);
}

void ItemTableModel::setMarks(const QHash<QPair<qint64, int>, CellMark> &marks)
{
    m_marks = marks;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         { Qt::DecorationRole, Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole });
}

} // namespace gkml
