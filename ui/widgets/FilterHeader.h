#pragma once

#include <QHeaderView>
#include <QList>

class QLineEdit;

namespace gkml {

// A horizontal header with one filter box under each column title (the DB Browser pattern):
// typing in a box filters the table on that column.
class FilterHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit FilterHeader(QWidget *parent = nullptr);

    // Creates the boxes; call after the model is set (and again when the column count changes).
    void setFilterBoxes(int count);
    QLineEdit *filterBox(int column) const { return m_boxes.value(column); }
    void clearFilters();

    QSize sizeHint() const override;
    // Follows column widths, moves and horizontal scrolling.
    void placeBoxes();

signals:
    void filterChanged(int column, const QString &text);

protected:
    void updateGeometries() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<QLineEdit *> m_boxes;
};

} // namespace gkml
