// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Opens the HTML report of `--check --report` in headless Chromium, which runs scripts, to
// prove that hostile template strings stay text. Skips where Chromium is not installed.
namespace {

const QString kChromium = QStringLiteral("/usr/bin/chromium");

// A registry whose name would retitle the page if the report let the script run, and one
// whose name is an image tag with an error handler. The JSON is written as ordinary string
// literals because Qt 5.15 moc found no class in this file while it held the raw string form.
const QByteArray kHostileTemplate
    = "{\n"
      "  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
      "deploymentTemplate.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"resources\": [\n"
      "    {\n"
      "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
      "      \"apiVersion\": \"2023-07-01\",\n"
      "      \"name\": \"<script>document.title='pwned'</script>\",\n"
      "      \"location\": \"westeurope\",\n"
      "      \"sku\": { \"name\": \"Basic\" },\n"
      "      \"properties\": {}\n"
      "    },\n"
      "    {\n"
      "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
      "      \"apiVersion\": \"2023-07-01\",\n"
      "      \"name\": \"<img src=x onerror=\\\"document.title='pwned'\\\">\",\n"
      "      \"location\": \"westeurope\",\n"
      "      \"sku\": { \"name\": \"Premium\" },\n"
      "      \"properties\": {}\n"
      "    }\n"
      "  ]\n"
      "}\n";

QStringList chromiumArguments(const QString &profileDir)
{
    return { QStringLiteral("--headless"),
             QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"),
             QStringLiteral("--disable-background-networking"),
             QStringLiteral("--disable-component-update"),
             QStringLiteral("--disable-sync"),
             QStringLiteral("--no-first-run"),
             QStringLiteral("--user-data-dir=") + profileDir };
}

} // namespace

class TestReportBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scriptsDoNotRun();

private:
    QTemporaryDir m_dir;
    QString m_reportPath;
};

void TestReportBrowser::initTestCase()
{
    if (!QFileInfo(kChromium).isExecutable())
        QSKIP("/usr/bin/chromium is not installed; install the chromium package to render the "
              "HTML report in a browser");
    QVERIFY(m_dir.isValid());

    const QString folder = m_dir.filePath(QStringLiteral("templates"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/hostile.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(kHostileTemplate), qint64(kHostileTemplate.size()));
    file.close();

    m_reportPath = m_dir.filePath(QStringLiteral("report.html"));
    QProcess app;
    app.start(QStringLiteral(CV_APP_PATH),
              { QStringLiteral("--check"), folder, QStringLiteral("--report"), m_reportPath });
    QVERIFY(app.waitForFinished(60000));
    QVERIFY2(app.exitCode() == 1, app.readAllStandardError().constData());
    QVERIFY(QFileInfo::exists(m_reportPath));
}

void TestReportBrowser::scriptsDoNotRun()
{
    QProcess chromium;
    chromium.start(kChromium,
                   chromiumArguments(m_dir.filePath(QStringLiteral("profile"))) << QStringLiteral(
                       "--dump-dom") << QUrl::fromLocalFile(m_reportPath).toString());
    QVERIFY(chromium.waitForFinished(90000));
    QCOMPARE(chromium.exitCode(), 0);
    const QString dom = QString::fromUtf8(chromium.readAllStandardOutput());

    // The serialised DOM escapes text nodes again, so the names show up escaped.
    QVERIFY2(dom.contains(QStringLiteral("&lt;script&gt;document.title='pwned'&lt;/script&gt;")),
             qPrintable(dom.left(2000)));
    QVERIFY(dom.contains(QStringLiteral("&lt;img src=x onerror=\"document.title='pwned'\"&gt;")));
    QVERIFY(!dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!dom.contains(QStringLiteral("<img"), Qt::CaseInsensitive));

    const QRegularExpressionMatch title
        = QRegularExpression(QStringLiteral("<title>([^<]*)</title>")).match(dom);
    QVERIFY(title.hasMatch());
    QVERIFY(title.captured(1).startsWith(QStringLiteral("Compliance report")));
    QVERIFY(!title.captured(1).contains(QStringLiteral("pwned")));
}

QTEST_GUILESS_MAIN(TestReportBrowser)
#include "tst_reportbrowser.moc"
