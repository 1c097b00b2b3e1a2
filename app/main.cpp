// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/cli/headless.h"
#include "ui/colourscheme.h"
#include "ui/mainwindow.h"
#include "ui/recentfolders.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <memory>

#ifndef CV_VERSION
#define CV_VERSION "0.0.0"
#endif

namespace {

struct Options
{
    QCommandLineOption check { QStringLiteral("check"),
                               QStringLiteral("Scan FOLDER without a window, print the findings "
                                              "and exit: 0 when nothing fails, 1 when a "
                                              "registry fails, 2 on an error."),
                               QStringLiteral("FOLDER") };
    QCommandLineOption format { QStringLiteral("format"),
                                QStringLiteral("Output format of --check: text (default), json, "
                                               "or sarif (SARIF 2.1.0 for code scanning)."),
                                QStringLiteral("text|json|sarif"), QStringLiteral("text") };
    QCommandLineOption report { QStringLiteral("report"),
                                QStringLiteral("With --check, also write an HTML report to "
                                               "FILE."),
                                QStringLiteral("FILE.html") };
    QCommandLineOption fix { QStringLiteral("fix"),
                             QStringLiteral("Apply every available fix to the templates in "
                                            "FOLDER without a window, and save them."),
                             QStringLiteral("FOLDER") };
    QCommandLineOption dryRun { QStringLiteral("dry-run"),
                                QStringLiteral("With --fix, print a unified diff of the fixes "
                                               "and write nothing.") };
    QCommandLineOption maxFileSize { QStringLiteral("max-file-size"),
                                     QStringLiteral("With --check or --fix, skip files larger "
                                                    "than MIB mebibytes (default 64), reporting "
                                                    "each as an error."),
                                     QStringLiteral("MIB") };
    QCommandLineOption colours { QStringLiteral("colours"),
                                 QStringLiteral("Draw the viewer in the desktop's colours "
                                                "(system, the default) or in a built-in light, "
                                                "dark or high-contrast palette."),
                                 QStringLiteral("system|light|dark|high-contrast"),
                                 QStringLiteral("system") };
    QCommandLineOption version { QStringLiteral("version"),
                                 QStringLiteral("Print the version and exit.") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
                              QStringLiteral("Print this help and exit.") };
};

void setUpParser(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QStringLiteral("Checks Azure ARM templates for Azure.ACR.ContentTrust and fixes them.\n"
                       "Without --check or --fix, opens the viewer on FOLDER."));
    parser.addOptions({ options.check, options.format, options.report, options.fix, options.dryRun,
                        options.maxFileSize, options.colours, options.version, options.help });
    parser.addPositionalArgument(QStringLiteral("FOLDER"),
                                 QStringLiteral("Folder of templates to open in the viewer."),
                                 QStringLiteral("[FOLDER]"));
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "compliance-viewer: %s\nRun 'compliance-viewer --help' for usage.\n",
                 qPrintable(message));
    return compliance::ExitUsageOrIoError;
}

// Checks the combinations the parser cannot express; returns an empty string when they are valid.
QString validate(const QCommandLineParser &parser, const Options &options)
{
    // The parser keeps every value of a repeated option; taking the last would silently ignore
    // a folder or file the user named.
    for (const QCommandLineOption *option :
         { &options.check, &options.format, &options.report, &options.fix, &options.maxFileSize }) {
        const QStringList values = parser.values(*option);
        if (values.size() > 1)
            return QStringLiteral("--%1 was given %2 times ('%3'); give it once")
                .arg(option->names().constFirst())
                .arg(values.size())
                .arg(values.join(QStringLiteral("', '")));
    }
    const bool check = parser.isSet(options.check);
    const bool fix = parser.isSet(options.fix);
    if (check && fix)
        return QStringLiteral("--check and --fix cannot be used together");
    if (!check && (parser.isSet(options.format) || parser.isSet(options.report)))
        return QStringLiteral("--format and --report need --check");
    if (!fix && parser.isSet(options.dryRun))
        return QStringLiteral("--dry-run needs --fix");
    if (parser.isSet(options.maxFileSize)) {
        if (!check && !fix)
            return QStringLiteral("--max-file-size needs --check or --fix");
        bool ok = false;
        const uint mebibytes = parser.value(options.maxFileSize).toUInt(&ok);
        if (!ok || mebibytes == 0 || mebibytes > 4096)
            return QStringLiteral("invalid --max-file-size '%1': expected a whole number of "
                                  "MiB from 1 to 4096")
                .arg(parser.value(options.maxFileSize));
    }
    if (parser.isSet(options.colours)) {
        if (check || fix)
            return QStringLiteral("--colours applies to the viewer, not to --check or --fix");
        if (!compliance::colourSchemeFromName(parser.value(options.colours)))
            return QStringLiteral("invalid --colours '%1': expected system, light, dark or "
                                  "high-contrast")
                .arg(parser.value(options.colours));
    }
    const QString format = parser.value(options.format);
    if (format != QLatin1String("text") && format != QLatin1String("json")
        && format != QLatin1String("sarif"))
        return QStringLiteral("invalid --format '%1': expected text, json or sarif").arg(format);
    if ((check || fix) && !parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1': --check and --fix take the folder as "
                              "their value")
            .arg(parser.positionalArguments().constFirst());
    if (parser.positionalArguments().size() > 1)
        return QStringLiteral("expected at most one FOLDER, got %1")
            .arg(parser.positionalArguments().size());
    return {};
}

