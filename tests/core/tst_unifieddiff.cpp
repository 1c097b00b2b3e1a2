// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/fixapply.h"
#include "support/testsupport.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace compliance;
using testsupport::writeBytes;

namespace {

QByteArray diff(const QByteArray &oldText, const QByteArray &newText)
{
    return QByteArray::fromStdString(
        unifiedDiff(oldText.toStdString(), newText.toStdString(), "a/t.json", "b/t.json"));
}

// Numbered lines "line 1\n" .. "line count\n".
QByteArray numberedLines(int count, const char *newline = "\n")
{
    QByteArray text;
    for (int i = 1; i <= count; ++i)
        text += "line " + QByteArray::number(i) + newline;
    return text;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsGiveEmptyDiff();
    void oneChangedLine();
    void crlfBytesKept();
    void insertionAtStart();
    void deletionAtEnd();
    void missingFinalNewline();
    void nearbyChangesShareHunk();
    void distantChangesSplitHunks();
    void emptyOldText();
    void patchReproducesNewText_data();
    void patchReproducesNewText();
};

void TestUnifiedDiff::equalTextsGiveEmptyDiff()
{
    QVERIFY(diff(numberedLines(5), numberedLines(5)).isEmpty());
    QVERIFY(diff(QByteArray(), QByteArray()).isEmpty());
}

void TestUnifiedDiff::oneChangedLine()
{
    QByteArray newText = numberedLines(10);
    newText.replace("line 5\n", "line five\n");
    QCOMPARE(diff(numberedLines(10), newText),
             QByteArray("--- a/t.json\n+++ b/t.json\n"
                        "@@ -2,7 +2,7 @@\n"
                        " line 2\n line 3\n line 4\n"
                        "-line 5\n+line five\n"
                        " line 6\n line 7\n line 8\n"));
}

void TestUnifiedDiff::crlfBytesKept()
{
    const QByteArray oldText = numberedLines(3, "\r\n");
    QByteArray newText = oldText;
    newText.replace("line 2\r\n", "line two\r\n");
    QCOMPARE(diff(oldText, newText),
             QByteArray("--- a/t.json\n+++ b/t.json\n"
                        "@@ -1,3 +1,3 @@\n"
                        " line 1\r\n-line 2\r\n+line two\r\n line 3\r\n"));
}

void TestUnifiedDiff::insertionAtStart()
{
    QCOMPARE(diff(numberedLines(5), "line 0\n" + numberedLines(5)),
             QByteArray("--- a/t.json\n+++ b/t.json\n"
                        "@@ -1,3 +1,4 @@\n"
                        "+line 0\n"
                        " line 1\n line 2\n line 3\n"));
}

void TestUnifiedDiff::deletionAtEnd()
{
    QCOMPARE(diff(numberedLines(6), numberedLines(4)),
             QByteArray("--- a/t.json\n+++ b/t.json\n"
                        "@@ -2,5 +2,3 @@\n"
                        " line 2\n line 3\n line 4\n"
                        "-line 5\n-line 6\n"));
}

void TestUnifiedDiff::missingFinalNewline()
{
    QCOMPARE(diff("a\nb", "a\nc"),
             QByteArray("--- a/t.json\n+++ b/t.json\n"
                        "@@ -1,2 +1,2 @@\n"
                        " a\n"
                        "-b\n\\ No newline at end of file\n"
                        "+c\n\\ No newline at end of file\n"));
}

void TestUnifiedDiff::nearbyChangesShareHunk()
{
    // Six unchanged lines between two changes: their contexts touch, so one hunk.
    QByteArray newText = numberedLines(20);
    newText.replace("line 5\n", "line five\n");
    newText.replace("line 12\n", "line twelve\n");
    const QByteArray output = diff(numberedLines(20), newText);
    QCOMPARE(output.count("@@ -"), 1);
    QVERIFY(output.contains("@@ -2,14 +2,14 @@\n"));
}

void TestUnifiedDiff::distantChangesSplitHunks()
{
    // Seven unchanged lines between two changes: two hunks.
    QByteArray newText = numberedLines(20);
    newText.replace("line 5\n", "line five\n");
    newText.replace("line 13\n", "line thirteen\n");
    const QByteArray output = diff(numberedLines(20), newText);
    QCOMPARE(output.count("@@ -"), 2);
    QVERIFY(output.contains("@@ -2,7 +2,7 @@\n"));
    QVERIFY(output.contains("@@ -10,7 +10,7 @@\n"));
}

void TestUnifiedDiff::emptyOldText()
{
    QCOMPARE(diff(QByteArray(), "a\nb\n"),
             QByteArray("--- a/t.json\n+++ b/t.json\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
}

void TestUnifiedDiff::patchReproducesNewText_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");

    QByteArray scattered = numberedLines(60);
    scattered.replace("line 3\n", "");
    scattered.replace("line 20\n", "line 20\nextra a\nextra b\n");
    scattered.replace("line 41\n", "changed 41\n");
    scattered.replace("line 60\n", "");
    QTest::newRow("scattered edits") << numberedLines(60) << scattered;

    QTest::newRow("repeated lines") << QByteArray("}\n}\n}\n{\n}\n") << QByteArray("}\n{\n}\n}\n");
    QTest::newRow("fix inserts block")
        << QByteArray("{\n  \"properties\": {\n    \"adminUserEnabled\": false\n  }\n}\n")
        << QByteArray("{\n  \"properties\": {\n    \"adminUserEnabled\": false,\n"
                      "    \"policies\": {\n      \"trustPolicy\": {\n"
                      "        \"type\": \"Notary\",\n        \"status\": \"enabled\"\n"
                      "      }\n    }\n  }\n}\n");
    QTest::newRow("crlf text") << numberedLines(30, "\r\n")
                               << numberedLines(30, "\r\n").replace("line 15\r\n", "x\r\n");
    QTest::newRow("all lines replaced") << numberedLines(8) << QByteArray("a\nb\nc\n");
}

void TestUnifiedDiff::patchReproducesNewText()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    const QString patchProgram = QStandardPaths::findExecutable(QStringLiteral("patch"));
    if (patchProgram.isEmpty())
        QSKIP("the patch program is not installed");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("t.json"));
    QVERIFY(writeBytes(target, oldText));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("fix.diff")), diff(oldText, newText)));

    QProcess patch;
    patch.setWorkingDirectory(dir.path());
    patch.start(patchProgram,
                { QStringLiteral("--binary"), QStringLiteral("-p1"), QStringLiteral("-i"),
                  QStringLiteral("fix.diff") });
    QVERIFY(patch.waitForFinished(30000));
    QVERIFY2(patch.exitCode() == 0, patch.readAll().constData());
    QCOMPARE(readFile(target), newText);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
