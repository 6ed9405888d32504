#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace gkml {

class FindingsModel;

// The findings dock's content (the Tiled "Issues" pattern): a table of findings; double-click or
// Enter jumps to the item and field; F8 / Shift+F8 step through them from the main window.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Selects the next (+1) or previous (-1) finding and activates it; wraps around.
    void step(int direction);
    void setStatusText(const QString &text);

signals:
    void findingActivated(int row);

private:
    FindingsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace gkml
