#include "PdfOutput.h"

#include "PdfMediaBox.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace gkml {

bool PdfOutput::write(const QString &path, const QString &title, const QPageLayout &layout, int resolution,
                      const std::function<bool(QPdfWriter *)> &render, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setCreator(QStringLiteral("GKML %1").arg(QStringLiteral(GKML_VERSION)));
        writer.setTitle(title);
        if (!render(&writer))
            return false;
    }
    QByteArray pdf = buffer.data();
    PdfMediaBox::makeExact(pdf, layout);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gkml
