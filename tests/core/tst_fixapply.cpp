// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/fixapply.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace compliance;
using testsupport::writeBytes;

Q_DECLARE_METATYPE(compliance::SaveStep)

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The names in `dir` other than `expected`, so a leftover temporary file shows in a failure.
QStringList extraEntries(const QString &dir, const QStringList &expected)
{
    QStringList entries
        = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : expected)
        entries.removeAll(name);
    return entries;
}

const QByteArray kTemplate = "{\n  \"parameters\": { \"trustStatus\": { \"type\": \"string\", "
                             "\"allowedValues\": [ \"disabled\" ] } }\n}\n";
const QByteArray kParameters
    = "{\n  \"parameters\": {\n    \"trustStatus\": { \"value\": \"disabled\" }\n  }\n}\n";

// A template in the folder and a parameter file in a subfolder, read as a scan reads them.
struct TwoFiles
{
    QTemporaryDir dir;
    QString templatePath;
    QString parametersPath;
    SourceFile templateFile;
    SourceFile parametersFile;

    bool create()
    {
        if (!dir.isValid() || !QDir(dir.path()).mkdir(QStringLiteral("params")))
            return false;
        templatePath = dir.filePath(QStringLiteral("main.json"));
        parametersPath = dir.filePath(QStringLiteral("params/main.parameters.json"));
        // The parameter file starts with a UTF-8 BOM, which a save must keep.
        if (!writeBytes(templatePath, kTemplate)
            || !writeBytes(parametersPath, "\xEF\xBB\xBF" + kParameters))
            return false;
        Result<SourceFile> first = readSourceFile(templatePath.toStdString());
        Result<SourceFile> second = readSourceFile(parametersPath.toStdString());
        if (!first || !second)
            return false;
        templateFile = first.value();
        parametersFile = second.value();
        return true;
    }

    std::vector<FileText> enabledTexts() const
    {
        std::string templateText = templateFile.text();
        templateText.replace(templateText.find("\"disabled\" ]"), 12,
                             "\"disabled\", \"enabled\" ]");
        std::string parametersText = parametersFile.text();
        parametersText.replace(parametersText.find("\"disabled\""), 10, "\"enabled\"");
        return { FileText { &templateFile, templateText },
                 FileText { &parametersFile, parametersText } };
    }
};

} // namespace

class TestFixApply : public QObject
{
    Q_OBJECT

private slots:
    void savesEveryFile();
    void failureChangesNoFile_data();
    void failureChangesNoFile();
    void rejectsFileListedTwice();
    void failsInReadOnlyFolder();
    void emptyListSavesNothing();
    void writesBytesAsGiven();
    void bytesWriteChecksEveryFile();
};

void TestFixApply::savesEveryFile()
{
    TwoFiles files;
    QVERIFY(files.create());
    const std::vector<FileText> texts = files.enabledTexts();

    const MultiFileSaveResult result = saveTextsAllOrNone(texts);
    QVERIFY2(result.ok(), result.error.c_str());
    QCOMPARE(result.written,
             (std::vector<std::string> { files.templatePath.toStdString(),
                                         files.parametersPath.toStdString() }));
    QVERIFY(result.failedPath.empty());
    QCOMPARE(readFile(files.templatePath), QByteArray::fromStdString(texts[0].newText));
    QCOMPARE(readFile(files.parametersPath),
             "\xEF\xBB\xBF" + QByteArray::fromStdString(texts[1].newText));
    QCOMPARE(extraEntries(files.dir.path(), { QStringLiteral("main.json") }), QStringList());
    QCOMPARE(extraEntries(files.dir.filePath(QStringLiteral("params")),
                          { QStringLiteral("main.parameters.json") }),
             QStringList());
}

void TestFixApply::failureChangesNoFile_data()
{
    QTest::addColumn<SaveStep>("step");
    // With "message" the hook returns a reason. With "stale" and "remove temporary" it changes
    // the disk, so the real system call fails.
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expectedReason");
    QTest::addColumn<bool>("firstRestored");

    QTest::newRow("check rejects") << SaveStep::Check << QStringLiteral("message")
                                   << QStringLiteral("disk is on fire") << false;
    QTest::newRow("stale second file")
        << SaveStep::Check << QStringLiteral("stale") << QStringLiteral("changed on disk") << false;
    QTest::newRow("temporary write fails") << SaveStep::WriteTemporary << QStringLiteral("message")
                                           << QStringLiteral("disk is on fire") << false;
    QTest::newRow("rename rejects") << SaveStep::Rename << QStringLiteral("message")
                                    << QStringLiteral("disk is on fire") << true;
    QTest::newRow("temporary vanished") << SaveStep::Rename << QStringLiteral("remove temporary")
                                        << QStringLiteral("cannot replace the file") << true;
}

