// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Scans a folder that contains one good template and one bad input per row, and checks the
// message reported for the bad input and that the good template is still scanned.
#include "core/scan/scanner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace compliance;
using testsupport::writeBytes;

namespace {

// How a row prepares its folder beyond writing the bad file.
enum Setup {
    WriteFile, ///< Write `content` to `fileName`.
    SymlinkLoop, ///< Symbolic links that point at each other, named like templates.
    UnreadableFile, ///< Write the file, then remove every permission from it.
    UnreadableFolder, ///< Write the file into `locked/`, then remove every permission from it.
};

// A Premium registry with content trust enabled: one Pass finding. `name` is inserted into the
// JSON string as it is, so it may hold escapes.
QByteArray registryTemplate(const QByteArray &name, const QByteArray &extraMember = {})
{
    return "{\n"
           "  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
           "deploymentTemplate.json#\",\n"
           "  \"contentVersion\": \"1.0.0.0\",\n"
        + extraMember
        + "  \"resources\": [\n"
          "    {\n"
          "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
          "      \"apiVersion\": \"2023-07-01\",\n"
          "      \"name\": \""
        + name
        + "\",\n"
          "      \"location\": \"westeurope\",\n"
          "      \"sku\": { \"name\": \"Premium\" },\n"
          "      \"properties\": { \"policies\": { \"trustPolicy\": "
          "{ \"type\": \"Notary\", \"status\": \"enabled\" } } }\n"
          "    }\n"
          "  ]\n"
          "}\n";
}

QByteArray toUtf16(const QByteArray &utf8, bool bigEndian)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth)
{
    return open.repeated(depth) + close.repeated(depth);
}

// "[concat(concat(...concat('a')...))]" with `depth` calls.
QByteArray nestedExpression(int depth)
{
    return "[" + QByteArray("concat(").repeated(depth) + "'a'" + QByteArray(")").repeated(depth)
        + "]";
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInputScanned_data();
    void badInputScanned();
};

