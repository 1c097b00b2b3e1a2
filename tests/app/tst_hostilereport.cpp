// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Writes a template whose names, parameter values, reasons, error messages and file name carry
// HTML and script, runs `complianceviewer --check --report` on it and opens the report in
// headless Chromium. Every script in the template would leave a trace in the page if it ran,
// and every external resource points at a host under .invalid, which never resolves. Skips
// where Chromium is not installed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QString kChromium = QStringLiteral("/usr/bin/chromium");

// Each payload marks the page in its own way when it runs: the title, or an attribute on body.
const QString kScriptName = QStringLiteral(
    "quote\"apos'amp&<script>document.body.setAttribute('data-pwned','script')</script>");
const QString kImageValue
    = QStringLiteral("<img src=\"https://hostile.invalid/pixel.png\" "
                     "onerror=\"document.body.setAttribute('data-pwned','img')\">");
const QString kSkuValue = QStringLiteral("<script>document.title='pwned'</script>");
const QString kStyleName
    = QStringLiteral("<style>@import url(https://hostile.invalid/style.css);</style>"
                     "<link rel=\"stylesheet\" href=\"https://hostile.invalid/link.css\">");
const QString kRtlName = QStringLiteral("acr") + QChar(0x202E) + QStringLiteral("exe.gnp");
const QString kHostileFileName = QStringLiteral("<svg onload=\"document.title='pwned'\">.json");
constexpr int kLongNameBytes = 100000;

QJsonObject registry(const QString &name, const QJsonValue &skuName)
{
    return QJsonObject {
        { "type", "Microsoft.ContainerRegistry/registries" },
        { "apiVersion", "2023-07-01" },
        { "name", name },
        { "location", "westeurope" },
        { "sku", QJsonObject { { "name", skuName } } },
        { "properties", QJsonObject {} },
    };
}

QByteArray hostileTemplate()
{
    const QJsonObject parameters {
        { "registryName", QJsonObject { { "type", "string" }, { "defaultValue", kImageValue } } },
        { "skuName", QJsonObject { { "type", "string" }, { "defaultValue", kSkuValue } } },
    };
    const QJsonArray resources {
        registry(QStringLiteral("[parameters('registryName')]"), "Premium"),
        registry(QStringLiteral("hostilesku"), "[parameters('skuName')]"),
        registry(kScriptName, "Premium"),
        registry(kStyleName, "Premium"),
        registry(kRtlName, "Premium"),
        registry(QString(kLongNameBytes, QLatin1Char('x')), "Premium"),
        // An invalid expression: the error message quotes it.
        registry(QStringLiteral("[concat('<script>document.title=1</script>']"), "Premium"),
    };
    const QJsonObject root {
        { "$schema",
          "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#" },
        { "contentVersion", "1.0.0.0" },
        { "parameters", parameters },
        { "resources", resources },
    };
    return QJsonDocument(root).toJson();
}

QStringList chromiumArguments(const QString &profileDir)
{
    return { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--disable-background-networking"),
             QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
             QStringLiteral("--no-first-run"),
             // No host name resolves, so nothing leaves the machine even if a load slipped by.
             QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
             QStringLiteral("--user-data-dir=") + profileDir };
}

} // namespace

class TestHostileReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportEscapesEverything();
    void reportBoundsLongStrings();
    void browserRunsNoScript();
    void browserRequestsNothing();

private:
    QTemporaryDir m_dir;
    QString m_reportPath;
    QString m_report;
    QString m_dom;
    QString m_netLog;
};

void TestHostileReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString folder = m_dir.filePath(QStringLiteral("templates"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray json = hostileTemplate();
    QFile file(folder + QLatin1Char('/') + kHostileFileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), qint64(json.size()));
    file.close();

    m_reportPath = m_dir.filePath(QStringLiteral("report.html"));
    QProcess app;
    app.start(QStringLiteral(CV_APP_PATH),
              { QStringLiteral("--check"), folder, QStringLiteral("--report"), m_reportPath });
    QVERIFY(app.waitForFinished(60000));
    // Exit code 1: the registries without a trust policy fail.
    QVERIFY2(app.exitCode() == 1, app.readAllStandardError().constData());
    QFile report(m_reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    m_report = QString::fromUtf8(report.readAll());
}

void TestHostileReport::reportEscapesEverything()
{
    QVERIFY(m_report.contains(
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                       "'none'; style-src 'unsafe-inline'\">")));

    // Escaped text has no raw '<', so every match is a real tag: the report's own, and none
    // of them loads anything or has an event handler.
    const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    const QRegularExpression forbiddenTag(
        QStringLiteral(
            "^</?\\s*(script|img|svg|link|iframe|object|embed|base|meta http-equiv=\"refresh)"),
        QRegularExpression::CaseInsensitiveOption);
    // An in-page link (href="#...") loads nothing; any other href does.
    const QRegularExpression loader(
        QStringLiteral("\\s(src|srcset|action|on[a-z]+)\\s*=|\\shref\\s*=\\s*\"(?!#)"),
        QRegularExpression::CaseInsensitiveOption);
    // The one exception is the report's own outcome chart, inline SVG of rectangles and text.
    const QString chartTag = QStringLiteral("<svg class=\"chart\" role=\"img\"");
    QCOMPARE(m_report.count(QStringLiteral("<svg"), Qt::CaseInsensitive), 1);
    int tags = 0;
    for (auto it = tag.globalMatch(m_report); it.hasNext(); ++tags) {
        const QString text = it.next().captured();
        if (text.startsWith(chartTag) || text == QLatin1String("</svg>"))
            continue;
        QVERIFY2(!forbiddenTag.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(!loader.match(text).hasMatch(), qPrintable(text));
    }
    QVERIFY(tags > 20);
    QCOMPARE(m_report.count(QStringLiteral("<style")), 1);
    const QRegularExpressionMatch style
        = QRegularExpression(QStringLiteral("<style>(.*)</style>"),
                             QRegularExpression::DotMatchesEverythingOption)
              .match(m_report);
    QVERIFY(style.hasMatch());
    QVERIFY(!style.captured(1).contains(QStringLiteral("@import")));
    QVERIFY(!style.captured(1).contains(QStringLiteral("url(")));

    // The payloads are shown as text.
    QVERIFY(m_report.contains(QStringLiteral("quote&quot;apos&#39;amp&amp;&lt;script&gt;")));
    QVERIFY(m_report.contains(QStringLiteral("&lt;img src=&quot;https://hostile.invalid/")));
    QVERIFY(m_report.contains(QStringLiteral("&lt;script&gt;document.title=&#39;pwned&#39;")));
    QVERIFY(m_report.contains(QStringLiteral("&lt;svg onload=&quot;document.title=")));
    QVERIFY(m_report.contains(QStringLiteral("&lt;script&gt;document.title=1&lt;/script&gt;")));

    // The right-to-left override is named, not applied.
    QVERIFY(!m_report.contains(QChar(0x202E)));
    QVERIFY(m_report.contains(QStringLiteral("acr&lt;U+202E&gt;exe.gnp")));
}

void TestHostileReport::reportBoundsLongStrings()
{
    QVERIFY(!m_report.contains(QString(501, QLatin1Char('x'))));
    QVERIFY(m_report.contains(QString(500, QLatin1Char('x')) + QChar(0x2026)));
    QVERIFY(m_report.contains(QStringLiteral("(truncated, %1 bytes in full)").arg(kLongNameBytes)));
    // The template contains a 100 kB name, but every cell is cut at 500 bytes.
    QVERIFY2(QFileInfo(m_reportPath).size() < 40000,
             qPrintable(QString::number(QFileInfo(m_reportPath).size())));
}

void TestHostileReport::browserRunsNoScript()
{
    if (!QFileInfo(kChromium).isExecutable())
        QSKIP("/usr/bin/chromium is not installed; install the chromium package to render the "
              "HTML report in a browser");

    m_netLog = m_dir.filePath(QStringLiteral("netlog.json"));
    QProcess chromium;
    chromium.start(kChromium,
                   chromiumArguments(m_dir.filePath(QStringLiteral("profile")))
                       << QStringLiteral("--log-net-log=") + m_netLog
                       << QStringLiteral("--dump-dom")
                       << QUrl::fromLocalFile(m_reportPath).toString());
    QVERIFY(chromium.waitForFinished(90000));
    QCOMPARE(chromium.exitCode(), 0);
    m_dom = QString::fromUtf8(chromium.readAllStandardOutput());
    QVERIFY2(m_dom.contains(QStringLiteral("Compliance report")), qPrintable(m_dom.left(2000)));

    // The payloads contain "data-pwned" as text, so look for it as an attribute of body.
    const QRegularExpression body(QStringLiteral("<body[^>]*>"));
    QVERIFY(body.match(m_dom).hasMatch());
    QVERIFY2(!body.match(m_dom).captured().contains(QStringLiteral("data-pwned")),
             qPrintable(body.match(m_dom).captured()));
    QVERIFY(!m_dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!m_dom.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QCOMPARE(m_dom.count(QStringLiteral("<svg"), Qt::CaseInsensitive), 1);
    QVERIFY(!m_dom.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(m_dom.contains(QStringLiteral("&lt;script&gt;document.title='pwned'&lt;/script&gt;")));

    const QRegularExpressionMatch title
        = QRegularExpression(QStringLiteral("<title>([^<]*)</title>")).match(m_dom);
    QVERIFY(title.hasMatch());
    QVERIFY(title.captured(1).startsWith(QStringLiteral("Compliance report")));
    QVERIFY(!title.captured(1).contains(QStringLiteral("pwned")));
}

void TestHostileReport::browserRequestsNothing()
{
    if (m_netLog.isEmpty())
        QSKIP("the browser did not run, so it has no network log");
    QFile log(m_netLog);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(m_netLog));
    const QByteArray events = log.readAll();
    // The log names the report it loaded, so a missing request is not a missing log.
    QVERIFY(events.contains("report.html"));
    QVERIFY(!events.contains("hostile.invalid"));
}

QTEST_GUILESS_MAIN(TestHostileReport)
#include "tst_hostilereport.moc"
