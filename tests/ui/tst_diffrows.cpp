// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "support/testsupport.h"
#include "ui/diffrows.h"

#include <QFile>
#include <QtTest>

using namespace compliance;

namespace {

using Rows = std::vector<DiffRow>;

constexpr DiffRowKind S = DiffRowKind::Same;
constexpr DiffRowKind C = DiffRowKind::Changed;
constexpr DiffRowKind I = DiffRowKind::Inserted;
constexpr DiffRowKind R = DiffRowKind::Removed;

DiffRows alignTexts(const QString &left, const QString &right)
{
    return DiffRows::compute(DiffRows::splitLines(left), DiffRows::splitLines(right));
}

QString describe(const Rows &rows)
{
    QStringList parts;
    for (const DiffRow &row : rows) {
        parts << QStringLiteral("(%1,%2,%3,%4)")
                     .arg(row.leftLine)
                     .arg(row.rightLine)
                     .arg(static_cast<int>(row.kind))
                     .arg(row.hunk);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

namespace compliance {

// Prints a range as start+length when a comparison fails.
char *toString(const DiffRange &range)
{
    return QTest::toString(QStringLiteral("%1+%2").arg(range.start).arg(range.length));
}

} // namespace compliance

Q_DECLARE_METATYPE(Rows)

class DiffRowsTest : public QObject
{
    Q_OBJECT

private slots:
    void alignedRows_data();
    void alignedRows();
    void crlfLinesMatchLf();
    void hunksAreRunsOfChanges();
    void characterMarksWidenToTokens();
    void characterMarksOnUtf16Text();
    void characterMarksOnInsertedValue();
    void longLineMarksAreIncomplete();
    void templateEditRows();
};

void DiffRowsTest::alignedRows_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("identical") << QStringLiteral("a\nb") << QStringLiteral("a\nb")
                               << Rows { { 0, 0, S, -1 }, { 1, 1, S, -1 } };
    QTest::newRow("insertion") << QStringLiteral("a\nb\nc") << QStringLiteral("a\nb\nx\ny\nc")
                               << Rows { { 0, 0, S, -1 },
                                         { 1, 1, S, -1 },
                                         { -1, 2, I, 0 },
                                         { -1, 3, I, 0 },
                                         { 2, 4, S, -1 } };
    QTest::newRow("deletion") << QStringLiteral("a\nb\nc\nd") << QStringLiteral("a\nd")
                              << Rows { { 0, 0, S, -1 },
                                        { 1, -1, R, 0 },
                                        { 2, -1, R, 0 },
                                        { 3, 1, S, -1 } };
    QTest::newRow("replacement") << QStringLiteral("a\nold\nc") << QStringLiteral("a\nnew\nc")
                                 << Rows { { 0, 0, S, -1 }, { 1, 1, C, 0 }, { 2, 2, S, -1 } };
    QTest::newRow("replacement with extra line")
        << QStringLiteral("a\nold\nc") << QStringLiteral("a\nnew\nmore\nc")
        << Rows { { 0, 0, S, -1 }, { 1, 1, C, 0 }, { -1, 2, I, 0 }, { 2, 3, S, -1 } };
    QTest::newRow("edited line below inserted lines")
        << QStringLiteral("a\n  \"sku\": \"Basic\",\nc")
        << QStringLiteral("a\n  \"tags\": {\n  },\n  \"sku\": \"Premium\",\nc")
        << Rows {
               { 0, 0, S, -1 }, { -1, 1, I, 0 }, { -1, 2, I, 0 }, { 1, 3, C, 0 }, { 2, 4, S, -1 }
           };
    QTest::newRow("edited lines with a removed line between")
        << QStringLiteral("a\nvalue: 1\nremoved entirely\nother: 2\nz")
        << QStringLiteral("a\nvalue: 10\nother: 20\nz")
        << Rows {
               { 0, 0, S, -1 }, { 1, 1, C, 0 }, { 2, -1, R, 0 }, { 3, 2, C, 0 }, { 4, 3, S, -1 }
           };
    QTest::newRow("empty left file")
        << QString() << QStringLiteral("a\nb") << Rows { { 0, 0, C, 0 }, { -1, 1, I, 0 } };
    QTest::newRow("both empty") << QString() << QString() << Rows { { 0, 0, S, -1 } };
}

void DiffRowsTest::alignedRows()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(Rows, expected);

    const DiffRows diff = alignTexts(left, right);
    QCOMPARE(describe(diff.rows()), describe(expected));
}

void DiffRowsTest::crlfLinesMatchLf()
{
    const DiffRows diff = alignTexts(QStringLiteral("{\r\n  \"a\": 1\r\n}\r\n"),
                                     QStringLiteral("{\n  \"a\": 2\n}\n"));
    QCOMPARE(describe(diff.rows()),
             describe({ { 0, 0, S, -1 }, { 1, 1, C, 0 }, { 2, 2, S, -1 }, { 3, 3, S, -1 } }));
    QCOMPARE(diff.leftLines().at(1), QStringLiteral("  \"a\": 1"));
}

void DiffRowsTest::hunksAreRunsOfChanges()
{
    const DiffRows diff
        = alignTexts(QStringLiteral("a\nb\nc\nd\ne\nf"), QStringLiteral("a\nB\nc\nd\nx\ne\nf"));
    QCOMPARE(diff.hunks().size(), std::size_t(2));
    QCOMPARE(diff.hunks()[0].firstRow, 1);
    QCOMPARE(diff.hunks()[0].lastRow, 1);
    QCOMPARE(diff.hunks()[1].firstRow, 4);
    QCOMPARE(diff.hunks()[1].lastRow, 4);
    QCOMPARE(diff.rows()[4].kind, I);
    QCOMPARE(diff.rowForLeftLine(4), 5);
    QCOMPARE(diff.rowForRightLine(4), 4);
    QCOMPARE(diff.rowForRightLine(7), -1);
}

void DiffRowsTest::characterMarksWidenToTokens()
{
    // "Basic" and "Premium" share an "i", which must not split either word.
    const DiffRows diff = alignTexts(QStringLiteral("{\n  \"sku\": { \"name\": \"Basic\" }\n}"),
                                     QStringLiteral("{\n  \"sku\": { \"name\": \"Premium\" }\n}"));
    const DiffCharacterMarks &marks = diff.characterMarks(1);
    QVERIFY(marks.complete);
    QCOMPARE(marks.left, QList<DiffRange>({ { 20, 5 } }));
    QCOMPARE(marks.right, QList<DiffRange>({ { 20, 7 } }));
    QCOMPARE(diff.leftLines().at(1).mid(20, 5), QStringLiteral("Basic"));
    QVERIFY(diff.characterMarks(0).left.isEmpty());
    QVERIFY(diff.characterMarksComplete());
}

void DiffRowsTest::characterMarksOnUtf16Text()
{
    // Decoded from UTF-16, with a character outside the BMP before the change.
    const QString left = QString::fromUtf16(u"\"tag\": \"\U0001F600 Größe\"");
    const QString right = QString::fromUtf16(u"\"tag\": \"\U0001F600 Grüße\"");
    const auto [leftRanges, rightRanges] = DiffRows::diffCharacters(left, right);
    // The emoji takes two UTF-16 code units, so the word starts at 11.
    QCOMPARE(leftRanges, QList<DiffRange>({ { 11, 5 } }));
    QCOMPARE(rightRanges, QList<DiffRange>({ { 11, 5 } }));
    QCOMPARE(left.mid(11, 5), QString::fromUtf16(u"Größe"));
}

void DiffRowsTest::characterMarksOnInsertedValue()
{
    const auto [leftRanges, rightRanges] = DiffRows::diffCharacters(
        QStringLiteral("\"a\": 1 }"), QStringLiteral("\"a\": 1, \"b\": 2 }"));
    QVERIFY(leftRanges.isEmpty());
    QCOMPARE(rightRanges, QList<DiffRange>({ { 6, 8 } }));
}

void DiffRowsTest::longLineMarksAreIncomplete()
{
    const QString longValue(DiffRows::maxMarkedLineLength() + 10, QLatin1Char('x'));
    DiffRows diff = alignTexts(QStringLiteral("a\n\"v\": \"%1\"\nb\nc").arg(longValue),
                               QStringLiteral("a\n\"v\": \"%1y\"\nb\nC").arg(longValue));
    QVERIFY(!diff.characterMarksComplete());
    QVERIFY(!diff.characterMarks(1).complete);
    QVERIFY(diff.characterMarks(1).right.isEmpty());
    QVERIFY(diff.characterMarks(3).complete);
    QCOMPARE(diff.characterMarks(3).right, QList<DiffRange>({ { 0, 1 } }));

    diff.setMarkingLimited(false);
    QVERIFY(diff.characterMarksComplete());
    QVERIFY(diff.characterMarks(1).complete);
    // The token widening makes the whole run of x and the y one mark.
    QCOMPARE(diff.characterMarks(1).right, QList<DiffRange>({ { 6, int(longValue.size()) + 1 } }));
}

void DiffRowsTest::templateEditRows()
{
    CV_REQUIRE_SHARED_DIR("cases/01-sku-gating");
    QFile file(testsupport::sharedPath(QStringLiteral("cases/01-sku-gating/azuredeploy.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList original = DiffRows::splitLines(QString::fromUtf8(file.readAll()));
    QStringList fixed = original;
    QVERIFY(fixed[42].contains(QLatin1String("\"disabled\"")));
    fixed[42].replace(QLatin1String("\"disabled\""), QLatin1String("\"enabled\""));
    fixed.insert(5, QStringLiteral("    \"sku\": { \"type\": \"string\" },"));
    fixed.insert(5, QStringLiteral("    \"name\": { \"type\": \"string\" },"));

    const DiffRows diff = DiffRows::compute(original, fixed);
    QCOMPARE(diff.rowCount(), int(original.size()) + 2);
    QCOMPARE(diff.hunks().size(), std::size_t(2));
    QCOMPARE(describe({ diff.rows().begin() + 4, diff.rows().begin() + 8 }),
             describe({ { 4, 4, S, -1 }, { -1, 5, I, 0 }, { -1, 6, I, 0 }, { 5, 7, S, -1 } }));
    const int changed = diff.rowForLeftLine(42);
    QCOMPARE(changed, 44);
    QCOMPARE(describe({ diff.rows()[changed] }), describe({ { 42, 44, C, 1 } }));
    const DiffCharacterMarks &marks = diff.characterMarks(changed);
    QCOMPARE(marks.left.size(), 1);
    QCOMPARE(original[42].mid(marks.left[0].start, marks.left[0].length),
             QStringLiteral("disabled"));
    QCOMPARE(fixed[44].mid(marks.right[0].start, marks.right[0].length), QStringLiteral("enabled"));
}

QTEST_MAIN(DiffRowsTest)
#include "tst_diffrows.moc"
