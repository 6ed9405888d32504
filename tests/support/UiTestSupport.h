#pragma once

// Shared set-up for the GUI tests: test-mode settings, Chinese typing, a shown window, a cell
// typed into like a clerk does; the catalogue on disk comes from TestCatalogue.h.
#include "TestCatalogue.h"

#include <QApplication>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace gkml::test {

// QSettings and documents go to a test location, under this application name.
inline void useTestSettings(const QString &applicationName = QStringLiteral("gkml-test"))
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GKML-test"));
    QApplication::setApplicationName(applicationName);
}

// QTest::keyClicks only takes Latin-1; Chinese arrives as key events carrying text (as an input
// method's commit does).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

inline bool showActive(QWidget *w)
{
    w->show();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

// As a click would: the current cell alone is selected (setCurrentIndex() would honour
// modifier keys still recorded from the previous Ctrl+ shortcut).
inline void select(QTableView *table, const QModelIndex &index)
{
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

// Commits an open cell editor with `key` (Enter or Return) and waits until it has closed.
inline void commitEditor(QWidget *editor, Qt::Key key = Qt::Key_Return)
{
    QPointer<QWidget> guard(editor);
    QTest::keyClick(editor, key);
    // The delegate commits and closes the editor from a queued call.
    QTRY_VERIFY(!guard || !guard->isVisible());
}

// In an open cell editor: selects all, types `text` and commits with `key`.
inline void retypeAndCommit(QWidget *editor, const QString &text, Qt::Key key = Qt::Key_Return)
{
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, text);
    commitEditor(editor, key);
}

// Opens the cell editor with F2, types, and commits with Enter: what a clerk does.
inline void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
{
    table->setFocus();
    select(table, index);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    retypeAndCommit(editor, text);
}

// Runs `handle` on the next modal dialog of type T as soon as it is shown (modal dialogs block
// the test in exec(): they are driven from inside their own event loop).
template<typename T> void whenModal(std::function<void(T *)> handle, int tries = 200)
{
    QTimer::singleShot(50, [handle, tries] {
        if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget()); d && d->isVisible()) {
            const QPointer<T> guard(d);
            handle(d);
            if (guard && guard->isVisible() && QTest::currentTestFailed())
                guard->reject(); // a failed check must not leave the test blocked in exec()
            return;
        }
        if (tries > 0)
            whenModal<T>(handle, tries - 1);
    });
}

// Picks `path` in Qt's own file dialog (offscreen has no native one).
inline void chooseFile(const QString &path)
{
    whenModal<QFileDialog>([path](QFileDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

} // namespace gkml::test