void TestBadInput::badInputScanned_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("setup");
    QTest::addColumn<qint64>("maxFileBytes"); // 0 keeps the scanner's default
    QTest::addColumn<QStringList>("messageParts"); // empty when the file must give no error
    QTest::addColumn<int>("findings"); // findings reported for the bad file

    const QByteArray good = registryTemplate("goodregistry");
    const QStringList noError;

    QTest::newRow("malformed json")
        << "bad.json" << QByteArray("{ \"a\": 1,, }") << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "expected a string key" } << 0;
    QTest::newRow("truncated file")
        << "bad.json" << good.left(good.indexOf("\"resources\": [") + 14) << int(WriteFile)
        << qint64(0) << QStringList { "invalid JSON", "unexpected end of input inside an array" }
        << 0;
    QTest::newRow("unterminated comment")
        << "bad.json" << QByteArray("{ /* never closed") << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "unterminated comment" } << 0;
    QTest::newRow("empty file") << "bad.json" << QByteArray() << int(WriteFile) << qint64(0)
                                << QStringList { "invalid JSON", "empty input" } << 0;
    QTest::newRow("only a comment")
        << "bad.json" << QByteArray("// nothing else\n") << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "only whitespace and comments" } << 0;
    QTest::newRow("binary named json")
        << "bad.json" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(WriteFile)
        << qint64(0) << QStringList { "NUL byte at byte 8", "binary file" } << 0;
    QTest::newRow("utf-16 le bom") << "bad.json" << toUtf16(registryTemplate("utf16le"), false)
                                   << int(WriteFile) << qint64(0) << noError << 1;
    QTest::newRow("utf-16 be bom") << "bad.json" << toUtf16(registryTemplate("utf16be"), true)
                                   << int(WriteFile) << qint64(0) << noError << 1;
    QTest::newRow("utf-16 odd length")
        << "bad.json" << QByteArray("\xFF\xFE{\0}", 5) << int(WriteFile) << qint64(0)
        << QStringList { "invalid UTF-16", "odd number of bytes" } << 0;
    {
        // "\xC3(" is a lead byte without its continuation byte.
        const QByteArray bytes = registryTemplate("bad\xC3(name");
        const QString offset = QString::number(bytes.indexOf('\xC3'));
        QTest::newRow("invalid utf-8") << "bad.json" << bytes << int(WriteFile) << qint64(0)
                                       << QStringList { "invalid UTF-8 at byte " + offset } << 0;
    }
    QTest::newRow("arrays 100000 deep")
        << "bad.json" << nested("[", "]", 100000) << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "nesting deeper than 512 levels" } << 0;
    QTest::newRow("objects 100000 deep")
        << "bad.json" << nested("{\"a\":", "}", 100000) << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "nesting deeper than 512 levels" } << 0;
    {
        // A minified template whose one line is over 4 MB long.
        QByteArray line = registryTemplate("longline",
                                           "  \"metadata\": { \"description\": \""
                                               + QByteArray(4 << 20, 'x') + "\" },\n");
        line.replace('\n', ' ');
        QTest::newRow("very long line")
            << "bad.json" << line << int(WriteFile) << qint64(0) << noError << 1;
    }
    QTest::newRow("over size limit")
        << "bad.json"
        << registryTemplate("large",
                            "  \"metadata\": { \"padding\": \"" + QByteArray(5000, ' ') + "\" },\n")
        << int(WriteFile) << qint64(4096)
        << QStringList { "larger than the maximum file size of 4096 bytes", "--max-file-size" }
        << 0;
    // Links that do not resolve to a regular file are not templates, like other special files,
    // so the scanner skips them without an error and without following the loop.
    QTest::newRow("symlink loop") << "loop.json" << QByteArray() << int(SymlinkLoop) << qint64(0)
                                  << noError << 0;
    QTest::newRow("unreadable file")
        << "bad.json" << good << int(UnreadableFile) << qint64(0)
        << QStringList { "cannot open the file", "Permission denied" } << 0;
    QTest::newRow("unreadable folder")
        << "locked/bad.json" << good << int(UnreadableFolder) << qint64(0)
        << QStringList { "locked", "Permission denied" } << 0;
    QTest::newRow("duplicate key")
        << "bad.json" << registryTemplate("dup", "  \"parameters\": {},\n  \"parameters\": {},\n")
        << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "duplicate key 'parameters' in an object" } << 0;
    QTest::newRow("duplicate key in other case")
        << "bad.json" << registryTemplate("dup", "  \"variables\": {},\n  \"Variables\": {},\n")
        << int(WriteFile) << qint64(0)
        << QStringList { "duplicate key 'Variables'",
                         "differs from the key 'variables' only in "
                         "case" }
        << 0;
    QTest::newRow("number beyond double")
        << "bad.json" << registryTemplate("big", "  \"metadata\": { \"size\": 1e400 },\n")
        << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "number out of range: 1e400" } << 0;
    QTest::newRow("integer beyond int64")
        << "bad.json"
        << registryTemplate("bigint",
                            "  \"metadata\": { \"size\": 123456789012345678901234567890 },\n")
        << int(WriteFile) << qint64(0) << noError << 1;
    QTest::newRow("number below double")
        << "bad.json" << registryTemplate("tiny", "  \"metadata\": { \"size\": 1e-400 },\n")
        << int(WriteFile) << qint64(0) << noError << 1;
    QTest::newRow("nul escape in string") << "bad.json" << registryTemplate("acr\\u0000evil")
                                          << int(WriteFile) << qint64(0) << noError << 1;
    QTest::newRow("control characters in string")
        << "bad.json" << registryTemplate("acr\x01\x1b[31m\\u001b[0m\\u202eevil") << int(WriteFile)
        << qint64(0) << noError << 1;
    QTest::newRow("lone surrogate escape")
        << "bad.json" << registryTemplate("acr\\ud800") << int(WriteFile) << qint64(0)
        << QStringList { "invalid JSON", "high surrogate without a low surrogate" } << 0;
    QTest::newRow("expression 1000 deep")
        << "bad.json" << registryTemplate(nestedExpression(1000)) << int(WriteFile) << qint64(0)
        << QStringList { "invalid expression", "nested deeper than 256 levels" } << 1;
    QTest::newRow("bicepparam using a missing template")
        << "dev.bicepparam"
        << QByteArray("// dev values\nusing './missing.bicep'\nparam sku = 'Basic'\n")
        << int(WriteFile) << qint64(0)
        << QStringList { "'./missing.bicep' named by `using` does not exist" } << 0;
    QTest::newRow("bicepparam using a registry template")
        << "dev.bicepparam"
        << QByteArray("using 'br/public:avm/res/acr:0.1.0'\nparam sku = 'Basic'\n")
        << int(WriteFile) << qint64(0) << noError << 0;
    QTest::newRow("parameter file linking a missing template")
        << "bad.parameters.json"
        << QByteArray("{\n  \"$schema\": \"https://schema.management.azure.com/schemas/"
                      "2019-04-01/deploymentParameters.json#\",\n"
                      "  \"contentVersion\": \"1.0.0.0\",\n"
                      "  \"metadata\": { \"template\": \"gone.json\" },\n"
                      "  \"parameters\": {}\n}\n")
        << int(WriteFile) << qint64(0)
        << QStringList { "metadata.template names 'gone.json', which does not exist" } << 0;
}

