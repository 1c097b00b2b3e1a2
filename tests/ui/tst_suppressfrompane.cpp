// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// Suppresses findings from the findings pane of a real window on a temporary folder: a timer
// fills in the reason dialog, the entry lands in the folder's suppression file, and
// the rescanned finding shows as suppressed and counts apart.
#include "core/scan/suppressions.h"
#include "support/testsupport.h"
#include "support/windowsupport.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/fixpreview.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"
#include "ui/suppressionprompt.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace compliance;
using testsupport::readBytes;
using testsupport::waitForScan;
using testsupport::writeBytes;

using RowOutcome = FindingsModel::RowOutcome;

namespace {

const QString kSuppressionFile = QStringLiteral(".complianceviewer.json");

QByteArray registry(const QByteArray &name, const QByteArray &status)
{
    return "    {\n"
           "      \"type\": \"Microsoft.ContainerRegistry/registries\",\n"
           "      \"apiVersion\": \"2023-07-01\",\n"
           "      \"name\": \""
        + name
        + "\",\n"
          "      \"location\": \"westeurope\",\n"
          "      \"sku\": { \"name\": \"Premium\" },\n"
          "      \"properties\": { \"policies\": { \"trustPolicy\": { \"type\": \"Notary\", "
          "\"status\": \""
        + status + "\" } } }\n    }";
}

// Two failing registries in one template.
const QByteArray kTemplate
    = "{\n"
      "  \"$schema\": "
      "\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
      "  \"contentVersion\": \"1.0.0.0\",\n"
      "  \"resources\": [\n"
    + registry("registryone", "disabled") + ",\n" + registry("registrytwo", "disabled")
    + "\n  ]\n}\n";

// Copies the files under `source` into `target`, keeping the folder structure.
bool copyTree(const QString &source, const QString &target)
{
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString copy = target + QLatin1Char('/') + QDir(source).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(copy).path()) || !QFile::copy(path, copy))
            return false;
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

// Returns the first finding row of the proxy whose outcome is `outcome`.
QModelIndex firstRowWithOutcome(const QAbstractItemModel *proxy, RowOutcome outcome)
{
    for (int fileRow = 0; fileRow < proxy->rowCount(); ++fileRow) {
        const QModelIndex file = proxy->index(fileRow, 0);
        for (int row = 0; row < proxy->rowCount(file); ++row) {
            const QModelIndex index = proxy->index(row, 0, file);
            const int kind = index.data(FindingsModel::RowKindRole).toInt();
            if (kind == int(FindingsModel::RowKind::Finding)
                && index.data(FindingsModel::OutcomeRole).toInt() == int(outcome))
                return index;
        }
    }
    return {};
}

// Returns the proxy index of the row whose resource column reads `name`.
QModelIndex findRow(const MainWindow &window, const QString &name)
{
    const QAbstractItemModel *proxy = window.filterModel();
    for (int fileRow = 0; fileRow < proxy->rowCount(); ++fileRow) {
        const QModelIndex file = proxy->index(fileRow, 0);
        for (int row = 0; row < proxy->rowCount(file); ++row) {
            if (proxy->index(row, FindingsModel::ResourceColumn, file).data().toString() == name)
                return proxy->index(row, 0, file);
        }
    }
    return {};
}

// Fills in each reason dialog that opens with the next of `replies`: a text to accept, or
// a null QString to cancel. Records the label of every dialog it filled in.
class ReasonDialogFiller : public QObject
{
public:
    explicit ReasonDialogFiller(QStringList replies)
        : m_replies(std::move(replies))
    {
        connect(&m_timer, &QTimer::timeout, this, &ReasonDialogFiller::fillIn);
        m_timer.start(10);
    }

    QStringList labels;

private:
    void fillIn()
    {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String(kSuppressionDialogName)
            || m_replies.isEmpty())
            return;
        labels << dialog->labelText();
        const QString next = m_replies.takeFirst();
        if (next.isNull()) {
            dialog->reject();
            return;
        }
        dialog->setTextValue(next);
        dialog->accept();
    }

    QStringList m_replies;
    QTimer m_timer;
};

} // namespace

class SuppressFromPaneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suppressWritesAndGreys();
    void blankReasonAskedAgain();
    void cancelWritesNothing();
    void invalidFileUntouched();
    void actionInMenuAndButton();
    void suppressedFilterHides();
    void corpusFindingSuppressed();
    void suppressionNoticesListed();

