#include "WindowPlacement.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <algorithm>

namespace gkml {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

void WindowPlacement::restore(QMainWindow *window)
{
    QSettings settings;
    const QRect avail = window->screen() ? window->screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    const bool remembered = window->restoreGeometry(settings.value(kGeometry).toByteArray());
    window->restoreState(settings.value(kState).toByteArray());
    if (!remembered) {
        window->resize(avail.width() * 9 / 10, avail.height() * 9 / 10);
        if (avail.width() < 1500 || avail.height() < 900)
            window->setWindowState(window->windowState() | Qt::WindowMaximized);
        return;
    }
    if (window->isMaximized() || window->isFullScreen())
        return;
    QRect g = window->geometry();
    g.setSize(g.size().boundedTo(avail.size()));
    g.moveLeft(std::clamp(g.left(), avail.left(), avail.right() - g.width() + 1));
    g.moveTop(std::clamp(g.top(), avail.top(), avail.bottom() - g.height() + 1));
    window->setGeometry(g);
}

void WindowPlacement::save(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(kGeometry, window->saveGeometry());
    settings.setValue(kState, window->saveState());
}

} // namespace gkml
