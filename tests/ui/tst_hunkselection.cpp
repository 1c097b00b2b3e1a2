// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/scanner.h"
#include "core/source/sourcefile.h"
#include "support/testsupport.h"
#include "ui/codeview.h"
#include "ui/edithunklist.h"
#include "ui/edithunks.h"
#include "ui/fixpreview.h"
#include "ui/fixsession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace compliance;
using testsupport::readBytes;
using testsupport::writeBytes;

namespace {

const QString kFileName = QStringLiteral("azuredeploy.json");
// In the case with an old apiVersion, this registry's fix raises the apiVersion and, four lines
// below, adds the trust policy, so it has two hunks.
const std::string kRegistry = "registryold01";

QByteArray sha256(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The case's template in the requested form: as stored, or with a UTF-8 BOM and CRLF line
// ends, so a save must encode the preview the way the file is stored.
QByteArray caseBytes(bool bomCrlf)
{
    QByteArray bytes = readBytes(
        testsupport::sharedPath(QStringLiteral("cases/17-old-api-version/") + kFileName));
    if (!bomCrlf || bytes.isEmpty())
        return bytes;
    bytes.replace("\r\n", "\n");
    bytes.replace("\n", "\r\n");
    return QByteArray("\xEF\xBB\xBF") + bytes;
}

int findingIndexByName(const FileScanResult &file, const std::string &name)
{
    for (int i = 0; i < static_cast<int>(file.findings.size()); ++i) {
        if (file.findings[i].resolvedName == name)
            return i;
    }
    return -1;
}

// One scanned copy of the case in its own folder, shown in a preview of a fresh session.
struct ScannedCopy
{
    QTemporaryDir dir;
    FixSession session;
    FileScanResult result;
    QString path;
    std::unique_ptr<FixPreview> preview;

    bool open(const QByteArray &bytes, const std::string &registry)
    {
        path = dir.filePath(kFileName);
        if (!dir.isValid() || !writeBytes(path, bytes))
            return false;
        result = scanFile(path.toStdString(), kFileName.toStdString());
        if (!result.source)
            return false;
        session.setSource(result.source);
        const int index = findingIndexByName(result, registry);
        if (index < 0)
            return false;
        preview = std::make_unique<FixPreview>(&session);
        preview->resize(1000, 700);
        preview->show();
        preview->showFinding(result, index);
        return true;
    }
};

QString lfText(const std::string &text)
{
    return QString::fromStdString(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

} // namespace

class HunkSelectionTest : public QObject
{
    Q_OBJECT

private slots:
    void groupsTouchingEdits();
    void previewEqualsSavedBytes_data();
    void previewEqualsSavedBytes();
    void skippingAllDisablesApply();
    void spaceTogglesHunk();
    void appliedHunkIsMarked();
    void checksSurviveReshow();
    void applyAllKeepsSkippedHunk();
};

void HunkSelectionTest::groupsTouchingEdits()
{
    Result<SourceFile> decoded = decodeSourceFile("/t/a.json", "one\ntwo\nthree\nfour\nfive\n");
    QVERIFY(decoded);
    const auto source = std::make_shared<const SourceFile>(decoded.value());
    const std::string path = "/t/a.json";
    // Offsets: "one" 0-3, "two" 4-7, "three" 8-13, "four" 14-18, "five" 19-23.
    const std::vector<TextEdit> edits {
        { path, { 19, 23 }, "FIVE" }, // line 5
        { path, { 4, 7 }, "TWO" }, // line 2
        { path, { 8, 8 }, "new\n" }, // insertion at line 3, adjacent to line 2
        { "/t/b.json", { 0, 1 }, "x" }, // a file without a known source
    };
    const std::vector<EditHunk> hunks
        = groupEditHunks(edits, [&](const std::string &file) -> std::shared_ptr<const SourceFile> {
              return file == path ? source : nullptr;
          });

    QCOMPARE(hunks.size(), std::size_t(3));
    QCOMPARE(hunks[0].edits.size(), std::size_t(2));
    QCOMPARE(hunks[0].firstLine, 2);
    QCOMPARE(hunks[0].lastLine, 3);
    QCOMPARE(QString::fromStdString(hunks[0].label), QStringLiteral("lines 2-3"));
    QCOMPARE(hunks[1].firstLine, 5);
    QCOMPARE(hunks[1].lastLine, 5);
    QCOMPARE(QString::fromStdString(hunks[1].label), QStringLiteral("line 5: five → FIVE"));
    QCOMPARE(hunks[2].path, std::string("/t/b.json"));
    QCOMPARE(QString::fromStdString(hunks[2].label), QStringLiteral("whole file: insert x"));

    // An item added to a list is named without the comma that joins it.
    const std::vector<EditHunk> added
        = groupEditHunks({ { path, { 23, 23 }, ", \"Premium\"" }, { path, { 4, 7 }, "" } },
                         [&](const std::string &) { return source; });
    QCOMPARE(added.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(added[0].label), QStringLiteral("line 2: remove two"));
    QCOMPARE(QString::fromStdString(added[1].label), QStringLiteral("line 5: insert \"Premium\""));

    const std::vector<TextEdit> second = checkedEdits(hunks, { false, true, false });
    QCOMPARE(second.size(), std::size_t(1));
    QCOMPARE(second.front().replacement, std::string("FIVE"));
}

void HunkSelectionTest::previewEqualsSavedBytes_data()
{
    QTest::addColumn<bool>("bomCrlf");
    QTest::newRow("utf8 lf") << false;
    QTest::newRow("bom crlf") << true;
}

void HunkSelectionTest::previewEqualsSavedBytes()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    QFETCH(bool, bomCrlf);
    const QByteArray original = caseBytes(bomCrlf);
    QVERIFY(!original.isEmpty());

    int hunkCount = 0;
    {
        ScannedCopy probe;
        QVERIFY(probe.open(original, kRegistry));
        hunkCount = static_cast<int>(probe.preview->hunks().size());
    }
    QVERIFY2(hunkCount >= 2, qPrintable(QString::number(hunkCount)));

    QSet<QByteArray> previewHashes;
    for (int mask = 0; mask < (1 << hunkCount); ++mask) {
        const QString row = QStringLiteral("hunks mask %1").arg(mask);
        ScannedCopy copy;
        QVERIFY(copy.open(original, kRegistry));
        FixPreview *preview = copy.preview.get();
        QCOMPARE(static_cast<int>(preview->hunks().size()), hunkCount);
        for (int i = 0; i < hunkCount; ++i)
            preview->hunkList()->setHunkChecked(i, (mask & (1 << i)) != 0);

        const std::string path = copy.path.toStdString();
        const Result<std::string> previewText
            = copy.session.previewText(path, preview->checkedFixEdits());
        QVERIFY2(previewText, qPrintable(row));
        QCOMPARE(preview->fixedView()->fileText(), lfText(previewText.value()));
        const std::string previewBytes = copy.result.source->encodeForDisk(previewText.value());
        previewHashes.insert(sha256(previewBytes));

        if (mask == 0) {
            QVERIFY2(!preview->applyButton()->isEnabled(), qPrintable(row));
            QCOMPARE(sha256(readBytes(copy.path)), sha256(previewBytes));
            continue;
        }
        QVERIFY2(preview->applyButton()->isEnabled(), qPrintable(row));
        preview->applyButton()->click();
        QVERIFY2(preview->saveButton()->isEnabled(), qPrintable(row));
        preview->saveButton()->click();
        const QByteArray saved = readBytes(copy.path);
        QVERIFY2(sha256(saved) == sha256(previewBytes), qPrintable(row));
        if (bomCrlf)
            QVERIFY2(saved.startsWith("\xEF\xBB\xBF"), qPrintable(row));
    }
    // Every combination gives its own text, so each check changes what is saved.
    QCOMPARE(previewHashes.size(), 1 << hunkCount);
}

void HunkSelectionTest::skippingAllDisablesApply()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    ScannedCopy copy;
    QVERIFY(copy.open(caseBytes(false), kRegistry));
    FixPreview *preview = copy.preview.get();
    QVERIFY(preview->applyButton()->isEnabled());
    QVERIFY(preview->hunkList()->isVisible());

    for (int i = 0; i < static_cast<int>(preview->hunks().size()); ++i)
        preview->hunkList()->setHunkChecked(i, false);
    QVERIFY(!preview->applyButton()->isEnabled());
    QVERIFY(preview->checkedFixEdits().empty());
    QCOMPARE(preview->fixedView()->fileText(), preview->originalView()->fileText());

    preview->hunkList()->setHunkChecked(0, true);
    QVERIFY(preview->applyButton()->isEnabled());
    QVERIFY(preview->fixedView()->fileText() != preview->originalView()->fileText());
}

void HunkSelectionTest::spaceTogglesHunk()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    ScannedCopy copy;
    QVERIFY(copy.open(caseBytes(false), kRegistry));
    FixPreview *preview = copy.preview.get();
    EditHunkList *list = preview->hunkList();
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    preview->activateWindow();
    list->setFocus();
    list->setCurrentItem(list->hunkItem(1));
    QCOMPARE(list->currentHunk(), 1);
    const QString fixedBefore = preview->fixedView()->fileText();

    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->checkedHunks(), (std::vector<bool> { true, false }));
    QVERIFY(preview->fixedView()->fileText() != fixedBefore);

    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->checkedHunks(), (std::vector<bool> { true, true }));
    QCOMPARE(preview->fixedView()->fileText(), fixedBefore);
}