int runHeadless(int argc, char *argv[], const QCommandLineParser &parser, const Options &options)
{
    // Headless runs need no display, so they get a QCoreApplication, never a QApplication.
    QCoreApplication app(argc, argv);
    if (parser.isSet(options.help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return compliance::ExitNoFailures;
    }
    if (parser.isSet(options.version)) {
        std::printf("compliance-viewer %s\n", CV_VERSION);
        return compliance::ExitNoFailures;
    }
    compliance::ScanOptions scanOptions;
    if (parser.isSet(options.maxFileSize))
        scanOptions.maxFileBytes
            = std::uintmax_t(parser.value(options.maxFileSize).toUInt()) * 1024u * 1024u;
    if (parser.isSet(options.check)) {
        const QString formatName = parser.value(options.format);
        auto format = compliance::CheckFormat::Text;
        if (formatName == QLatin1String("json"))
            format = compliance::CheckFormat::Json;
        else if (formatName == QLatin1String("sarif"))
            format = compliance::CheckFormat::Sarif;
        return compliance::runCheck(
            QFile::encodeName(QDir::cleanPath(parser.value(options.check))).toStdString(), format,
            QFile::encodeName(parser.value(options.report)).toStdString(), std::cout, std::cerr,
            scanOptions);
    }
    return compliance::runFix(
        QFile::encodeName(QDir::cleanPath(parser.value(options.fix))).toStdString(),
        parser.isSet(options.dryRun), std::cout, std::cerr, scanOptions);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Compliance Viewer"));
    QCoreApplication::setApplicationName(QStringLiteral("Compliance Viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CV_VERSION));

    // Parse before any application object exists, because the mode decides which one to create.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Options options;
    QCommandLineParser parser;
    setUpParser(parser, options);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (const QString problem = validate(parser, options); !problem.isEmpty())
        return usageError(problem);

    if (parser.isSet(options.help) || parser.isSet(options.version) || parser.isSet(options.check)
        || parser.isSet(options.fix))
        return runHeadless(argc, argv, parser, options);

    QApplication app(argc, argv);
    compliance::applyColourScheme(app,
                                  compliance::colourSchemeFromName(parser.value(options.colours))
                                      .value_or(compliance::ColourScheme::System));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.complianceviewer.ComplianceViewer"));
    compliance::MainWindow window;
    // Without a FOLDER the viewer reopens the most recent folder that still exists, if any.
    const QStringList folders = parser.positionalArguments();
    const QStringList recent = compliance::RecentFolders::folders();
    if (!folders.isEmpty()) {
        const QString folder = QDir(folders.constFirst()).absolutePath();
        const QFileInfo info(folder);
        if (info.isFile())
            std::fprintf(stderr,
                         "compliance-viewer: %s: is a file, not a folder; give the folder that "
                         "holds it (%s)\n",
                         qPrintable(folder), qPrintable(info.absolutePath()));
        else if (!window.openFolder(folder))
            std::fprintf(stderr, "compliance-viewer: %s: folder not found\n", qPrintable(folder));
    } else if (!recent.isEmpty()) {
        window.openFolder(recent.constFirst());
    }
    window.show();
    return app.exec();
}
