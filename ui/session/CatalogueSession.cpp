#include "CatalogueSession.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/EditLock.h"
#include "commands/CatalogueEditor.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

namespace gkml {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
}

CatalogueSession::CatalogueSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_lockTimer(new QTimer(this))
{
    m_lockTimer->setInterval(EditLock::heartbeatSeconds() * 1000);
    connect(m_lockTimer, &QTimer::timeout, this, [this] {
        if (m_file)
            m_file->refreshLock();
    });
}

CatalogueSession::~CatalogueSession()
{
    close();
}

bool CatalogueSession::isWritable() const
{
    return m_file && !m_file->isReadOnly();
}

bool CatalogueSession::open(const QString &path)
{
    QString error;
    std::unique_ptr<CatalogueFile> file
            = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
    if (!file) {
        fail(tr("Could not open %1.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    attach(std::move(file));
    return true;
}

bool CatalogueSession::create(const QString &path, const CatalogueInfo &info, const QList<Item> &startItems)
{
    QString error;
    std::unique_ptr<CatalogueFile> file = CatalogueFile::create(path, info, &error);
    if (!file) {
        fail(tr("Could not create %1.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    if (!startItems.isEmpty()) {
        QList<Item> items = startItems;
        if (!file->insertItems(items, tr("standard %1 %2").arg(info.standardId, info.standardVersion)))
            fail(tr("The standard's items could not be added."), file->errorString());
    }
    attach(std::move(file));
    return true;
}

void CatalogueSession::adopt(std::unique_ptr<CatalogueFile> file)
{
    if (file)
        attach(std::move(file));
}

void CatalogueSession::close()
{
    if (!m_file)
        return;
    emit aboutToClose(); // views flush pending typing and let go of the editor
    m_lockTimer->stop();
    m_undo->clear();
    delete m_editor;
    m_editor = nullptr;
    m_file.reset();
    emit closed();
}

void CatalogueSession::attach(std::unique_ptr<CatalogueFile> file)
{
    close();
    m_file = std::move(file);
    m_editor = new CatalogueEditor(m_file.get(), m_undo, this);
    if (!m_file->isReadOnly())
        m_lockTimer->start();
    addRecent(m_file->path());
    emit opened();
}

QStringList CatalogueSession::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

bool CatalogueSession::reopenLast()
{
    const QStringList recent = recentFiles();
    if (recent.isEmpty() || !QFileInfo::exists(recent.first()))
        return false;
    return open(recent.first());
}

void CatalogueSession::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    emit recentFilesChanged();
}

void CatalogueSession::fail(const QString &what, const QString &why)
{
    m_lastError = why.isEmpty() ? what : what + QLatin1Char('\n') + why;
    emit errorOccurred(what, why);
}

} // namespace gkml
