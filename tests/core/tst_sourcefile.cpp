// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/source/sourcefile.h"

#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace compliance;
using testsupport::writeBytes;

Q_DECLARE_METATYPE(compliance::TextEncoding)
Q_DECLARE_METATYPE(compliance::LineEnding)

namespace {

QByteArray utf16Bytes(const QString &text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const ushort unit = c.unicode();
        const char high = char(unit >> 8);
        const char low = char(unit & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

} // namespace

class TestSourceFile : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void encodeForDiskRoundTrip_data();
    void encodeForDiskRoundTrip();
    void invalidInput_data();
    void invalidInput();
    void lineEndings_data();
    void lineEndings();
    void lineAndColumn();
    void readFromDisk();
    void readMissingFile();
    void readOverLimit();
    void readSharedBomCrlfCase();
};

void TestSourceFile::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("text");

    const QString sample = QStringLiteral("{\"name\": \"r\u00e9gistre \u20ac \U0001F600\"}\n");
    const QByteArray utf8 = sample.toUtf8();
    QTest::newRow("utf-8") << utf8 << TextEncoding::Utf8 << utf8;
    QTest::newRow("utf-8 with bom")
        << QByteArray("\xEF\xBB\xBF") + utf8 << TextEncoding::Utf8WithBom << utf8;
    QTest::newRow("utf-16 le") << utf16Bytes(sample, false) << TextEncoding::Utf16LE << utf8;
    QTest::newRow("utf-16 be") << utf16Bytes(sample, true) << TextEncoding::Utf16BE << utf8;
    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << QByteArray();
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << TextEncoding::Utf8WithBom
                              << QByteArray();
}

void TestSourceFile::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, text);

    const Result<SourceFile> file = decodeSourceFile("t.json", bytes.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    QCOMPARE(file->encoding(), encoding);
    QCOMPARE(QByteArray::fromStdString(file->text()), text);
    QCOMPARE(QByteArray::fromStdString(file->originalBytes()), bytes);
    QCOMPARE(file->path(), std::string("t.json"));
}

void TestSourceFile::encodeForDiskRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QString sample = QStringLiteral("{\r\n  \"a\": \"\u00fc \U0001F600\"\r\n}\r\n");
    QTest::newRow("utf-8") << sample.toUtf8();
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8();
    QTest::newRow("utf-16 le") << utf16Bytes(sample, false);
    QTest::newRow("utf-16 be") << utf16Bytes(sample, true);
}

void TestSourceFile::encodeForDiskRoundTrip()
{
    QFETCH(QByteArray, bytes);

    const Result<SourceFile> file = decodeSourceFile("t.json", bytes.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    QCOMPARE(QByteArray::fromStdString(file->encodeForDisk(file->text())), bytes);

    // An edited text keeps the encoding: decoding the encoded bytes gives the edit back.
    const std::string edited = file->text() + "\xE2\x82\xAC";
    const Result<SourceFile> reread = decodeSourceFile("t.json", file->encodeForDisk(edited));
    QVERIFY2(reread.ok(), reread.error().c_str());
    QCOMPARE(reread->encoding(), file->encoding());
    QCOMPARE(reread->text(), edited);
}

void TestSourceFile::invalidInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid utf-8 byte")
        << QByteArray("{\"a\": \"\xFF\"}") << QStringLiteral("t.json: invalid UTF-8 at byte 7");
    QTest::newRow("truncated sequence")
        << QByteArray("ab\xC3") << QStringLiteral("t.json: invalid UTF-8 at byte 2");
    QTest::newRow("overlong encoding")
        << QByteArray("a\xC0\xAF") << QStringLiteral("t.json: invalid UTF-8 at byte 1");
    QTest::newRow("encoded surrogate")
        << QByteArray("\xED\xA0\x80") << QStringLiteral("t.json: invalid UTF-8 at byte 0");
    QTest::newRow("invalid after bom")
        << QByteArray("\xEF\xBB\xBFx\x80") << QStringLiteral("t.json: invalid UTF-8 at byte 4");
    QTest::newRow("nul byte") << QByteArray("{}\0x", 4)
                              << QStringLiteral("t.json: NUL byte at byte 2; this looks like a "
                                                "binary file");
    QTest::newRow("utf-16 without bom")
        << QByteArray("{\0}\0", 4) << QStringLiteral("t.json: NUL byte at byte 1");
    QTest::newRow("utf-16 odd size")
        << QByteArray("\xFF\xFE{\0}", 5) << QStringLiteral("t.json: invalid UTF-16: odd number");
    QTest::newRow("utf-16 lone high surrogate")
        << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6)
        << QStringLiteral("t.json: invalid UTF-16 at byte 2: high surrogate");
    QTest::newRow("utf-16 lone low surrogate")
        << QByteArray("\xFE\xFF\x00\x41\xDC\x00", 6)
        << QStringLiteral("t.json: invalid UTF-16 at byte 4: low surrogate");
    QTest::newRow("utf-16 nul character") << QByteArray("\xFF\xFE\x41\x00\x00\x00", 6)
                                          << QStringLiteral("t.json: contains a NUL character");
}

