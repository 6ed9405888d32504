#pragma once

class QMainWindow;

namespace gkml {

// Where the main window opens: a first window fits the screen it opens on (maximised on a
// 1366×768 laptop, the commonest office screen); a layout remembered from a larger monitor is
// clamped to the current one, so the status bar and the form are never off screen.
class WindowPlacement
{
public:
    static void restore(QMainWindow *window);
    static void save(const QMainWindow *window);
};

} // namespace gkml
