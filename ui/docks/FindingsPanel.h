#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gkml {

class FindingsModel;

// The findings dock's content (the Tiled "Issues" pattern): a table of findings; double-click or
// Enter jumps to the item and field; F8 / Shift+F8 step through them from the main window. On a
// standard item the catalogue lacks, Enter, the button and the right-click menu add it.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Selects the next (+1) or previous (-1) finding and activates it; wraps around.
    void step(int direction);
    void setStatusText(const QString &text);
    QPushButton *addFromStandardButton() const { return m_addButton; }
    // A standard item the catalogue lacks: it has no cell to go to, it can be added instead.
    bool canAddFromStandard(int row) const;
    bool canFillColumn(int row) const;

signals:
    void findingActivated(int row);
    void addFromStandardRequested(int row);
    // A column-missing finding: fill the field for all items at once (ColumnFillDialog).
    void fillColumnRequested(int row);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void activate(int row);
    void copyFinding(int row);
    void updateButton();

    FindingsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_addButton;
};

} // namespace gkml
