// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/fixpreview.h"

#include "ui/edithunklist.h"
#include "ui/filediffpane.h"
#include "ui/fixpreviewlinelist.h"
#include "ui/fixsession.h"
#include "ui/stalefilebanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace compliance {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// The views show LF line ends, so line numbers match the diff's line list.
QString displayText(const std::string &text)
{
    QString result = qs(text);
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return result;
}

// The files a finding's preview shows: those its fix changes, with the finding's own file
// first, or only its own file when it has no fix.
std::vector<std::string> previewPaths(const Finding &finding)
{
    if (!finding.isFixable())
        return { finding.path };
    std::vector<std::string> paths = finding.fix->paths();
    const auto own = std::find(paths.begin(), paths.end(), finding.path);
    if (own != paths.end())
        std::rotate(paths.begin(), own, own + 1);
    return paths;
}

// The scanned folder: the finding's absolute path without its relative name.
std::string scanRoot(const Finding &finding)
{
    const std::string &path = finding.path;
    const std::string &file = finding.file;
    if (file.empty() || path.size() <= file.size()
        || path.compare(path.size() - file.size(), file.size(), file) != 0)
        return {};
    return path.substr(0, path.size() - file.size());
}

} // namespace

FixPreview::FixPreview(FixSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_description(new QLabel(this))
    , m_files(new QLabel(this))
    , m_shared(new QLabel(this))
    , m_status(new QLabel(this))
    , m_staleBanner(new StaleFileBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_applyAll(new QPushButton(tr("Apply All in &File"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_stateLabel(new QLabel(this))
    , m_hunkList(new EditHunkList(this))
    , m_lineList(new FixPreviewLineList(this))
{
    for (QLabel *label : { m_description, m_files, m_shared, m_status }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_files->hide();
    m_shared->hide();
    m_shared->setObjectName(QStringLiteral("sharedValueBanner"));
    m_shared->setStyleSheet(QStringLiteral("QLabel#sharedValueBanner { background: #fff4ce; "
                                           "color: #3b2e00; padding: 4px; }"));
    m_status->hide();
    m_stateLabel->setObjectName(QStringLiteral("fixStateBadge"));
    m_stateLabel->setFrameShape(QFrame::StyledPanel);
    m_stateLabel->setMargin(2);
    m_stateLabel->setWordWrap(true);
    m_hunkList->hide();
    m_lineList->hide();
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    setPaneCount(1);

    m_apply->setToolTip(tr("Add this finding's fix to the unsaved changes of its files"));
    m_applyAll->setToolTip(tr("Add the fixes of every failing finding in this file, except "
                              "the hunks unchecked in the list above"));
    m_save->setToolTip(
        tr("Write every file shown here that has unsaved fixes, or none of them if one fails, "
           "and scan them again"));
    m_revert->setToolTip(tr("Drop the unsaved fixes of the files shown here"));
    m_apply->setAccessibleName(tr("Apply fix"));
    m_applyAll->setAccessibleName(tr("Apply all fixes in file"));
    m_save->setAccessibleName(tr("Save fixed files"));
    m_revert->setAccessibleName(tr("Revert unsaved fixes"));
    m_tabs->setAccessibleName(tr("Files changed by the fix"));
    m_description->setAccessibleName(tr("Fix description"));
    setAccessibleName(tr("Fix preview"));

    connect(m_apply, &QPushButton::clicked, this, &FixPreview::applyFix);
    connect(m_applyAll, &QPushButton::clicked, this, &FixPreview::applyAllInFile);
    connect(m_save, &QPushButton::clicked, this, &FixPreview::save);
    connect(m_revert, &QPushButton::clicked, this, &FixPreview::revert);
    connect(m_session, &FixSession::changed, this, [this](const QString &path) {
        if (isShown(path.toStdString()))
            refresh();
    });
    connect(m_session, &FixSession::diskStateChanged, this, [this](const QString &path) {
        if (isShown(path.toStdString()))
            refresh();
    });
    connect(m_staleBanner, &StaleFileBanner::rescanRequested, this, &FixPreview::rescanRequested);
    connect(m_hunkList, &EditHunkList::checksChanged, this, [this] {
        rememberSkippedHunks();
        refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &FixPreview::updateLineList);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_applyAll);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_files);
    layout->addWidget(m_shared);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_status);
    // The badge has a line of its own, so a long save error wraps instead of widening the
    // window.
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_hunkList);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_lineList, 1);
    layout->addLayout(buttons);
    showMessage(tr("Select a finding to preview its fix."));
}

std::string FixPreview::shownPath() const
{
    return m_paths.empty() ? std::string() : m_paths.front();
}

CodeView *FixPreview::originalView() const
{
    return m_panes.front()->originalView();
}

CodeView *FixPreview::fixedView() const
{
    return m_panes.front()->fixedView();
}

bool FixPreview::isShown(const std::string &path) const
{
    return std::find(m_paths.begin(), m_paths.end(), path) != m_paths.end();
}

QByteArray FixPreview::diffSplitterState() const
{
    return m_panes.front()->splitter()->saveState();
}

void FixPreview::setDiffSplitterState(const QByteArray &state)
{
    m_diffSplitterState = state;
    for (FileDiffPane *pane : m_panes) {
        if (pane->splitter()->saveState() != state)
            pane->splitter()->restoreState(state);
    }
}

void FixPreview::setPaneCount(int count)
{
    count = std::max(count, 1);
    while (static_cast<int>(m_panes.size()) < count) {
        auto *pane = new FileDiffPane(m_tabs);
        if (!m_diffSplitterState.isEmpty())
            pane->splitter()->restoreState(m_diffSplitterState);
        // Moving the splitter in one tab moves it in every tab.
        connect(pane->splitter(), &QSplitter::splitterMoved, this,
                [this, pane] { setDiffSplitterState(pane->splitter()->saveState()); });
        if (m_unifiedChoice)
            pane->setUnified(*m_unifiedChoice);
        m_tabs->addTab(pane, tr("Original"));
        m_panes.push_back(pane);
    }
    while (static_cast<int>(m_panes.size()) > count) {
        FileDiffPane *pane = m_panes.back();
        m_tabs->removeTab(m_tabs->indexOf(pane));
        m_panes.pop_back();
        pane->deleteLater();
    }
}

void FixPreview::setUnified(bool unified)
{
    m_unifiedChoice = unified;
    for (FileDiffPane *pane : m_panes)
        pane->setUnified(unified);
}

void FixPreview::toggleUnified()
{
    const bool unified = !isUnified();
    const bool byWidth = m_panes.front()->width() < FileDiffPane::unifiedWidthThreshold();
    if (m_unifiedChoice && unified == byWidth) {
        m_unifiedChoice.reset();
        for (FileDiffPane *pane : m_panes)
            pane->setUnifiedAutomatic();
        return;
    }
    setUnified(unified);
}

void FixPreview::setSyncHorizontal(bool sync)
{
    for (FileDiffPane *pane : m_panes)
        pane->setSyncHorizontal(sync);
}

bool FixPreview::isSyncHorizontal() const
{
    return m_panes.front()->isSyncHorizontal();
}

bool FixPreview::isUnified() const
{
    const auto *pane = qobject_cast<const FileDiffPane *>(m_tabs->currentWidget());
    return pane ? pane->isUnified() : m_panes.front()->isUnified();
}

QString FixPreview::displayName(const std::string &path) const
{
    if (!m_root.empty() && path.size() > m_root.size()
        && path.compare(0, m_root.size(), m_root) == 0)
        return qs(path.substr(m_root.size()));
    return QFileInfo(qs(path)).fileName();
}

void FixPreview::showMessage(const QString &message)
{
    m_finding.reset();
    m_fileFindings.clear();
    m_paths.clear();
    setPaneCount(1);
    m_panes.front()->clear();
    m_tabs->setTabText(0, tr("Original"));
    m_description->setText(message);
    m_saveError.clear();
    updateFileLabels();
    updateHunks();
    updateStaleBanner();
    setStatus({}, false);
    updateButtons();
    updateLineList();
    updateFixState();
}

void FixPreview::showFinding(const FileScanResult &file, int findingIndex)
{
    if (findingIndex < 0 || findingIndex >= static_cast<int>(file.findings.size())) {
        showMessage(tr("Select a finding to preview its fix."));
        return;
    }
    const Finding &next = file.findings[findingIndex];
    // A failed save stays reported while the same finding is shown again, as after a refresh.
    if (!m_finding || m_finding->path != next.path || m_finding->line != next.line
        || m_finding->resource != next.resource || m_finding->parameterFile != next.parameterFile)
        m_saveError.clear();
    m_finding = next;
    m_fileFindings = file.findings;
    m_paths = previewPaths(*m_finding);
    m_root = scanRoot(*m_finding);
    setPaneCount(static_cast<int>(m_paths.size()));
    m_tabs->setCurrentIndex(0);
    setStatus({}, false);

    const Finding &finding = *m_finding;
    QString description;
    // The reason comes first, so the preview gives why before what the fix changes.
    const QString outcome = QString::fromLatin1(outcomeName(finding.outcome).data());
    if (finding.isFixable())
        description
            = tr("%1: %2\nFix: %3").arg(outcome, qs(finding.reason), qs(finding.fix->description));
    else if (!finding.fixUnavailableReason.empty())
        description = tr("%1: %2\nNo fix: %3")
                          .arg(outcome, qs(finding.reason), qs(finding.fixUnavailableReason));
    else if (finding.outcome == Outcome::Pass)
        description = tr("Pass: %1").arg(qs(finding.reason));
    else
        description
            = tr("%1: %2\nNo fix is offered for this outcome.").arg(outcome, qs(finding.reason));
    if (finding.isSuppressed())
        description = tr("Suppressed: %1").arg(qs(finding.suppressedReason)) + QLatin1Char('\n')
            + description;
    m_description->setText(description);
    updateFileLabels();
    updateHunks();
    refresh();
}

void FixPreview::updateFileLabels()
{
    QStringList names;
    for (const std::string &path : m_paths)
        names << displayName(path);
    const bool fixable = m_finding && m_finding->isFixable();
    m_files->setText(tr("This fix changes %1 files: %2")
                         .arg(names.size())
                         .arg(names.join(QStringLiteral(", "))));
    m_files->setVisible(fixable && names.size() > 1);

    QStringList shared;
    if (fixable) {
        for (const std::string &entry : m_finding->fix->sharedWith)
            shared << qs(entry);
    }
    m_shared->setText(tr("This edit also changes: %1").arg(shared.join(QStringLiteral("; "))));
    m_shared->setVisible(!shared.isEmpty());
}

std::vector<TextEdit> FixPreview::pendingEdits() const
{
    return checkedFixEdits();
}

void FixPreview::refresh()
{
    QStringList unreadable;
    QStringList conflicts;
    for (std::size_t i = 0; i < m_paths.size(); ++i) {
        const std::string &path = m_paths[i];
        FileDiffPane *pane = m_panes[i];
        const QString name = displayName(path);
        const bool unsaved = m_session->isModified(path);
        m_tabs->setTabText(static_cast<int>(i), unsaved ? name + QStringLiteral(" *") : name);
        m_tabs->setTabToolTip(static_cast<int>(i), qs(path));

        const std::shared_ptr<const SourceFile> source = m_session->source(path);
        if (!source) {
            pane->clear();
            unreadable << qs(path);
            continue;
        }
        Result<std::string> fixed = m_session->previewText(path, pendingEdits());
        if (!fixed) {
            conflicts << qs(fixed.error());
            fixed = m_session->fixedText(path);
        }
        const QString originalText = displayText(source->text());
        const QString fixedText = fixed ? displayText(fixed.value()) : originalText;
        // The finding's line is in its own file. In another file, start at the first change.
        const int focusLine
            = m_finding && m_finding->path == path ? std::max(0, m_finding->line - 1) : -1;
        pane->showTexts(name, originalText, fixedText, unsaved, focusLine);
    }

    if (!unreadable.isEmpty())
        setStatus(tr("%1 could not be read, so there is nothing to preview.")
                      .arg(unreadable.join(QStringLiteral(", "))),
                  true);
    else if (!conflicts.isEmpty())
        setStatus(tr("This fix conflicts with a fix already applied: %1")
                      .arg(conflicts.join(QLatin1Char('\n'))),
                  true);
    std::vector<bool> appliedHunks;
    for (const EditHunk &hunk : m_hunks)
        appliedHunks.push_back(m_session->isApplied(hunk.edits));
    m_hunkList->setAppliedHunks(appliedHunks);
    updateStaleBanner();
    updateButtons();
    updateLineList();
    updateFixState();
}

void FixPreview::updateStaleBanner()
{
    QStringList messages;
    QStringList paths;
    for (const std::string &path : m_paths) {
        const DiskState state = m_session->diskState(path);
        if (state == DiskState::Unchanged)
            continue;
        messages << FixSession::staleMessage(displayName(path), state);
        paths << qs(path);
    }
    m_staleBanner->showFiles(messages, paths);
}

bool FixPreview::anyShownFileStale() const
{
    return std::any_of(m_paths.begin(), m_paths.end(), [this](const std::string &path) {
        return m_session->diskState(path) != DiskState::Unchanged;
    });
}

void FixPreview::updateButtons()
{
    const bool fixable = m_finding && m_finding->isFixable();
    // A fix planned on the scanned text may not fit the text on disk, so it waits for a rescan.
    const bool stale = anyShownFileStale();
    const std::vector<TextEdit> checked = checkedFixEdits();
    m_apply->setEnabled(fixable && !stale && !checked.empty() && !m_session->isApplied(checked));
    bool anyUnapplied = false;
    for (const Finding &finding : m_fileFindings) {
        const std::vector<TextEdit> edits = editsForApplyAll(finding);
        if (!edits.empty() && !m_session->isApplied(edits))
            anyUnapplied = true;
    }
    m_applyAll->setEnabled(anyUnapplied && !stale);
    const bool modified = std::any_of(m_paths.begin(), m_paths.end(), [this](const auto &path) {
        return m_session->isModified(path);
    });
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    emit buttonsChanged();
}

void FixPreview::setStatus(const QString &message, bool isError)
{
    m_status->setText(message);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_status->setStyleSheet(!isError   ? QString()
                                : dark ? QStringLiteral("color: #ff9a8f;")
                                       : QStringLiteral("color: #c42b1c;"));
    m_status->setVisible(!message.isEmpty());
}

} // namespace compliance