private:
    // Opens a window on m_folder and selects the row of `name`.
    void openAndSelect(const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<MainWindow> m_window;
    QString m_templatePath;
};

void SuppressFromPaneTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    testsupport::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_suppressfrompane"));
}

void SuppressFromPaneTest::init()
{
    QSettings().clear();
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_templatePath = m_folder->filePath(QStringLiteral("main.json"));
    QVERIFY(writeBytes(m_templatePath, kTemplate));
}

void SuppressFromPaneTest::cleanup()
{
    m_window.reset();
    m_folder.reset();
}

void SuppressFromPaneTest::openAndSelect(const QString &name)
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openFolder(m_folder->path()));
    QVERIFY(waitForScan(*m_window));
    const QModelIndex row = findRow(*m_window, name);
    QVERIFY(row.isValid());
    m_window->findingsView()->setCurrentIndex(row);
}

void SuppressFromPaneTest::suppressWritesAndGreys()
{
    openAndSelect(QStringLiteral("registryone"));
    QVERIFY(m_window->suppressAction()->isEnabled());
    ReasonDialogFiller filler({ QStringLiteral("  Accepted until the Notation migration  ") });
    m_window->suppressAction()->trigger();
    QCOMPARE(filler.labels.size(), 1);
    QVERIFY2(filler.labels.front().contains(QLatin1String("registryone")),
             qPrintable(filler.labels.front()));

    // The entry names the finding and keeps the trimmed reason, and the template is untouched.
    const Suppressions loaded = Suppressions::load(m_folder->path().toStdString());
    QVERIFY(loaded.errors().empty());
    QCOMPARE(loaded.entries().size(), std::size_t(1));
    const Suppression &entry = loaded.entries().front();
    QCOMPARE(entry.rule, std::string("Azure.ACR.ContentTrust"));
    QCOMPARE(entry.file, std::string("main.json"));
    QCOMPARE(entry.resource, std::string("registryone"));
    QVERIFY(entry.parameterFile.empty());
    QCOMPARE(entry.reason, std::string("Accepted until the Notation migration"));
    QCOMPARE(readBytes(m_templatePath), kTemplate);

    // The rescanned row is suppressed, greyed, explains why, and stays selected.
    const QModelIndex row = findRow(*m_window, QStringLiteral("registryone"));
    QVERIFY(row.isValid());
    QCOMPARE(m_window->findingsView()->currentIndex(), row);
    QCOMPARE(row.data(FindingsModel::OutcomeRole).toInt(), int(RowOutcome::Suppressed));
    QCOMPARE(row.data().toString(), QStringLiteral("Suppressed (Fail)"));
    QCOMPARE(row.data(FindingsModel::SuppressedReasonRole).toString(),
             QStringLiteral("Accepted until the Notation migration"));
    QVERIFY(row.data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("Suppressed: Accepted until the Notation migration")));
    QCOMPARE(row.data(Qt::ForegroundRole).value<QBrush>().color(),
             QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(row.data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QLatin1String("suppressed: Accepted until the Notation migration")));
    QVERIFY(!m_window->suppressAction()->isEnabled());

    // The other finding is still failing and not greyed.
    const QModelIndex other = findRow(*m_window, QStringLiteral("registrytwo"));
    QCOMPARE(other.data(FindingsModel::OutcomeRole).toInt(), int(RowOutcome::Fail));
    QVERIFY(!other.data(Qt::ForegroundRole).isValid());

    // Counts show the suppressed finding apart from the failing one.
    const auto counts = m_window->findingsModel()->outcomeCounts();
    QCOMPARE(counts[int(RowOutcome::Fail)], 1);
    QCOMPARE(counts[int(RowOutcome::Suppressed)], 1);
    QVERIFY2(m_window->countsLabel()->text().contains(QLatin1String("Fail 1")),
             qPrintable(m_window->countsLabel()->text()));
    QVERIFY2(m_window->countsLabel()->text().contains(QLatin1String("Suppressed 1")),
             qPrintable(m_window->countsLabel()->text()));
    QCOMPARE(m_window->findingsPanel()->outcomeButton(RowOutcome::Suppressed)->text(),
             QStringLiteral("Suppressed 1"));
    const QModelIndex file = m_window->filterModel()->index(0, 0);
    QVERIFY2(file.data().toString().contains(QStringLiteral("Fail 1 \u00b7 Suppressed 1")),
             qPrintable(file.data().toString()));

    // A full rescan reads the same state from the file.
    m_window->rescanAction()->trigger();
    QVERIFY(waitForScan(*m_window));
    QCOMPARE(
        findRow(*m_window, QStringLiteral("registryone")).data(FindingsModel::OutcomeRole).toInt(),
        int(RowOutcome::Suppressed));
}

