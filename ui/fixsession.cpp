// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/fixsession.h"

#include "core/fix/fixapply.h"
#include "core/fix/textedits.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcSession, "complianceviewer.ui.session")

namespace compliance {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// Returns the file's bytes, or nothing when it cannot be opened, which covers a missing file.
std::optional<std::string> readDiskBytes(const std::string &path)
{
    QFile file(qs(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll().toStdString();
}

bool existsOnDisk(const std::string &path)
{
    // A dangling symbolic link counts as missing, because its target is gone.
    return QFileInfo::exists(qs(path));
}

} // namespace

FixSession::FixSession(QObject *parent)
    : QObject(parent)
{ }

void FixSession::clear()
{
    m_documents.clear();
}

void FixSession::setSource(std::shared_ptr<const SourceFile> source)
{
    if (!source)
        return;
    const std::string path = source->path();
    const auto it = m_documents.find(path);
    if (it != m_documents.end() && it->second.source->text() == source->text()) {
        // The spans of the applied edits still fit the same text, so they stay.
        it->second.source = std::move(source);
        setDiskState(path, DiskState::Unchanged);
        return;
    }
    const bool hadEdits = isModified(path);
    const bool wasStale = diskState(path) != DiskState::Unchanged;
    m_documents[path] = Document { std::move(source), {}, DiskState::Unchanged };
    if (hadEdits)
        emit changed(QString::fromStdString(path));
    if (wasStale)
        emit diskStateChanged(qs(path));
}

std::shared_ptr<const SourceFile> FixSession::source(const std::string &path) const
{
    const auto it = m_documents.find(path);
    return it == m_documents.end() ? nullptr : it->second.source;
}

Status FixSession::apply(const std::vector<TextEdit> &edits)
{
    // Merge per file first, so a conflict in any file leaves every file unchanged.
    std::map<std::string, std::vector<TextEdit>> merged;
    for (const TextEdit &edit : edits) {
        if (m_documents.find(edit.path) == m_documents.end())
            return Status::failure(edit.path + ": the file was not scanned, rescan the folder");
        merged[edit.path].push_back(edit);
    }
    for (auto &[path, fileEdits] : merged) {
        const Document &document = m_documents.at(path);
        std::vector<TextEdit> all = document.applied;
        all.insert(all.end(), fileEdits.begin(), fileEdits.end());
        Result<std::vector<TextEdit>> result = mergeTextEdits(std::move(all));
        if (!result) {
            qCWarning(lcSession) << "Cannot apply edits to" << QString::fromStdString(path) << ":"
                                 << QString::fromStdString(result.error());
            return Status::failure(result.error());
        }
        // A fix must also apply cleanly to the scanned text, e.g. stay within its bounds.
        Result<std::string> text = applyTextEdits(document.source->text(), result.value());
        if (!text)
            return Status::failure(text.error());
        fileEdits = std::move(result.value());
    }
    for (auto &[path, fileEdits] : merged) {
        m_documents.at(path).applied = std::move(fileEdits);
        emit changed(QString::fromStdString(path));
    }
    return {};
}

bool FixSession::isApplied(const std::vector<TextEdit> &edits) const
{
    if (edits.empty())
        return false;
    return std::all_of(edits.begin(), edits.end(), [this](const TextEdit &edit) {
        const auto it = m_documents.find(edit.path);
        if (it == m_documents.end())
            return false;
        const std::vector<TextEdit> &applied = it->second.applied;
        return std::find(applied.begin(), applied.end(), edit) != applied.end();
    });
}

void FixSession::revert(const std::string &path)
{
    const auto it = m_documents.find(path);
    if (it == m_documents.end() || it->second.applied.empty())
        return;
    it->second.applied.clear();
    emit changed(QString::fromStdString(path));
}

bool FixSession::isModified(const std::string &path) const
{
    const auto it = m_documents.find(path);
    return it != m_documents.end() && !it->second.applied.empty();
}

bool FixSession::hasUnsavedChanges() const
{
    return std::any_of(m_documents.begin(), m_documents.end(),
                       [](const auto &entry) { return !entry.second.applied.empty(); });
}

std::vector<std::string> FixSession::modifiedFiles() const
{
    std::vector<std::string> paths;
    for (const auto &[path, document] : m_documents) {
        if (!document.applied.empty())
            paths.push_back(path);
    }
    return paths;
}

const std::vector<TextEdit> &FixSession::appliedEdits(const std::string &path) const
{
    static const std::vector<TextEdit> none;
    const auto it = m_documents.find(path);
    return it == m_documents.end() ? none : it->second.applied;
}

Result<std::string> FixSession::fixedText(const std::string &path) const
{
    return previewText(path, {});
}

Result<std::string> FixSession::previewText(const std::string &path,
                                            const std::vector<TextEdit> &pending) const
{
    const auto it = m_documents.find(path);
    if (it == m_documents.end())
        return Result<std::string>::failure(path + ": the file was not scanned");
    std::vector<TextEdit> edits = it->second.applied;
    for (const TextEdit &edit : pending) {
        if (edit.path == path)
            edits.push_back(edit);
    }
    if (edits.empty())
        return it->second.source->text();
    Result<std::vector<TextEdit>> merged = mergeTextEdits(std::move(edits));
    if (!merged)
        return Result<std::string>::failure(merged.error());
    return applyTextEdits(it->second.source->text(), std::move(merged.value()));
}

DiskState FixSession::diskState(const std::string &path) const
{
    const auto it = m_documents.find(path);
    return it == m_documents.end() ? DiskState::Unchanged : it->second.disk;
}

void FixSession::setDiskState(const std::string &path, DiskState state)
{
    const auto it = m_documents.find(path);
    if (it == m_documents.end() || it->second.disk == state)
        return;
    it->second.disk = state;
    static const char *const names[] = { "unchanged", "changed", "deleted" };
    qCInfo(lcSession) << qs(path) << "is" << names[static_cast<int>(state)]
                      << "on disk compared with its scan";
    emit diskStateChanged(qs(path));
}

DiskState FixSession::checkDisk(const std::string &path)
{
    const auto it = m_documents.find(path);
    if (it == m_documents.end())
        return DiskState::Unchanged;
    const std::optional<std::string> bytes = readDiskBytes(path);
    if (!bytes && existsOnDisk(path)) {
        qCWarning(lcSession) << "Cannot read" << qs(path) << "to compare it with the scanned bytes";
        return it->second.disk;
    }
    const DiskState state = !bytes                     ? DiskState::Deleted
        : *bytes == it->second.source->originalBytes() ? DiskState::Unchanged
                                                       : DiskState::Changed;
    setDiskState(path, state);
    return state;
}

QString FixSession::staleMessage(const QString &name, DiskState state)
{
    switch (state) {
    case DiskState::Changed:
        return tr("%1 changed on disk since it was scanned. Its fixes are stale.").arg(name);
    case DiskState::Deleted:
        return tr("%1 was deleted from disk since it was scanned. Its fixes are stale.").arg(name);
    case DiskState::Unchanged:
        break;
    }
    return {};
}

Result<std::vector<std::string>> FixSession::saveAll(const std::vector<std::string> &paths)
{
    using Written = Result<std::vector<std::string>>;
    std::vector<FileText> texts;
    for (const std::string &path : paths) {
        if (!isModified(path))
            continue;
        // The core writer rejects a changed file too, but this message gives the reason in the
        // words of the preview's banner.
        if (const DiskState state = checkDisk(path); state != DiskState::Unchanged)
            return Written::failure(staleMessage(qs(path), state).toStdString());
        Result<std::string> text = fixedText(path);
        if (!text)
            return Written::failure(text.error());
        texts.push_back(FileText { m_documents.at(path).source.get(), std::move(text.value()) });
    }
    if (texts.empty())
        return std::vector<std::string> {};

    const MultiFileSaveResult result = saveTextsAllOrNone(texts, m_saveFaultHook);
    if (!result.ok()) {
        qCWarning(lcSession).noquote() << "Saving failed:" << QString::fromStdString(result.error);
        return Written::failure(result.error);
    }
    // The undo entry writes the scanned bytes back over the bytes just written.
    std::vector<FileBytes> undo;
    for (const FileText &entry : texts) {
        undo.push_back(FileBytes { entry.file->path(), entry.file->encodeForDisk(entry.newText),
                                   entry.file->originalBytes() });
    }
    m_undoStack.push_back(std::move(undo));
    for (const std::string &path : result.written) {
        qCInfo(lcSession) << "Saved" << QString::fromStdString(path);
        m_documents.at(path).applied.clear();
        emit changed(QString::fromStdString(path));
    }
    emit saveHistoryChanged();
    return result.written;
}

std::vector<std::string> FixSession::lastSavedPaths() const
{
    std::vector<std::string> paths;
    if (!m_undoStack.empty()) {
        for (const FileBytes &entry : m_undoStack.back())
            paths.push_back(entry.path);
    }
    return paths;
}

Result<std::vector<std::string>> FixSession::undoLastSave()
{
    using Written = Result<std::vector<std::string>>;
    if (m_undoStack.empty())
        return Written::failure("There is no save to undo.");
    const std::vector<FileBytes> &writes = m_undoStack.back();
    for (const FileBytes &entry : writes) {
        // A rescan after the undo would drop these fixes, so the user decides first.
        if (isModified(entry.path))
            return Written::failure(entry.path
                                    + " has unsaved fixes. Save or revert them before undoing "
                                      "the save.");
        const std::optional<std::string> bytes = readDiskBytes(entry.path);
        if (!bytes && !existsOnDisk(entry.path))
            return Written::failure(entry.path
                                    + " was deleted from disk after the save, so the save "
                                      "cannot be undone.");
        if (!bytes)
            return Written::failure("Cannot read " + entry.path
                                    + " to check it before undoing the save. Check its "
                                      "permissions and try again.");
        if (*bytes != entry.expectedBytes)
            return Written::failure(entry.path
                                    + " changed on disk after the save, so the save cannot be "
                                      "undone. The file keeps its current bytes.");
    }

    const MultiFileSaveResult result = writeBytesAllOrNone(writes, m_saveFaultHook);
    if (!result.ok()) {
        qCWarning(lcSession).noquote() << "Undoing the save failed:" << qs(result.error);
        return Written::failure(result.error);
    }
    for (const std::string &path : result.written)
        qCInfo(lcSession) << "Restored the bytes before the save of" << qs(path);
    m_undoStack.pop_back();
    emit saveHistoryChanged();
    return result.written;
}

} // namespace compliance
