#include "PrintDevice.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace gkml {

bool PrintDevice::setLayout(QPagedPaintDevice *device, const QPageLayout &layout, QString *error)
{
    if (device->setPageLayout(layout))
        return true;
    if (error)
        *error = tr("The printer does not accept this paper size and margins.");
    return false;
}

bool PrintDevice::begin(QPainter &painter, QPagedPaintDevice *device, QString *error)
{
    if (painter.begin(device))
        return true;
    if (error)
        *error = tr("Cannot start printing.");
    return false;
}

qreal PrintDevice::wrap(QTextLayout &layout, qreal width, Qt::Alignment align, qreal lineGap)
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + lineGap;
    }
    layout.endLayout();
    return y > 0 ? y - lineGap : 0;
}

} // namespace gkml