void SuppressFromPaneTest::blankReasonAskedAgain()
{
    openAndSelect(QStringLiteral("registrytwo"));
    ReasonDialogFiller filler({ QStringLiteral("   "), QStringLiteral("Test registry") });
    m_window->suppressAction()->trigger();
    QCOMPARE(filler.labels.size(), 2);
    QVERIFY2(filler.labels.back().contains(QLatin1String("A reason is required")),
             qPrintable(filler.labels.back()));
    const Suppressions loaded = Suppressions::load(m_folder->path().toStdString());
    QCOMPARE(loaded.entries().size(), std::size_t(1));
    QCOMPARE(loaded.entries().front().resource, std::string("registrytwo"));
    QCOMPARE(loaded.entries().front().reason, std::string("Test registry"));
}

void SuppressFromPaneTest::cancelWritesNothing()
{
    openAndSelect(QStringLiteral("registryone"));
    ReasonDialogFiller filler({ QString() });
    m_window->suppressAction()->trigger();
    QCOMPARE(filler.labels.size(), 1);
    QVERIFY(!QFile::exists(m_folder->filePath(kSuppressionFile)));
    QCOMPARE(
        findRow(*m_window, QStringLiteral("registryone")).data(FindingsModel::OutcomeRole).toInt(),
        int(RowOutcome::Fail));
}

void SuppressFromPaneTest::invalidFileUntouched()
{
    const QByteArray invalid
        = "{\n  // reviewed\n  \"suppressions\": [\n    {\"rule\": }\n  ]\n}\n";
    QVERIFY(writeBytes(m_folder->filePath(kSuppressionFile), invalid));
    openAndSelect(QStringLiteral("registryone"));
    ReasonDialogFiller filler({ QStringLiteral("Accepted") });
    m_window->suppressAction()->trigger();
    QCOMPARE(filler.labels.size(), 1);

    QCOMPARE(readBytes(m_folder->filePath(kSuppressionFile)), invalid);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("is not valid JSON at line 4")), qPrintable(message));
    // The error also opens a window-modal message box, which the test closes.
    auto *box = m_window->findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QLatin1String(".complianceviewer.json")));
    box->close();
    QCOMPARE(
        findRow(*m_window, QStringLiteral("registryone")).data(FindingsModel::OutcomeRole).toInt(),
        int(RowOutcome::Fail));
}

void SuppressFromPaneTest::actionInMenuAndButton()
{
    openAndSelect(QStringLiteral("registryone"));
    QAction *action = m_window->suppressAction();
    QCOMPARE(action->text(), QStringLiteral("Suppress…"));
    QCOMPARE(m_window->findingsPanel()->suppressButton()->defaultAction(), action);
    QCOMPARE(m_window->findingsPanel()->suppressButton()->text(), QStringLiteral("Suppress…"));
    QTreeView *tree = m_window->findingsView();
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(tree->actions().contains(action));

    // The button runs the same flow as the menu.
    ReasonDialogFiller filler({ QStringLiteral("From the button") });
    m_window->findingsPanel()->suppressButton()->click();
    QCOMPARE(filler.labels.size(), 1);
    QCOMPARE(Suppressions::load(m_folder->path().toStdString()).entries().size(), std::size_t(1));

    // File rows have no finding, so the action is disabled there.
    tree->setCurrentIndex(m_window->filterModel()->index(0, 0));
    QVERIFY(!action->isEnabled());
}

void SuppressFromPaneTest::suppressedFilterHides()
{
    openAndSelect(QStringLiteral("registryone"));
    ReasonDialogFiller filler({ QStringLiteral("Hidden later") });
    m_window->suppressAction()->trigger();
    QVERIFY(findRow(*m_window, QStringLiteral("registryone")).isValid());

    m_window->findingsPanel()->outcomeButton(RowOutcome::Suppressed)->click();
    QVERIFY(!m_window->filterModel()->isOutcomeVisible(RowOutcome::Suppressed));
    QVERIFY(!findRow(*m_window, QStringLiteral("registryone")).isValid());
    QVERIFY(findRow(*m_window, QStringLiteral("registrytwo")).isValid());

    m_window->findingsPanel()->outcomeButton(RowOutcome::Suppressed)->click();
    QVERIFY(findRow(*m_window, QStringLiteral("registryone")).isValid());
}

