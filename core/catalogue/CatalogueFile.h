#pragma once

#include "CatalogueInfo.h"
#include "HistoryEntry.h"
#include "Item.h"
#include "LockInfo.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <memory>
#include <optional>

namespace gkml {

class EditLock;

// The .gkml catalogue file: SQLite as the application file format (DESIGN.md).
// Every edit is one committed transaction with its history rows, so a crash loses nothing.
// Failing calls return false / 0 and set errorString() to one sentence a clerk understands;
// the file is then unchanged.
class CatalogueFile : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode {
        ReadOnly,
        ReadWrite
    };
    static constexpr int kApplicationId = 0x474B4D4C; // "GKML"
    static constexpr int kSchemaVersion = 3;

    ~CatalogueFile() override;

    // Creates a new catalogue; refuses to overwrite an existing file.
    static std::unique_ptr<CatalogueFile> create(const QString &path, const CatalogueInfo &info,
                                                 QString *error);
    // Opens a catalogue. ReadWrite falls back to read-only when another editor holds the lock
    // or the file/medium is read-only: check isReadOnly() and readOnlyReason().
    // Migrates an older schema forward (ReadWrite only); refuses files it does not understand.
    static std::unique_ptr<CatalogueFile> open(const QString &path, OpenMode mode, QString *error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    LockInfo lockHolder() const { return m_lockHolder; }
    int schemaVersion() const;
    QString errorString() const { return m_error; }

    // Name recorded in history rows; defaults to the login name.
    void setUserName(const QString &user) { m_user = user; }
    QString userName() const { return m_user; }

    CatalogueInfo info() const;
    bool setInfo(const CatalogueInfo &info);

    // Items ordered by domain (first appearance), then seq, then id. `ok` is false when the file
    // could not be read to its end (a disk error, a file damaged while open): errorString() says
    // why, and the list holds only the items before the failure.
    QList<Item> items(bool *ok = nullptr) const;
    // The first `count` items of that same order, read through the (domain, seq) index without
    // reading the rest: what a window shows before the whole catalogue is loaded.
    QList<Item> firstItems(int count) const;
    std::optional<Item> item(qint64 id) const;
    int itemCount() const;
    QList<QPair<QString, int>> domainCounts() const;
    QStringList domains() const;

    // One edit = one transaction. Returns false (and leaves the file unchanged) on failure.
    bool setField(qint64 id, Field field, const QVariant &value);
    bool setFields(qint64 id, const QList<QPair<Field, QVariant>> &changes);
    // Inserts one item; returns its new id, 0 on failure. A non-zero item.id is reused (undo).
    qint64 insertItem(const Item &item);
    // Adds all items in one transaction or none; fills their ids. `source` is noted in history.
    bool insertItems(QList<Item> &items, const QString &source);
    bool removeItems(const QList<qint64> &ids);
    // Field changes of one item, for applyBatch().
    struct FieldUpdate
    {
        qint64 id = 0;
        QList<QPair<Field, QVariant>> changes;
    };
    // Updates, inserts and removals in ONE transaction: an import that merges into the
    // catalogue, and its undo, are all or nothing. `inserts` get their new ids; with keepIds
    // they are re-inserted under the ids they carry (redo after undo).
    bool applyBatch(const QList<FieldUpdate> &updates, QList<Item> &inserts, const QList<qint64> &removals,
                    const QString &source, bool keepIds);
    // Re-inserts removed items under their old ids (the inverse of removeItems, for undo).
    bool restoreItems(const QList<Item> &items);

    QList<HistoryEntry> history(qint64 itemId = 0, int limit = 1000) const;

    // A consistent snapshot of this catalogue in a new file.
    bool saveCopy(const QString &target) const;

    // Keeps the edit lock alive (call every EditLock::heartbeatSeconds()).
    void refreshLock();

    QSqlDatabase database() const { return m_db; }

    // Encoding of set fields in the file: the values joined with line breaks (a line break inside
    // a value becomes a space).
    static QString encodeSet(const QStringList &values);
    static QStringList decodeSet(const QString &stored);

signals:
    void itemChanged(qint64 id, gkml::Field field);
    void itemsInserted(const QList<qint64> &ids);
    void itemsRemoved(const QList<qint64> &ids);
    void infoChanged();

private:
    explicit CatalogueFile(const QString &path);
    bool openDatabase(bool readOnly, QString *error);
    bool checkIdentity(QString *error);
    bool createSchema(QString *error);
    bool migrate(int fromVersion, QString *error);
    bool fail(const QString &message) const;
    bool writable();
    // Ends the open transaction: commits, or rolls back and reports why (returns false).
    bool commitOrRollback();
    bool rollbackWith(const QSqlError &error);
    bool insertItemsTx(QList<Item> &items, const QString &action, const QString &source, bool keepIds);
    // The statements of one edit, inside a transaction the caller opened. On failure they roll
    // it back, set the error and return false.
    bool updateInTx(qint64 id, const QList<QPair<Field, QVariant>> &changes, const QString &time,
                    QList<Field> *changed);
    bool insertInTx(QList<Item> &items, const QString &action, const QString &source, bool keepIds,
                    const QString &time, QList<qint64> *ids);
    bool removeInTx(const QList<qint64> &ids, const QString &time);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    LockInfo m_lockHolder;
    std::unique_ptr<EditLock> m_lock;
    QString m_user;
    mutable QString m_error;
};

} // namespace gkml
