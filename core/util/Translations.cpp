#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gkml {

namespace {
QString g_language;
}

void Translations::install(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("GKML_LANG");
    if (lang.isEmpty())
        lang = QStringLiteral("zh_CN");
    g_language = lang;
    if (lang.startsWith(QLatin1String("en")))
        return; // source strings are English
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/gkml_%1.qm").arg(lang)))
        app.installTranslator(own);
    // Qt's own catalogue, so standard buttons and file/print dialogs speak Chinese too.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(QStringLiteral("qtbase_%1").arg(lang),
                    QCoreApplication::applicationDirPath() + QStringLiteral("/translations")))
        app.installTranslator(qt);
    QLocale::setDefault(QLocale(lang));
}

QString Translations::currentLanguage()
{
    return g_language;
}

} // namespace gkml