void TestFixApply::failureChangesNoFile()
{
    QFETCH(SaveStep, step);
    QFETCH(QString, fault);
    QFETCH(QString, expectedReason);
    QFETCH(bool, firstRestored);

    TwoFiles files;
    QVERIFY(files.create());
    const QByteArray templateBefore = readFile(files.templatePath);
    const QByteArray parametersBefore = readFile(files.parametersPath);
    const QByteArray staleBytes = parametersBefore + "\n";
    const std::string second = files.parametersPath.toStdString();
    const QString paramsFolder = files.dir.filePath(QStringLiteral("params"));

    QByteArray templateAtFault;
    const SaveFaultHook hook = [&](SaveStep current, const std::string &path) -> std::string {
        if (current != step || path != second)
            return {};
        templateAtFault = readFile(files.templatePath);
        if (fault == QLatin1String("stale")) {
            writeBytes(files.parametersPath, staleBytes);
            return {};
        }
        if (fault == QLatin1String("remove temporary")) {
            for (const QString &name : extraEntries(paramsFolder, { "main.parameters.json" }))
                QFile::remove(QDir(paramsFolder).filePath(name));
            return {};
        }
        return "disk is on fire";
    };

    const MultiFileSaveResult result = saveTextsAllOrNone(files.enabledTexts(), hook);
    QVERIFY(!result.ok());
    QCOMPARE(result.failedPath, second);
    QVERIFY(result.written.empty());
    const QString error = QString::fromStdString(result.error);
    QVERIFY2(error.startsWith(QStringLiteral("Could not save ") + files.parametersPath),
             qPrintable(error));
    QVERIFY2(error.contains(expectedReason), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("No file was changed")), qPrintable(error));
    QCOMPARE(error.contains(QStringLiteral("restored: ") + files.templatePath), firstRestored);

    // The first file was already replaced when the rename of the second one failed.
    QCOMPARE(templateAtFault != templateBefore, firstRestored);
    QCOMPARE(readFile(files.templatePath), templateBefore);
    const QByteArray expectedParameters
        = fault == QLatin1String("stale") ? staleBytes : parametersBefore;
    QCOMPARE(readFile(files.parametersPath), expectedParameters);
    QCOMPARE(extraEntries(files.dir.path(), { QStringLiteral("main.json") }), QStringList());
    QCOMPARE(extraEntries(paramsFolder, { QStringLiteral("main.parameters.json") }), QStringList());
}

void TestFixApply::rejectsFileListedTwice()
{
    TwoFiles files;
    QVERIFY(files.create());
    std::vector<FileText> texts = files.enabledTexts();
    texts.push_back(texts.front());
    const QByteArray before = readFile(files.templatePath);

    const MultiFileSaveResult result = saveTextsAllOrNone(texts);
    QVERIFY(!result.ok());
    QCOMPARE(result.failedPath, files.templatePath.toStdString());
    QVERIFY2(result.error.find("listed twice") != std::string::npos, result.error.c_str());
    QCOMPARE(readFile(files.templatePath), before);
}

void TestFixApply::failsInReadOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("running as root, which ignores folder permissions, so the write cannot fail");

    TwoFiles files;
    QVERIFY(files.create());
    const QByteArray templateBefore = readFile(files.templatePath);
    const QByteArray parametersBefore = readFile(files.parametersPath);
    const QByteArray folder = QFile::encodeName(files.dir.filePath(QStringLiteral("params")));
    QCOMPARE(::chmod(folder.constData(), 0555), 0);

    const MultiFileSaveResult result = saveTextsAllOrNone(files.enabledTexts());
    ::chmod(folder.constData(), 0755);

    QVERIFY(!result.ok());
    QCOMPARE(result.failedPath, files.parametersPath.toStdString());
    QVERIFY2(result.error.find("Permission denied") != std::string::npos, result.error.c_str());
    QCOMPARE(readFile(files.templatePath), templateBefore);
    QCOMPARE(readFile(files.parametersPath), parametersBefore);
    QCOMPARE(extraEntries(files.dir.path(), { QStringLiteral("main.json") }), QStringList());
}

void TestFixApply::emptyListSavesNothing()
{
    const MultiFileSaveResult result = saveTextsAllOrNone({});
    QVERIFY(result.ok());
    QVERIFY(result.written.empty());
}

void TestFixApply::writesBytesAsGiven()
{
    TwoFiles files;
    QVERIFY(files.create());
    const QByteArray templateBefore = readFile(files.templatePath);
    const QByteArray parametersBefore = readFile(files.parametersPath);
    // Bytes that no text encoding of the file would produce: CRLF after a BOM in a file read
    // as LF, and a lone trailing CR.
    const QByteArray newTemplate = "\xEF\xBB\xBF{\r\n  \"parameters\": {}\r\n}\r";
    const QByteArray newParameters = "{}";

    const MultiFileSaveResult result = writeBytesAllOrNone(
        { FileBytes { files.templatePath.toStdString(), templateBefore.toStdString(),
                      newTemplate.toStdString() },
          FileBytes { files.parametersPath.toStdString(), parametersBefore.toStdString(),
                      newParameters.toStdString() } });
    QVERIFY2(result.ok(), result.error.c_str());
    QCOMPARE(result.written.size(), std::size_t(2));
    QCOMPARE(readFile(files.templatePath), newTemplate);
    QCOMPARE(readFile(files.parametersPath), newParameters);
    QCOMPARE(extraEntries(files.dir.path(), { QStringLiteral("main.json") }), QStringList());
}

void TestFixApply::bytesWriteChecksEveryFile()
{
    TwoFiles files;
    QVERIFY(files.create());
    const QByteArray templateBefore = readFile(files.templatePath);
    const QByteArray parametersBefore = readFile(files.parametersPath);

    // The second file is expected to hold bytes it does not have, so neither file is written.
    const MultiFileSaveResult result = writeBytesAllOrNone(
        { FileBytes { files.templatePath.toStdString(), templateBefore.toStdString(), "{}" },
          FileBytes { files.parametersPath.toStdString(), "{ \"other\": true }", "{}" } });
    QVERIFY(!result.ok());
    QCOMPARE(result.failedPath, files.parametersPath.toStdString());
    QVERIFY2(result.error.find("changed on disk") != std::string::npos, result.error.c_str());
    QVERIFY(result.written.empty());
    QCOMPARE(readFile(files.templatePath), templateBefore);
    QCOMPARE(readFile(files.parametersPath), parametersBefore);
}

QTEST_GUILESS_MAIN(TestFixApply)
#include "tst_fixapply.moc"
