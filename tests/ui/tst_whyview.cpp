// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Drives the Why tab of the real main window. It lists the provenance steps of the selected
// finding, and an activated step shows its file and line in the fix preview or in the tab's own
// source view.
#include "support/testsupport.h"
#include "support/windowsupport.h"
#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/fixpreview.h"
#include "ui/mainwindow.h"
#include "ui/ruledocview.h"
#include "ui/scancontroller.h"
#include "ui/whyview.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

using namespace compliance;
using testsupport::waitForScan;
using testsupport::writeBytes;

namespace {

const QStringList kCaseFiles { QStringLiteral("main.bicep"), QStringLiteral("main.bicepparam"),
                               QStringLiteral("main.parameters.json") };

bool copyCase(const QTemporaryDir &dir)
{
    for (const QString &name : kCaseFiles) {
        const QString source
            = testsupport::sharedPath(QStringLiteral("cases/03-bicep-param-files/") + name);
        if (!QFile::copy(source, dir.filePath(name)))
            return false;
    }
    return true;
}

// Returns the proxy index of the finding of `file` evaluated with `parameterFile`.
QModelIndex findFinding(const MainWindow &window, const std::string &file,
                        const std::string &parameterFile)
{
    const QAbstractItemModel *proxy = window.filterModel();
    for (int fileRow = 0; fileRow < proxy->rowCount(); ++fileRow) {
        const QModelIndex fileIndex = proxy->index(fileRow, 0);
        for (int row = 0; row < proxy->rowCount(fileIndex); ++row) {
            const QModelIndex index = proxy->index(row, 0, fileIndex);
            const Finding *finding
                = window.findingsModel()->findingFor(window.filterModel()->mapToSource(index));
            if (finding && finding->file == file && finding->parameterFile == parameterFile)
                return index;
        }
    }
    return {};
}

// An ARM template whose SKU comes from its parameter file, so the fix edits both files.
const QByteArray kArmTemplate
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"parameters\": {\n"
      "    \"registrySku\": {\n"
      "      \"type\": \"string\",\n"
      "      \"defaultValue\": \"Standard\",\n"
      "      \"allowedValues\": [ \"Basic\", \"Standard\" ]\n"
      "    }\n"
      "  },\n"
      "  \"resources\": [\n"
      "    {\n"
      "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
      "      \"apiVersion\": \"2023-07-01\",\n"
      "      \"name\": \"registryjson01\",\n"
      "      \"location\": \"westeurope\",\n"
      "      \"sku\": { \"name\": \"[parameters('registrySku')]\" },\n"
      "      \"properties\": { \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", "
      "\"status\": \"enabled\" } } }\n"
      "    }\n"
      "  ]\n"
      "}\n";

const QByteArray kArmParameters
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"parameters\": {\n"
      "    \"registrySku\": {\n"
      "      \"value\": \"Basic\"\n"
      "    }\n"
      "  }\n"
      "}\n";

int cursorLine(const CodeView *view)
{
    // Views of the fix preview hold filler and fold rows, so the row is mapped to its line.
    return view->fileLineAt(view->textCursor().blockNumber());
}

} // namespace

class WhyViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void stepsOfSelectedFinding();
    void parameterFileStepOpensSource();
    void previewFileStepMovesPreviewCursor();
    void findingWithoutSelection();
    void shortcutFocusesSteps();
    void armParameterFileStepInPreview();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    WhyView *m_why = nullptr;
};

void WhyViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ComplianceViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_whyview"));
    QSettings().clear();
}

void WhyViewTest::init()
{
    CV_REQUIRE_SHARED_DIR("cases/03-bicep-param-files");
    if (!QFile::exists(m_dir.filePath(kCaseFiles.front())))
        QVERIFY(copyCase(m_dir));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1800, 900); // wide enough for the side-by-side preview
    m_window->show();
    QVERIFY(m_window->openFolder(m_dir.path()));
    QVERIFY(waitForScan(*m_window));
    m_why = m_window->findChild<WhyView *>();
    QVERIFY(m_why);

    const QModelIndex index = findFinding(*m_window, "main.bicep", "main.bicepparam");
    QVERIFY(index.isValid());
    m_window->findingsView()->setCurrentIndex(index);
    m_window->sideTabs()->setCurrentWidget(m_why);
}

void WhyViewTest::stepsOfSelectedFinding()
{
    QListWidget *steps = m_why->stepList();
    QCOMPARE(steps->count(), 6);
    QCOMPARE(steps->item(0)->text(), QStringLiteral("1. Resource registryparam01 (main.bicep:19)"));
    QCOMPARE(steps->item(1)->text(),
             QStringLiteral("2. Property sku.name = 'Premium' (main.bicep:23)"));
    QCOMPARE(steps->item(2)->text(),
             QStringLiteral("3. Parameter value skuName = 'Premium' (main.bicepparam:4)"));
    QCOMPARE(steps->item(5)->text(),
             QStringLiteral("6. Parameter default trustStatus = 'disabled' (main.bicep:15)"));

    // The tab sits beside the rule docs and every part has a name for assistive tools.
    const QTabWidget *tabs = m_window->sideTabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(m_why)), QStringLiteral("Why"));
    QCOMPARE(tabs->indexOf(m_why), tabs->indexOf(m_window->ruleDocView()) + 1);
    QVERIFY(!steps->accessibleName().isEmpty());
    QVERIFY(!m_why->sourceView()->accessibleName().isEmpty());
    QVERIFY(!m_why->accessibleName().isEmpty());
    QVERIFY(steps->focusPolicy() & Qt::TabFocus);
}

