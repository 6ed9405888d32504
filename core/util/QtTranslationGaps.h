#pragma once

#include <QStringList>

namespace gkml {

// Texts Qt shows in its own dialogs that Debian's and Qt's qtbase_zh_CN leave in English (the
// file dialog's type column said "Folder"). Listed here so that lupdate puts them, under Qt's
// own context, into gkml_zh_CN.ts; GKML's translator then answers for them.
class QtTranslationGaps
{
public:
    // The texts as the current translators give them (tests check they are Chinese).
    static QStringList translated();
};

} // namespace gkml
