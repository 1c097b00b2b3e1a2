// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/source/atomicwrite.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace compliance;
using testsupport::writeBytes;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
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

} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private slots:
    void replacesContent();
    void createsMissingFile();
    void keepsPermissions();
    void acceptsUnchangedFile();
    void rejectsChangedFile();
    void rejectsRemovedFile();
    void followsSymbolicLink();
    void failsInReadOnlyFolder();
    void rejectsReadOnlyFile();
};

void TestAtomicWrite::replacesContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(writeBytes(path, "{ \"old\": true, \"padding\": \"longer than the new text\" }\n"));

    const Status status = writeFileAtomically(path.toStdString(), "{}\n");
    QVERIFY2(status.ok(), status.error().c_str());
    QCOMPARE(readFile(path), QByteArray("{}\n"));
    QCOMPARE(extraEntries(dir.path(), { QStringLiteral("azuredeploy.json") }), QStringList());
}

void TestAtomicWrite::createsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.json"));

    const Status status = writeFileAtomically(path.toStdString(), "[]");
    QVERIFY2(status.ok(), status.error().c_str());
    QCOMPARE(readFile(path), QByteArray("[]"));
    QCOMPARE(modeOf(path), mode_t(0644));
}

void TestAtomicWrite::keepsPermissions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(writeBytes(path, "{}"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);

    const Status status = writeFileAtomically(path.toStdString(), "{\"a\": 1}");
    QVERIFY2(status.ok(), status.error().c_str());
    QCOMPARE(modeOf(path), mode_t(0640));
    QCOMPARE(readFile(path), QByteArray("{\"a\": 1}"));
}

void TestAtomicWrite::rejectsReadOnlyFile()
{
    // Even root, which may write anything, leaves a file without write bits as it is.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(writeBytes(path, "{}"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0444), 0);

    const Status status = writeFileAtomically(path.toStdString(), "{\"a\": 1}");
    QVERIFY(!status.ok());
    QVERIFY2(status.error().find("is read-only") != std::string::npos, status.error().c_str());
    QCOMPARE(readFile(path), QByteArray("{}"));
    QCOMPARE(modeOf(path), mode_t(0444));
}

void TestAtomicWrite::acceptsUnchangedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(writeBytes(path, "{\r\n}\r\n"));

    const Status status
        = writeFileAtomically(path.toStdString(), "{ \"a\": 1 }\r\n", std::string("{\r\n}\r\n"));
    QVERIFY2(status.ok(), status.error().c_str());
    QCOMPARE(readFile(path), QByteArray("{ \"a\": 1 }\r\n"));
}

void TestAtomicWrite::rejectsChangedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(writeBytes(path, "{\"changed\": \"by another editor\"}"));

    const Status status = writeFileAtomically(path.toStdString(), "{\"fixed\": true}",
                                              std::string("{\"original\": true}"));
    QVERIFY(!status.ok());
    QCOMPARE(QString::fromStdString(status.error()),
             path + QStringLiteral(" changed on disk since it was read; reload it before saving"));
    QCOMPARE(readFile(path), QByteArray("{\"changed\": \"by another editor\"}"));
    QCOMPARE(extraEntries(dir.path(), { QStringLiteral("azuredeploy.json") }), QStringList());
}

void TestAtomicWrite::rejectsRemovedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("removed.json"));

    const Status status = writeFileAtomically(path.toStdString(), "{}", std::string("{}"));
    QVERIFY(!status.ok());
    const QString error = QString::fromStdString(status.error());
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("No such file or directory")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(extraEntries(dir.path(), {}), QStringList());
}

void TestAtomicWrite::followsSymbolicLink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("target.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(writeBytes(target, "{}"));
    QVERIFY(QFile::link(target, link));

    const Status status = writeFileAtomically(link.toStdString(), "[]", std::string("{}"));
    QVERIFY2(status.ok(), status.error().c_str());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(target), QByteArray("[]"));
}

void TestAtomicWrite::failsInReadOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("running as root, which ignores folder permissions, so the write cannot fail");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(writeBytes(path, "{}"));
    const QByteArray folder = QFile::encodeName(dir.path());
    QCOMPARE(::chmod(folder.constData(), 0555), 0);

    const Status status = writeFileAtomically(path.toStdString(), "[]", std::string("{}"));
    ::chmod(folder.constData(), 0755);

    QVERIFY(!status.ok());
    const QString error = QString::fromStdString(status.error());
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot create a temporary file")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Permission denied")), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("{}"));
    QCOMPARE(extraEntries(dir.path(), { QStringLiteral("azuredeploy.json") }), QStringList());
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
