// gkml: the desktop editor. Parses the command line, installs translations, shows MainWindow.
#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GKML"));
    QApplication::setApplicationName(QStringLiteral("gkml"));
    QApplication::setApplicationVersion(QStringLiteral(GKML_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gkml.svg")));
    gkml::Translations::install(app, QSettings().value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "GKML disclosure catalogue editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Catalogue to open (.gkml)"));
    const QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Save a picture of the window to PATH and quit."),
            QStringLiteral("PATH"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size WxH (with --screenshot)."),
                                  QStringLiteral("WxH"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.process(app);

    gkml::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(QDir::fromNativeSeparators(parser.positionalArguments().constFirst()));

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Give the live check and the first paints time to finish, then grab and quit.
        QTimer::singleShot(1500, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
