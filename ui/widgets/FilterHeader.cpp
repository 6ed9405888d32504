#include "FilterHeader.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

namespace gkml {

FilterHeader::FilterHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setSectionsMovable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::placeBoxes);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::placeBoxes);
}

void FilterHeader::setFilterBoxes(int count)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (int i = 0; i < count; ++i) {
        auto *box = new QLineEdit(this);
        box->setPlaceholderText(tr("Filter"));
        box->setClearButtonEnabled(true);
        box->setObjectName(QStringLiteral("filter%1").arg(i));
        if (model())
            box->setToolTip(tr("Show only rows whose %1 contains this text")
                                    .arg(model()->headerData(i, Qt::Horizontal).toString()));
        connect(box, &QLineEdit::textChanged, this,
                [this, i](const QString &t) { emit filterChanged(i, t); });
        box->show();
        m_boxes << box;
    }
    updateGeometries();
}

void FilterHeader::clearFilters()
{
    for (QLineEdit *box : std::as_const(m_boxes))
        box->clear();
}

QSize FilterHeader::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    if (!m_boxes.isEmpty())
        s.setHeight(s.height() + m_boxes.first()->sizeHint().height() + 2);
    return s;
}

void FilterHeader::updateGeometries()
{
    // Reserve room under the titles for the boxes.
    if (!m_boxes.isEmpty())
        setViewportMargins(0, 0, 0, m_boxes.first()->sizeHint().height() + 2);
    else
        setViewportMargins(0, 0, 0, 0);
    QHeaderView::updateGeometries();
    placeBoxes();
}

void FilterHeader::resizeEvent(QResizeEvent *event)
{
    QHeaderView::resizeEvent(event);
    placeBoxes();
}

void FilterHeader::placeBoxes()
{
    if (m_boxes.isEmpty())
        return;
    // At the bottom of the header, under the titles. (Not at QHeaderView::sizeHint()'s height:
    // that hint is cached, and one computed while the model had no columns yet is 0, which put
    // the boxes over the titles until the next resize of a section.)
    const int boxHeight = m_boxes.first()->sizeHint().height();
    const int y = qMax(0, height() - boxHeight - 1);
    for (int i = 0; i < m_boxes.size(); ++i) {
        QLineEdit *box = m_boxes.at(i);
        if (isSectionHidden(i)) {
            box->hide();
            continue;
        }
        box->setGeometry(sectionViewportPosition(i), y, sectionSize(i), boxHeight);
        box->show();
    }
}

} // namespace gkml
