// gkml-cli: the console entry of GKML. Thin: parses the command name and hands over.
#include "CliCommands.h"
#include "CliOutput.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <functional>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace gkml::cli;

namespace {

struct Command
{
    const char *name;
    std::function<int(const QStringList &)> run;
    const char *synopsis;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { "new", runNew, "new FILE --unit NAME [--standard ID|PATH]" },
        { "info", runInfo, "info FILE [--json]" },
        { "import", runImport,
          "import SRC... -o FILE [--unit NAME] [--domain NAME] [--encoding auto|utf-8|gb18030] [--convert]" },
        { "export", runExport,
          "export FILE --format xlsx|csv|json|html|docx -o OUT [--encoding utf-8|gb18030] "
          "[--include-withheld] "
          "[--township NAME|--all-townships]" },
        { "validate", runValidate, "validate FILE [--standard ID|PATH] [--format text|json]" },
        { "fill", runFill, "fill FILE --field KEY (--from-standard | --value V) [--domain D]" },
        { "standards", runStandards, "standards [--json]" },
        { "print", runPrint,
          "print FILE -o OUT.pdf [--paper A4|A3] [--orientation portrait|landscape] [--domain D] "
          "[--department D] [--group domain|department] [--board] [--channels chosen|checklist] "
          "[--qr URL|--qr-portal] [--date YYYY-MM-DD] [--township NAME|--all-townships] [--coverage]" },
        { "package", runPackage, "package FILE [-o OUT.zip|FOLDER] [--township NAME|--all-townships]" },
        { "verify-package", runVerifyPackage, "verify-package OUT.zip [--json]" },
        { "diff", runDiff, "diff FILE [--since EDITION] [--to EDITION] [--json]" },
        { "editions", runEditions, "editions FILE [--json]" },
        { "doc", runDoc,
          "doc add FILE --title T --doc-no N --written DATE --department D [--attribute A] [--reason R] "
          "[--reviewer P --reviewed DATE] [--item ID] [--type T] [--repealed DATE] [--copies N] "
          "[--index-no NO|--assign-index]\n"
          "  gkml-cli doc import FILE SRC.xlsx|SRC.csv\n"
          "  gkml-cli doc list FILE [--to-return [-o OUT.pdf]] [--json]\n"
          "  gkml-cli doc index FILE [--org CODE] [--pattern {org}/{year}-{seq:5}] [--assign ID]" },
        { "transfer", runTransfer,
          "transfer FILE --schedule YEAR [--json]\n"
          "  gkml-cli transfer FILE --on DATE [-o LIST.pdf] [--record] [--json]" },
        { "annual-report", runAnnualReport,
          "annual-report FILE --year YEAR [--format text|json|xlsx] [-o OUT]" },
        { "workdays", runWorkdays, "workdays DATE N | --is DATE | --years [--json]" },
        { "publish", runPublish,
          "publish FILE --item ID... --channel CH --on DATE [--event DATE] [--where URL|TEXT] [--evidence "
          "PATH]... "
          "[--note TEXT] [--cycle 随时|每月|每季度|每半年|每年|长期] | publish FILE --list [--item ID] "
          "[--json] | "
          "publish FILE --remove RECORD" },
        { "inspect", runInspect,
          "inspect FILE [--as-of DATE] [--department D] [--sample N --seed S] [--format text|json|xlsx|pdf] "
          "[-o "
          "OUT] "
          "[--fix-days N]" },
        { "feedback", runFeedback,
          "feedback FILE SRC | feedback FILE --list [--json] | feedback FILE --fixed PROBLEM --result TEXT "
          "[--on DATE]" },
        { "evidence", runEvidence, "evidence FILE -o OUT.zip [--as-of DATE] | evidence OUT.zip --verify" },
        { "townships", runTownships, "townships FILE [--add NAME...] [--import SRC] [--json]" },
    };
    return list;
}

// inspect needs fonts only for --format pdf.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 2; i < argc; ++i)
        if (qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0)
            return true;
    return false;
}

QString usage()
{
    QString text = Cli::tr("Usage: gkml-cli COMMAND ...\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  gkml-cli %1\n").arg(QString::fromUtf8(c.synopsis));
    text += QStringLiteral("  gkml-cli --version\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8); // Chinese messages on a Chinese Windows console
#endif
    // Commands that lay out text (PDF: print, package's catalogue.pdf) need fonts, i.e. a QGuiApplication;
    // the others stay on QCoreApplication so that they run anywhere. With no display, use the offscreen
    // platform (unless the user chose one): a console tool must not need X11.
    const bool needsGui = argc > 1
            && (qstrcmp(argv[1], "print") == 0 || qstrcmp(argv[1], "package") == 0
                || qstrcmp(argv[1], "evidence") == 0
                || (qstrcmp(argv[1], "inspect") == 0 && wantsPdf(argc, argv))
                || qstrcmp(argv[1], "transfer") == 0 || qstrcmp(argv[1], "doc") == 0);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Headless (CI, containers), QGuiApplication warns that XDG_RUNTIME_DIR is unset: harmless,
    // but errors must stay one line on stderr (DESIGN.md), so that one warning is dropped.
    static QtMessageHandler previousHandler = nullptr;
    if (needsGui)
        previousHandler = qInstallMessageHandler(
                [](QtMsgType type, const QMessageLogContext &context, const QString &msg) {
                    if (!msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")) && previousHandler)
                        previousHandler(type, context, msg);
                });
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    std::unique_ptr<QCoreApplication> appHolder(needsGui ? new QGuiApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("gkml-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("GKML"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GKML_VERSION));
    gkml::Translations::install(app);

    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        CliOutput::out(usage());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        CliOutput::outLine(QStringLiteral("gkml-cli %1").arg(QStringLiteral(GKML_VERSION)));
        return 0;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    return CliOutput::error(Cli::tr("unknown command \"%1\"; run gkml-cli --help").arg(name));
}
