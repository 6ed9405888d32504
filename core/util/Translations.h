#pragma once

#include <QString>

class QCoreApplication;

namespace gkml {

// Loads GKML's and Qt's own translations. The UI language is Chinese unless the user chose
// English (setting or GKML_LANG=en); source strings are English.
class Translations
{
public:
    // language: "zh_CN", "en" or empty (GKML_LANG, else zh_CN).
    static void install(QCoreApplication &app, const QString &language = QString());
    static QString currentLanguage();
};

} // namespace gkml
