#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPainter;
class QPagedPaintDevice;
class QTextLayout;

namespace gkml {

// The steps every GKML printout (board sheets, coverage, tables, ledger forms) takes on its
// device, with the messages a clerk sees when the printer refuses.
class PrintDevice
{
    Q_DECLARE_TR_FUNCTIONS(PrintDevice)
public:
    // Gives the device the paper, orientation and margins.
    static bool setLayout(QPagedPaintDevice *device, const QPageLayout &layout, QString *error);
    // Starts painting on it.
    static bool begin(QPainter &painter, QPagedPaintDevice *device, QString *error);
    // Lays out the text already given to `layout` (with its font and formats) wrapped into
    // `width`, breaking between words or, for Chinese, anywhere; lines `lineGap` apart. Returns
    // the height of the text.
    static qreal wrap(QTextLayout &layout, qreal width, Qt::Alignment align, qreal lineGap = 0);
};

} // namespace gkml
