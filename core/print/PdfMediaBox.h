#pragma once

#include <QByteArray>
#include <QPageLayout>

namespace gkml {

// Qt 6.4's PDF engine writes the MediaBox in whole points (A4 = 842 x 595 instead of
// 841.89 x 595.28), a sheet 0.1 mm off the ISO size. Sheets posted on boards are printed at
// "actual size", so we write the exact ISO size. The numbers are written with six decimals, so
// the exact value has the same length and the PDF's cross-reference offsets stay valid.
class PdfMediaBox
{
public:
    // Replaces Qt's rounded MediaBox of `layout`'s page by the exact one; returns the count of
    // pages patched (0 if Qt's format was not recognised: the PDF is then left as it was).
    static int makeExact(QByteArray &pdf, const QPageLayout &layout);
};

} // namespace gkml