void WhyViewTest::parameterFileStepOpensSource()
{
    QListWidget *steps = m_why->stepList();
    QSignalSpy activated(m_why, &WhyView::stepActivated);
    steps->setFocus();
    steps->setCurrentRow(2);
    QTest::keyClick(steps, Qt::Key_Return);

    QCOMPARE(activated.size(), 1);
    const QString bicepparam = m_dir.filePath(QStringLiteral("main.bicepparam"));
    QCOMPARE(activated.front().at(0).toString(), bicepparam);
    QCOMPARE(activated.front().at(1).toInt(), 4);

    // The preview shows only main.bicep, so the Why tab shows the parameter file itself.
    QCOMPARE(m_window->sideTabs()->currentWidget(), static_cast<QWidget *>(m_why));
    QCOMPARE(m_why->sourcePath(), bicepparam);
    const CodeView *source = m_why->sourceView();
    QVERIFY(source->isVisible());
    QVERIFY(source->isReadOnly());
    QCOMPARE(cursorLine(source), 3);
    QCOMPARE(source->textCursor().block().text(), QStringLiteral("param skuName = 'Premium'"));
    QCOMPARE(source->markedLines(), QList<int> { 3 });
    QVERIFY(m_why->sourceTitle()->text().contains(QStringLiteral("line 4")));
}

void WhyViewTest::previewFileStepMovesPreviewCursor()
{
    QListWidget *steps = m_why->stepList();
    FixPreview *preview = m_window->fixPreview();
    const QString bicep = m_dir.filePath(QStringLiteral("main.bicep"));
    QCOMPARE(preview->paneCount(), 1);
    QCOMPARE(QString::fromStdString(preview->shownPaths().front()), bicep);

    const QRect rect = steps->visualItemRect(steps->item(5));
    QVERIFY(rect.isValid());
    QSignalSpy activated(m_why, &WhyView::stepActivated);
    // A double click follows a click, as a mouse sends it.
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(steps->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.front().at(1).toInt(), 15);

    QCOMPARE(m_window->sideTabs()->currentWidget(), static_cast<QWidget *>(preview));
    const CodeView *original = preview->pane(0)->originalView();
    QCOMPARE(cursorLine(original), 14);
    QCOMPARE(original->textCursor().block().text(),
             QStringLiteral("param trustStatus string = 'disabled'"));
    QVERIFY(m_why->sourcePath().isEmpty());
}

void WhyViewTest::findingWithoutSelection()
{
    m_window->findingsView()->setCurrentIndex(QModelIndex());
    QCOMPARE(m_why->stepList()->count(), 0);
}

void WhyViewTest::shortcutFocusesSteps()
{
    m_window->sideTabs()->setCurrentWidget(m_window->fixPreview());
    m_window->activateWindow();
    m_window->findingsView()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->sideTabs()->currentWidget(), static_cast<QWidget *>(m_why));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_why->stepList()));
}

void WhyViewTest::armParameterFileStepInPreview()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString parameters = dir.filePath(QStringLiteral("main.parameters.json"));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("main.json")), kArmTemplate));
    QVERIFY(writeBytes(parameters, kArmParameters));

    MainWindow window;
    window.resize(1800, 900); // wide enough for the side-by-side preview
    window.show();
    QVERIFY(window.openFolder(dir.path()));
    QVERIFY(waitForScan(window));
    const QModelIndex index = findFinding(window, "main.json", "main.parameters.json");
    QVERIFY(index.isValid());
    window.findingsView()->setCurrentIndex(index);
    auto *why = window.findChild<WhyView *>();
    QVERIFY(why);
    window.sideTabs()->setCurrentWidget(why);

    QListWidget *steps = why->stepList();
    QCOMPARE(steps->count(), 4);
    QCOMPARE(steps->item(1)->text(),
             QStringLiteral("2. Property sku.name = 'Basic' (main.json:17)"));
    QCOMPARE(steps->item(2)->text(),
             QStringLiteral("3. Parameter value registrySku = 'Basic' (main.parameters.json:6)"));
    QCOMPARE(steps->item(3)->text(), QStringLiteral("4. Parameter registrySku (main.json:5)"));

    // The fix sets the value in the parameter file, so the preview has a tab for it.
    FixPreview *preview = window.fixPreview();
    QCOMPARE(preview->paneCount(), 2);
    steps->setFocus();
    steps->setCurrentRow(2);
    QTest::keyClick(steps, Qt::Key_Enter);

    QCOMPARE(window.sideTabs()->currentWidget(), static_cast<QWidget *>(preview));
    auto *pane = qobject_cast<FileDiffPane *>(preview->fileTabs()->currentWidget());
    QVERIFY(pane);
    QCOMPARE(pane->originalView()->fileText().toUtf8(), kArmParameters);
    QCOMPARE(cursorLine(pane->originalView()), 5);
    QCOMPARE(pane->originalView()->textCursor().block().text(),
             QStringLiteral("      \"value\": \"Basic\""));
    QVERIFY(why->sourcePath().isEmpty());
}

QTEST_MAIN(WhyViewTest)
#include "tst_whyview.moc"
