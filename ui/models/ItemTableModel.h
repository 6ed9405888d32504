#pragma once

#include "catalogue/Item.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <limits>
#include <memory>

class QThread;

namespace gkml {

class CatalogueEditor;
class CatalogueFile;
class PublicationStatusColumn;
class Standard;
struct Finding;

// The item table: one column per template field, over an in-memory copy of the catalogue read
// once with CatalogueFile::items(). Scrolling and painting never touch SQLite; after an edit the
// file's signals refresh only the rows concerned. Edits go through CatalogueEditor (undo stack).
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        FieldKeyRole,
        SeverityRole, // int: 0 error, 1 warning, 2 info, -1 none
    };
    struct CellMark
    {
        int severity = -1;
        QString message;
    };

    explicit ItemTableModel(QObject *parent = nullptr);
    ~ItemTableModel() override;

    // A catalogue with more items than this opens in two steps: the first screen of rows at
    // once, the rest read on a worker thread (its own read-only connection) and appended as
    // rows when ready, so the window paints before the whole catalogue is in memory.
    static constexpr int kDefaultBackgroundLoadFrom = 20000;
    static constexpr int kFirstScreenRows = 200;
    void setBackgroundLoadFrom(int items) { m_backgroundLoadFrom = items; }
    // True while the rest of the rows are being read; loadingFinished() follows.
    bool isLoading() const { return m_loader != nullptr; }

    // Loads the items once; the model follows the file's change signals from then on.
    void setEditor(CatalogueEditor *editor);
    CatalogueEditor *editor() const { return m_editor; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Every item. While the rest is still being read this waits for it (and appends the rows
    // first), so an export or a paste never sees part of the catalogue.
    const QList<Item> &items() const;
    // The rows the model holds now, without waiting (the first screen while loading).
    const QList<Item> &loadedItems() const { return m_items; }
    const Item &itemAt(int row) const { return m_items.at(row); }
    int rowOfId(qint64 id) const;
    QModelIndex indexOf(qint64 id, Field field) const;

    static Field fieldAt(int column) { return static_cast<Field>(column); }
    // One column per field, then the publication status (read-only, from PublicationStatusColumn).
    static int statusColumn() { return int(ItemFields::all().size()); }
    static bool isFieldColumn(int column) { return column >= 0 && column < statusColumn(); }
    void setStatusColumn(PublicationStatusColumn *status);
    static int columnOf(Field field) { return static_cast<int>(field); }
    // The text shown (and copied) for a field: sets joined with 、, 是/否 for booleans.
    static QString displayText(const Item &item, Field field);
    // Converts text (typed or pasted) into the value of a field.
    static QVariant valueFromText(Field field, const QString &text);
    static QString fieldDescription(Field field);
    // dataChanged roles that mean the values changed (not only the finding marks).
    static bool isTextChange(const QList<int> &roles)
    {
        return roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole);
    }

    // The checker's findings become cell marks (icon, colour, tooltip); several findings on
    // one cell show the most severe, messages of equal severity are joined.
    void setFindings(const QList<Finding> &findings);
    // Findings shown in the cells: key = (item id, column); column -1 marks the whole item.
    void setMarks(const QHash<QPair<qint64, int>, CellMark> &marks);
    // The standard's column labels and aliases join the header tooltips.
    void setStandard(const Standard *standard);

signals:
    void loadingFinished();
    // The catalogue could not be read to its end (a disk error, a file damaged while open): the
    // table holds the items before the failure, and the window says so.
    void readFailed(const QString &message);

private:
    // inBackground: a large catalogue in two steps (first screen now, the rest on a worker).
    void reload(bool inBackground = true);
    void startBackgroundLoad();
    // Takes the worker's rows in (appended after the first screen); false if the load failed.
    bool finishLoading();
    // Stops a load in progress (its rows are dropped) before a full, synchronous reload.
    void cancelLoading();
    // Takes a change of `rows` rows by reading the catalogue again instead of row by row, when a
    // background load is under way (the rest is read again, here) or when there are more than
    // `limit` of them; true when it did.
    bool reloadInstead(qsizetype rows, qsizetype limit = std::numeric_limits<qsizetype>::max());
    void rankDomain(const QString &domain); // a domain not seen yet sorts after the others
    void onItemChanged(qint64 id, Field field);
    void onItemsInserted(const QList<qint64> &ids);
    void onItemsRemoved(const QList<qint64> &ids);
    void rebuildIndex();
    int insertPosition(const Item &item) const;
    bool lessInDisplayOrder(const Item &a, const Item &b) const;
    CellMark markAt(qint64 id, int column) const;

    CatalogueEditor *m_editor = nullptr;
    const Standard *m_standard = nullptr;
    PublicationStatusColumn *m_status = nullptr;
    QList<Item> m_items;
    QHash<qint64, int> m_rowOfId;
    QHash<QString, int> m_domainRank;
    QHash<QPair<qint64, int>, CellMark> m_marks;
    QIcon m_severityIcons[3];
    int m_backgroundLoadFrom = kDefaultBackgroundLoadFrom;
    QThread *m_loader = nullptr;
    std::shared_ptr<QList<Item>> m_loaded; // filled by the worker thread
    quint64 m_loadGeneration = 0;
};

} // namespace gkml
