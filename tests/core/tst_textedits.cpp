// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/textedits.h"

#include <QTest>

#include <string>

using namespace compliance;

Q_DECLARE_METATYPE(std::vector<compliance::TextEdit>)

namespace {

TextEdit edit(std::size_t begin, std::size_t end, std::string replacement,
              std::string path = "t.json")
{
    return TextEdit { std::move(path), Span { begin, end }, std::move(replacement) };
}

} // namespace

class TestTextEdits : public QObject
{
    Q_OBJECT

private slots:
    void apply_data();
    void apply();
    void conflicts_data();
    void conflicts();
    void editPastEnd();
    void mergeSortsAndDropsDuplicates();
    void mergeKeepsFilesApart();
    void mergeRejectsConflict();
};

void TestTextEdits::apply_data()
{
    QTest::addColumn<std::vector<TextEdit>>("edits");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no edits") << std::vector<TextEdit> {} << QByteArray("0123456789");
    QTest::newRow("insertion") << std::vector<TextEdit> { edit(3, 3, "x") }
                               << QByteArray("012x3456789");
    QTest::newRow("replacement") << std::vector<TextEdit> { edit(2, 5, "ab") }
                                 << QByteArray("01ab56789");
    QTest::newRow("deletion") << std::vector<TextEdit> { edit(0, 9, "") } << QByteArray("9");
    QTest::newRow("unsorted edits")
        << std::vector<TextEdit> { edit(8, 9, "B"), edit(1, 2, "A") } << QByteArray("0A234567B9");
    QTest::newRow("adjacent edits")
        << std::vector<TextEdit> { edit(2, 4, "x"), edit(4, 6, "y") } << QByteArray("01xy6789");
    QTest::newRow("insertion before replacement")
        << std::vector<TextEdit> { edit(2, 4, "R"), edit(2, 2, "I") } << QByteArray("01IR456789");
    QTest::newRow("insertion after replacement")
        << std::vector<TextEdit> { edit(4, 4, "I"), edit(2, 4, "R") } << QByteArray("01RI456789");
    QTest::newRow("duplicate counts once")
        << std::vector<TextEdit> { edit(5, 5, ","), edit(5, 5, ",") } << QByteArray("01234,56789");
    QTest::newRow("insertion at end")
        << std::vector<TextEdit> { edit(10, 10, "!") } << QByteArray("0123456789!");
}

void TestTextEdits::apply()
{
    QFETCH(std::vector<TextEdit>, edits);
    QFETCH(QByteArray, expected);

    const Result<std::string> result = applyTextEdits("0123456789", edits);
    QVERIFY2(result.ok(), result.error().c_str());
    QCOMPARE(QByteArray::fromStdString(result.value()), expected);
}

void TestTextEdits::conflicts_data()
{
    QTest::addColumn<std::vector<TextEdit>>("edits");
    QTest::addColumn<QString>("message");

    QTest::newRow("overlapping replacements")
        << std::vector<TextEdit> { edit(1, 4, "a"), edit(3, 6, "b") }
        << QStringLiteral("conflicting edits in t.json: replacement of [1, 4) overlaps "
                          "replacement of [3, 6)");
    QTest::newRow("insertion inside replacement")
        << std::vector<TextEdit> { edit(1, 4, "a"), edit(2, 2, "b") }
        << QStringLiteral("conflicting edits in t.json: replacement of [1, 4) overlaps "
                          "insertion at offset 2");
    QTest::newRow("two insertions at one offset")
        << std::vector<TextEdit> { edit(5, 5, "a"), edit(5, 5, "b") }
        << QStringLiteral("conflicting edits in t.json: insertion at offset 5 overlaps "
                          "insertion at offset 5");
    QTest::newRow("same span different text")
        << std::vector<TextEdit> { edit(1, 3, "a"), edit(1, 3, "b") }
        << QStringLiteral("conflicting edits in t.json: replacement of [1, 3) overlaps "
                          "replacement of [1, 3)");
    QTest::newRow("reversed span") << std::vector<TextEdit> { edit(4, 2, "a") }
                                   << QStringLiteral("invalid edit: span [4, 2) ends before it "
                                                     "begins");
}

void TestTextEdits::conflicts()
{
    QFETCH(std::vector<TextEdit>, edits);
    QFETCH(QString, message);

    // The message names the file, so merge instead of apply, which ignores paths.
    const Result<std::vector<TextEdit>> merged = mergeTextEdits(edits);
    QVERIFY(!merged.ok());
    QCOMPARE(QString::fromStdString(merged.error()), message);

    const Result<std::string> applied = applyTextEdits("0123456789", edits);
    QVERIFY(!applied.ok());
}

void TestTextEdits::editPastEnd()
{
    const Result<std::string> result = applyTextEdits("abc", { edit(2, 4, "x") });
    QVERIFY(!result.ok());
    QCOMPARE(result.error(),
             std::string("invalid edit: replacement of [2, 4) ends past the end of the text "
                         "(3 bytes)"));
}

void TestTextEdits::mergeSortsAndDropsDuplicates()
{
    const Result<std::vector<TextEdit>> merged
        = mergeTextEdits({ edit(7, 8, "b"), edit(1, 2, "a"), edit(7, 8, "b") });
    QVERIFY2(merged.ok(), merged.error().c_str());
    QCOMPARE(merged->size(), std::size_t(2));
    QCOMPARE(merged.value()[0], edit(1, 2, "a"));
    QCOMPARE(merged.value()[1], edit(7, 8, "b"));
}

void TestTextEdits::mergeKeepsFilesApart()
{
    // The same span in two files is no conflict.
    const Result<std::vector<TextEdit>> merged
        = mergeTextEdits({ edit(1, 2, "a", "b.json"), edit(1, 2, "x", "a.json") });
    QVERIFY2(merged.ok(), merged.error().c_str());
    QCOMPARE(merged->size(), std::size_t(2));
    QCOMPARE(merged.value()[0].path, std::string("a.json"));
}

void TestTextEdits::mergeRejectsConflict()
{
    const Result<std::vector<TextEdit>> merged
        = mergeTextEdits({ edit(3, 3, "x", "a.json"), edit(3, 3, "y", "a.json") });
    QVERIFY(!merged.ok());
    QVERIFY2(QString::fromStdString(merged.error()).contains(QStringLiteral("a.json")),
             merged.error().c_str());
}

QTEST_GUILESS_MAIN(TestTextEdits)
#include "tst_textedits.moc"
