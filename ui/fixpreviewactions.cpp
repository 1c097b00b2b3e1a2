// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
//
// The fix preview's Apply, Apply All, Save and Revert buttons. The views and the banners are
// in fixpreview.cpp.
#include "ui/fixpreview.h"

#include "ui/fixsession.h"

#include <QLoggingCategory>

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
    if (!m_finding || !m_finding->isFixable())
        return;
    const Status status = m_session->apply(m_finding->fix->edits);
    if (!status)
        setStatus(tr("The fix was not applied: %1").arg(qs(status.error())), true);
    updateButtons();
}

void FixPreview::applyAllInFile()
{
    QStringList failures;
    for (const Finding &finding : m_fileFindings) {
        if (!finding.isFixable() || m_session->isApplied(finding.fix->edits))
            continue;
        // Each fix is applied on its own, so one conflict does not block the others.
        const Status status = m_session->apply(finding.fix->edits);
        if (!status)
            failures << qs(finding.resource) + QStringLiteral(": ") + qs(status.error());
    }
    if (!failures.isEmpty())
        setStatus(tr("Some fixes were not applied:\n%1").arg(failures.join(QLatin1Char('\n'))),
                  true);
    updateButtons();
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
        setStatus(tr("Nothing was saved. %1").arg(qs(written.error())), true);
        return;
    }
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
}

void FixPreview::revert()
{
    for (const std::string &path : m_paths)
        m_session->revert(path);
    setStatus({}, false);
}

} // namespace compliance