void HunkSelectionTest::appliedHunkIsMarked()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    ScannedCopy copy;
    QVERIFY(copy.open(caseBytes(false), kRegistry));
    FixPreview *preview = copy.preview.get();
    EditHunkList *list = preview->hunkList();
    const QString secondLabel = QString::fromStdString(preview->hunks()[1].label);
    QCOMPARE(list->hunkItem(1)->text(0), secondLabel);

    // Only the second hunk is applied, so only its row is marked, and Apply stays enabled
    // for the first one once it is checked again.
    list->setHunkChecked(0, false);
    preview->applyButton()->click();
    QCOMPARE(list->hunkItem(1)->text(0), secondLabel + QStringLiteral(" (applied)"));
    QVERIFY(!list->hunkItem(0)->text(0).endsWith(QLatin1String("(applied)")));
    QVERIFY(!preview->applyButton()->isEnabled());
    list->setHunkChecked(0, true);
    QVERIFY(preview->applyButton()->isEnabled());
}

void HunkSelectionTest::checksSurviveReshow()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    ScannedCopy copy;
    QVERIFY(copy.open(caseBytes(false), kRegistry));
    FixPreview *preview = copy.preview.get();
    const int index = findingIndexByName(copy.result, kRegistry);
    preview->hunkList()->setHunkChecked(1, false);
    const QString fixedSkipped = preview->fixedView()->fileText();

    // Another finding in between, then the same finding from a new scan of the same bytes.
    preview->showMessage(QStringLiteral("Nothing selected"));
    const FileScanResult rescanned = scanFile(copy.path.toStdString(), kFileName.toStdString());
    preview->showFinding(rescanned, findingIndexByName(rescanned, kRegistry));
    QCOMPARE(preview->hunkList()->checkedHunks(), (std::vector<bool> { true, false }));
    QCOMPARE(preview->fixedView()->fileText(), fixedSkipped);
    QCOMPARE(preview->checkedFixEdits(), preview->hunks()[0].edits);

    // Checking the hunk again is kept too.
    preview->hunkList()->setHunkChecked(1, true);
    preview->showFinding(copy.result, index);
    QCOMPARE(preview->hunkList()->checkedHunks(), (std::vector<bool> { true, true }));

    // Once the file's text moves the edits, the fix starts with every hunk checked.
    preview->hunkList()->setHunkChecked(1, false);
    QVERIFY(writeBytes(copy.path, "\n" + caseBytes(false)));
    const FileScanResult moved = scanFile(copy.path.toStdString(), kFileName.toStdString());
    QVERIFY(moved.source);
    copy.session.setSource(moved.source);
    preview->showFinding(moved, findingIndexByName(moved, kRegistry));
    QCOMPARE(preview->hunkList()->checkedHunks(), (std::vector<bool> { true, true }));
}

