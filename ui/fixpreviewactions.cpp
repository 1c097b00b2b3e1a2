// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// The fix preview's Apply, Apply All, Save and Revert buttons. The views and the banners are
// in fixpreview.cpp.
#include "ui/fixpreview.h"

#include "ui/fixsession.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPreview, "complianceviewer.ui.preview")

namespace compliance {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

void FixPreview::applyFix()
{
    const std::vector<TextEdit> edits = checkedFixEdits();
    if (edits.empty())
        return;
    m_saveError.clear();
    const Status status = m_session->apply(edits);
    if (!status)
        setStatus(tr("The fix was not applied: %1").arg(qs(status.error())), true);
    updateButtons();
    updateFixState();
}

void FixPreview::applyAllInFile()
{
    QStringList failures;
    for (const Finding &finding : m_fileFindings) {
        const std::vector<TextEdit> edits = editsForApplyAll(finding);
        if (edits.empty() || m_session->isApplied(edits))
            continue;
        // Each fix is applied on its own, so one conflict does not block the others.
        const Status status = m_session->apply(edits);
        if (!status)
            failures << qs(finding.resource) + QStringLiteral(": ") + qs(status.error());
    }
    if (!failures.isEmpty())
        setStatus(tr("Some fixes were not applied:\n%1").arg(failures.join(QLatin1Char('\n'))),
                  true);
    m_saveError.clear();
    updateButtons();
    updateFixState();
}

std::vector<TextEdit> FixPreview::editsForApplyAll(const Finding &finding) const
{
    if (!finding.isFixable())
        return {};
    // The hunks unchecked in the list stay out, also where another finding's fix shares them.
    const std::vector<TextEdit> skipped = skippedFixEdits();
    std::vector<TextEdit> edits;
    for (const TextEdit &edit : finding.fix->edits) {
        if (std::find(skipped.begin(), skipped.end(), edit) == skipped.end())
            edits.push_back(edit);
    }
    return edits;
}

void FixPreview::save()
{
    // m_paths changes when the session's signals make the window select the rescanned finding.
    const std::vector<std::string> paths = m_paths;
    // The watcher reports changes a moment late, so the files are compared again here, which
    // names a stale file before the core writer would reject it.
    QStringList staleMessages;
    for (const std::string &path : paths) {
        if (!m_session->isModified(path))
            continue;
        if (const DiskState state = m_session->checkDisk(path); state != DiskState::Unchanged)
            staleMessages << FixSession::staleMessage(displayName(path), state);
    }
    if (!staleMessages.isEmpty()) {
        qCWarning(lcPreview) << "Not saving stale files:" << staleMessages;
        setStatus(tr("Nothing was saved. %1").arg(staleMessages.join(QLatin1Char(' '))), true);
        return;
    }
    const Result<std::vector<std::string>> written = m_session->saveAll(paths);
    if (!written) {
        qCWarning(lcPreview) << "Save failed:" << qs(written.error());
        m_saveError = qs(written.error());
        setStatus(tr("Nothing was saved. %1").arg(m_saveError), true);
        updateFixState();
        return;
    }
    m_saveError.clear();
    QStringList writtenPaths;
    QStringList names;
    for (const std::string &path : written.value()) {
        writtenPaths << qs(path);
        names << displayName(path);
    }
    qCInfo(lcPreview) << "Saved fixes to" << writtenPaths;
    // The receivers rescan the files and may show the finding again, which clears the status,
    // so the status is set afterwards.
    emit saved(writtenPaths);
    setStatus(tr("Saved %1.").arg(names.join(QStringLiteral(", "))), false);
    updateFixState();
}

void FixPreview::revert()
{
    for (const std::string &path : m_paths)
        m_session->revert(path);
    m_saveError.clear();
    setStatus({}, false);
    updateFixState();
}

} // namespace compliance
