#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QTimer;
class QUndoStack;

namespace gkml {

class CatalogueEditor;
class CatalogueFile;

// The open catalogue and what lives exactly as long as it (the Tiled DocumentManager role):
// the file, its undo stack and editor, the edit lock's heartbeat, and the recent-files list.
// Windows and views only listen: opened() after a file is attached, aboutToClose() while the
// editor still exists (flush pending typing, detach), closed() once it is gone.
class CatalogueSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRecent = 8;

    explicit CatalogueSession(QObject *parent = nullptr);
    ~CatalogueSession() override;

    CatalogueFile *file() const { return m_file.get(); }
    CatalogueEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isOpen() const { return m_file != nullptr; }
    bool isWritable() const;

    // Opens a catalogue (read-only when another editor holds it). On failure the current file
    // stays open and errorOccurred() says why.
    bool open(const QString &path);
    // Creates a catalogue; `startItems` (the standard's items) are its first content, not an
    // edit to undo.
    bool create(const QString &path, const CatalogueInfo &info, const QList<Item> &startItems = {});
    // Takes over a catalogue created elsewhere (the New Catalogue dialog creates the file itself,
    // so that it can stay open with what was typed when that fails).
    void adopt(std::unique_ptr<CatalogueFile> file);
    void close();

    // Most recent first; files that no longer exist are kept (a network drive may be offline).
    QStringList recentFiles() const;
    // Opens the most recently used file if it still exists; false when there is none.
    bool reopenLast();
    QString lastError() const { return m_lastError; }

signals:
    void opened();
    void aboutToClose();
    void closed();
    void recentFilesChanged();
    void errorOccurred(const QString &what, const QString &why);

private:
    void attach(std::unique_ptr<CatalogueFile> file);
    void addRecent(const QString &path);
    void fail(const QString &what, const QString &why);

    std::unique_ptr<CatalogueFile> m_file;
    QUndoStack *m_undo;
    CatalogueEditor *m_editor = nullptr;
    QTimer *m_lockTimer;
    QString m_lastError;
};

} // namespace gkml