void TestBadInput::badInputScanned()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, setup);
    QFETCH(qint64, maxFileBytes);
    QFETCH(QStringList, messageParts);
    QFETCH(int, findings);

    const bool needsPermissions = setup == UnreadableFile || setup == UnreadableFolder;
    if (needsPermissions && geteuid() == 0)
        QSKIP("running as root, which reads every file and folder whatever its permissions; run "
              "the test as an ordinary user to cover this row");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeBytes(dir.filePath("good.json"), registryTemplate("goodregistry")));

    const QString badPath = dir.filePath(fileName);
    switch (setup) {
    case WriteFile:
        QVERIFY(writeBytes(badPath, content));
        break;
    case SymlinkLoop:
        // A link to itself, two links to each other and a folder link to its own folder.
        QVERIFY(QFile::link(badPath, badPath));
        QVERIFY(QFile::link(dir.filePath("b.json"), dir.filePath("a.json")));
        QVERIFY(QFile::link(dir.filePath("a.json"), dir.filePath("b.json")));
        QVERIFY(QDir(dir.path()).mkpath("sub"));
        QVERIFY(QFile::link(dir.filePath("sub"), dir.filePath("sub/again")));
        break;
    case UnreadableFile:
        QVERIFY(writeBytes(badPath, content));
        QVERIFY(QFile::setPermissions(badPath, QFileDevice::Permissions()));
        break;
    case UnreadableFolder:
        QVERIFY(QDir(dir.path()).mkpath("locked"));
        QVERIFY(writeBytes(badPath, content));
        QVERIFY(QFile::setPermissions(dir.filePath("locked"), QFileDevice::Permissions()));
        break;
    }

    ScanOptions options;
    if (maxFileBytes > 0)
        options.maxFileBytes = static_cast<std::uintmax_t>(maxFileBytes);
    const ScanResult scan = scanFolder(dir.path().toStdString(), options);

    // Restore the permissions so that QTemporaryDir can remove the folder.
    if (setup == UnreadableFolder)
        QFile::setPermissions(dir.filePath("locked"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);

    // The good template is scanned whatever the bad input does.
    int goodFindings = 0;
    int badFindings = 0;
    for (const Finding &finding : scan.findings) {
        if (finding.file == "good.json") {
            ++goodFindings;
            QCOMPARE(int(finding.outcome), int(Outcome::Pass));
        } else if (QString::fromStdString(finding.file) == fileName) {
            ++badFindings;
        }
    }
    QCOMPARE(goodFindings, 1);
    QCOMPARE(badFindings, findings);

    QStringList messages;
    for (const FileError &error : scan.errors) {
        QVERIFY2(error.file != "good.json", error.message.c_str());
        messages << QString::fromStdString(error.file + ": " + error.message);
    }
    if (messageParts.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join('\n')));
        return;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().startsWith(fileName.section('/', 0, 0)),
             qPrintable(messages.first().left(300)));
    for (const QString &part : messageParts)
        QVERIFY2(messages.first().contains(part), qPrintable(messages.first().left(300)));
    // The row names the file relative to the folder; the message does not repeat its full path.
    QVERIFY2(!messages.first().contains(dir.path()), qPrintable(messages.first().left(300)));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