void HunkSelectionTest::applyAllKeepsSkippedHunk()
{
    CV_REQUIRE_SHARED_DIR("cases/17-old-api-version");
    ScannedCopy copy;
    QVERIFY(copy.open(caseBytes(false), kRegistry));
    FixPreview *preview = copy.preview.get();
    preview->hunkList()->setHunkChecked(0, false);
    const std::vector<EditHunk> hunks = preview->hunks();
    QVERIFY(preview->applyAllButton()->isEnabled());
    QVERIFY(preview->applyAllButton()->toolTip().contains(QLatin1String("unchecked")));

    preview->applyAllButton()->click();
    QVERIFY(!copy.session.isApplied(hunks[0].edits));
    QVERIFY(copy.session.isApplied(hunks[1].edits));
    // Every other fixable finding of the file is applied whole.
    int others = 0;
    for (const Finding &finding : copy.result.findings) {
        if (!finding.isFixable() || finding.resolvedName == kRegistry)
            continue;
        ++others;
        QVERIFY2(copy.session.isApplied(finding.fix->edits), finding.resolvedName.c_str());
    }
    QVERIFY(others > 0);
    QVERIFY(!preview->applyAllButton()->isEnabled());
}

QTEST_MAIN(HunkSelectionTest)
#include "tst_hunkselection.moc"
