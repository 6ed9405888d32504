#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPdfWriter;

namespace gkml {

// Writes a PDF the way every GKML printout is written: rendered into memory by `render`, the
// MediaBox made exact (PdfMediaBox), then saved atomically (QSaveFile), so that a render that
// fails or a full disk never leaves half a file under the final name.
class PdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)
public:
    static bool write(const QString &path, const QString &title, const QPageLayout &layout, int resolution,
                      const std::function<bool(QPdfWriter *)> &render, QString *error);
};

} // namespace gkml
