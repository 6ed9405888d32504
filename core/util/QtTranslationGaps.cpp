#include "QtTranslationGaps.h"

#include <QCoreApplication>

namespace gkml {

namespace {

struct QtText // what QT_TRANSLATE_NOOP3 gives: { source, comment }
{
    const char *source;
    const char *comment;
};

const char kContext[] = "QAbstractFileIconProvider";

// Exactly as QAbstractFileIconProvider::type() asks for them (Qt 6.4).
const QtText kGaps[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};

} // namespace

QStringList QtTranslationGaps::translated()
{
    QStringList out;
    for (const QtText &t : kGaps)
        out << QCoreApplication::translate(kContext, t.source, *t.comment ? t.comment : nullptr);
    return out;
}

} // namespace gkml