void TestSourceFile::invalidInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Result<SourceFile> file = decodeSourceFile("t.json", bytes.toStdString());
    QVERIFY(!file.ok());
    const QString error = QString::fromStdString(file.error());
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestSourceFile::lineEndings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<QByteArray>("newline");

    QTest::newRow("lf") << QByteArray("a\nb\n") << LineEnding::LF << QByteArray("\n");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << LineEnding::CRLF << QByteArray("\r\n");
    QTest::newRow("none") << QByteArray("{}") << LineEnding::None << QByteArray("\n");
    QTest::newRow("mixed mostly crlf")
        << QByteArray("a\r\nb\r\nc\n") << LineEnding::Mixed << QByteArray("\r\n");
    QTest::newRow("mixed mostly lf")
        << QByteArray("a\nb\nc\r\n") << LineEnding::Mixed << QByteArray("\n");
    QTest::newRow("mixed tie") << QByteArray("a\nb\r\n") << LineEnding::Mixed << QByteArray("\n");
}

void TestSourceFile::lineEndings()
{
    QFETCH(QByteArray, text);
    QFETCH(LineEnding, ending);
    QFETCH(QByteArray, newline);

    const Result<SourceFile> file = decodeSourceFile("t.json", text.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    QCOMPARE(file->lineEnding(), ending);
    QCOMPARE(QByteArray(file->newline().data(), int(file->newline().size())), newline);
}

void TestSourceFile::lineAndColumn()
{
    // Line starts: 0, 4 ("de\r\n" begins after "abc\n"), 8 and 9.
    const Result<SourceFile> file = decodeSourceFile("t.json", "abc\nde\r\n\nf");
    QVERIFY2(file.ok(), file.error().c_str());
    QCOMPARE(file->lineCount(), 4);

    QCOMPARE(file->lineOf(0), 1);
    QCOMPARE(file->columnOf(0), 1);
    QCOMPARE(file->lineOf(3), 1);
    QCOMPARE(file->columnOf(3), 4);
    QCOMPARE(file->lineOf(4), 2);
    QCOMPARE(file->columnOf(4), 1);
    QCOMPARE(file->lineOf(6), 2);
    QCOMPARE(file->columnOf(6), 3);
    QCOMPARE(file->lineOf(8), 3);
    QCOMPARE(file->lineOf(9), 4);
    QCOMPARE(file->columnOf(9), 1);
    QCOMPARE(file->lineOf(10), 4);
    QCOMPARE(file->columnOf(10), 2);

    QCOMPARE(file->lineStart(1), std::size_t(0));
    QCOMPARE(file->lineStart(2), std::size_t(4));
    QCOMPARE(file->lineStart(4), std::size_t(9));
    QCOMPARE(file->textOf(Span { 4, 6 }), std::string_view("de"));
}

void TestSourceFile::readFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("azuredeploy.json"));
    QVERIFY(writeBytes(path, QByteArray("\xEF\xBB\xBF{\r\n}\r\n")));

    const Result<SourceFile> file = readSourceFile(path.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    QCOMPARE(file->path(), path.toStdString());
    QCOMPARE(file->encoding(), TextEncoding::Utf8WithBom);
    QCOMPARE(file->text(), std::string("{\r\n}\r\n"));
    QCOMPARE(file->lineEnding(), LineEnding::CRLF);
}

void TestSourceFile::readMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.json"));

    const Result<SourceFile> file = readSourceFile(path.toStdString());
    QVERIFY(!file.ok());
    QVERIFY2(QString::fromStdString(file.error()).startsWith(path + QStringLiteral(": ")),
             file.error().c_str());
}

void TestSourceFile::readOverLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QVERIFY(writeBytes(path, QByteArray(100, ' ')));

    const Result<SourceFile> file = readSourceFile(path.toStdString(), 99);
    QVERIFY(!file.ok());
    QCOMPARE(QString::fromStdString(file.error()),
             path
                 + QStringLiteral(": file is 100 bytes, larger than the maximum file size of 99 "
                                  "bytes (raise it with --max-file-size MIB, or the viewer setting "
                                  "scan/maxFileSizeMiB); the file was not read"));

    const Result<SourceFile> atLimit = readSourceFile(path.toStdString(), 100);
    QVERIFY2(atLimit.ok(), atLimit.error().c_str());
}

void TestSourceFile::readSharedBomCrlfCase()
{
    CV_REQUIRE_SHARED_DIR("cases/13-utf8-bom-crlf");
    const QString path
        = testsupport::sharedPath(QStringLiteral("cases/13-utf8-bom-crlf/azuredeploy.json"));

    const Result<SourceFile> file = readSourceFile(path.toStdString());
    QVERIFY2(file.ok(), file.error().c_str());
    QCOMPARE(file->encoding(), TextEncoding::Utf8WithBom);
    QCOMPARE(file->lineEnding(), LineEnding::CRLF);
    QCOMPARE(file->newline(), std::string_view("\r\n"));
    QVERIFY(file->text().front() == '{');
    QCOMPARE(file->encodeForDisk(file->text()), file->originalBytes());
}

QTEST_GUILESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
