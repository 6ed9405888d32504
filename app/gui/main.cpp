// gkml: the desktop editor. Parses the command line, installs translations, shows MainWindow.
#include "MainWindow.h"
#include "print/SheetOptions.h"
#include "session/CatalogueSession.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
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
    const QCommandLineOption printPreview(
            QStringLiteral("print-preview"),
            QCoreApplication::translate(
                    "main", "Open the print preview of the board sheets (with --screenshot: grab it)."));
    parser.addOption(screenshot);
    parser.addOption(printPreview);
    parser.addOption(size);
    parser.process(app);

    gkml::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            window.setWindowState(Qt::WindowNoState); // an exact size, even on a small screen
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
        }
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(QDir::fromNativeSeparators(parser.positionalArguments().constFirst()));
    else if (!parser.isSet(screenshot))
        window.session()->reopenLast(); // a clerk continues where they stopped

    QPrinter printer(QPrinter::HighResolution);
    QWidget *target = &window;
    if (parser.isSet(printPreview) && window.catalogue()) {
        QPrintPreviewDialog *preview = window.createPrintPreview(gkml::SheetOptions(), &printer);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->show();
        target = preview;
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Give the live check and the first paints time to finish, then grab and quit.
        QTimer::singleShot(2000, &window, [target, path] {
            const bool ok = target->grab().save(path);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