void SuppressFromPaneTest::corpusFindingSuppressed()
{
    CV_REQUIRE_SHARED_DIR("corpus/acr");
    QVERIFY(copyTree(testsupport::sharedPath(QStringLiteral("corpus/acr")), m_folder->path()));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(m_window->openFolder(m_folder->path()));
    QVERIFY(waitForScan(*m_window));
    const auto before = m_window->findingsModel()->outcomeCounts();

    const QModelIndex failing = firstRowWithOutcome(m_window->filterModel(), RowOutcome::Fail);
    QVERIFY(failing.isValid());
    const QString name = failing.siblingAtColumn(FindingsModel::ResourceColumn).data().toString();
    const QString filePath = failing.data(FindingsModel::FilePathRole).toString();
    const QByteArray templateBefore = readBytes(filePath);
    m_window->findingsView()->setCurrentIndex(failing);
    ReasonDialogFiller filler({ QStringLiteral("Sample template, not deployed") });
    m_window->suppressAction()->trigger();
    QCOMPARE(filler.labels.size(), 1);

    const QModelIndex current = m_window->findingsView()->currentIndex();
    QCOMPARE(current.siblingAtColumn(FindingsModel::ResourceColumn).data().toString(), name);
    QCOMPARE(current.data(FindingsModel::OutcomeRole).toInt(), int(RowOutcome::Suppressed));
    QCOMPARE(readBytes(filePath), templateBefore);
    const auto after = m_window->findingsModel()->outcomeCounts();
    QVERIFY(after[int(RowOutcome::Suppressed)] >= 1);
    QCOMPARE(after[int(RowOutcome::Fail)] + after[int(RowOutcome::Suppressed)],
             before[int(RowOutcome::Fail)] + before[int(RowOutcome::Suppressed)]);

    QVERIFY2(m_window->fixPreview()->descriptionLabel()->text().startsWith(
                 QLatin1String("Suppressed: Sample template, not deployed")),
             qPrintable(m_window->fixPreview()->descriptionLabel()->text()));

    // CV_SCREENSHOT_PATH keeps an image of the window for a person to look at, with the
    // selection moved on so the suppressed row shows its grey text.
    const QString target = qEnvironmentVariable("CV_SCREENSHOT_PATH");
    if (!target.isEmpty()) {
        m_window->selectAdjacentFinding(true);
        QVERIFY2(m_window->grab().save(target), qPrintable(target));
    }
}

void SuppressFromPaneTest::suppressionNoticesListed()
{
    const QByteArray entries = "{\n"
                               "  \"suppressions\": [\n"
                               "    { \"resource\": \"nomatch\", \"reason\": \"Stale\" },\n"
                               "    { \"resource\": \"registrytwo\" }\n"
                               "  ]\n"
                               "}\n";
    QVERIFY(writeBytes(m_folder->filePath(kSuppressionFile), entries));
    openAndSelect(QStringLiteral("registryone"));

    // The entry without a reason and the entry that matches nothing are error rows of the file.
    const FindingsModel *model = m_window->findingsModel();
    QModelIndex file;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FindingsModel::RelativeFileRole).toString()
            == kSuppressionFile)
            file = model->index(row, 0);
    }
    QVERIFY(file.isValid());
    QCOMPARE(model->rowCount(file), 2);
    QStringList messages;
    for (int row = 0; row < 2; ++row)
        messages << model->index(row, FindingsModel::ReasonColumn, file).data().toString();
    QVERIFY2(messages.join('\n').contains(QLatin1String("needs a \"reason\"")),
             qPrintable(messages.join('\n')));
    QVERIFY2(messages.join('\n').contains(QLatin1String("matches no finding")),
             qPrintable(messages.join('\n')));
    QCOMPARE(model->outcomeCounts()[int(RowOutcome::Error)], 2);

    // A suppression added from the pane keeps the notices and is not itself stale.
    ReasonDialogFiller filler({ QStringLiteral("Accepted") });
    m_window->suppressAction()->trigger();
    QCOMPARE(filler.labels.size(), 1);
    QCOMPARE(model->outcomeCounts()[int(RowOutcome::Error)], 2);
    QCOMPARE(model->outcomeCounts()[int(RowOutcome::Suppressed)], 1);
}

QTEST_MAIN(SuppressFromPaneTest)
#include "tst_suppressfrompane.moc"
