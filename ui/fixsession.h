// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/fix/fixapply.h"
#include "core/model/finding.h"
#include "core/source/result.h"
#include "core/source/sourcefile.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace compliance {

/// Whether a scanned file on disk still has the bytes it was scanned with.
enum class DiskState { Unchanged, Changed, Deleted };

/// The fixes applied but not yet saved, per file.
///
/// Every TextEdit's span refers to the text the file had when it was scanned, so a file's
/// fixed text is always applyTextEdits(scanned text, merged applied edits). Widgets read and
/// change this state only through this class.
///
/// The session also records whether each file changed on disk since it was scanned, which
/// makes its fixes stale, and keeps the bytes each save replaced, so a save can be undone until
/// the session is destroyed.
class FixSession : public QObject
{
    Q_OBJECT

public:
    explicit FixSession(QObject *parent = nullptr);

    /// Drops every file and every applied edit. The saves stay undoable.
    void clear();

    /// Registers the scanned text of the file at `source->path()` and marks it Unchanged. Edits
    /// applied to an earlier text of that file are dropped unless the new text is the same, as
    /// after rescanning a file that was not saved.
    void setSource(std::shared_ptr<const SourceFile> source);
    std::shared_ptr<const SourceFile> source(const std::string &path) const;

    /// Adds `edits` (of one or more files) to the applied set. Fails, changing nothing, when a
    /// file is unknown or an edit overlaps an applied one.
    Status apply(const std::vector<TextEdit> &edits);
    /// Whether every edit in `edits` is already applied.
    bool isApplied(const std::vector<TextEdit> &edits) const;
    /// Drops the applied edits of the file at `path`.
    void revert(const std::string &path);

    bool isModified(const std::string &path) const;
    bool hasUnsavedChanges() const;
    std::vector<std::string> modifiedFiles() const;
    const std::vector<TextEdit> &appliedEdits(const std::string &path) const;

    /// Returns the file's text with its applied edits.
    Result<std::string> fixedText(const std::string &path) const;
    /// Returns the file's text with its applied edits plus those of `pending` that target it.
    Result<std::string> previewText(const std::string &path,
                                    const std::vector<TextEdit> &pending) const;

    /// The file's state on disk as last checked by checkDisk. It is Unchanged for a file never
    /// checked or not scanned.
    DiskState diskState(const std::string &path) const;
    /// Reads the scanned file at `path` and compares its bytes with the scanned bytes, because
    /// editors also write files without changing them. Stores and returns the result, and
    /// emits diskStateChanged when it differs from the stored one. A file that exists but cannot
    /// be read keeps its stored state.
    DiskState checkDisk(const std::string &path);
    /// "main.json changed on disk since it was scanned. Its fixes are stale.", or the sentence
    /// for a deleted file, with `name` as the file's name. Empty for DiskState::Unchanged.
    static QString staleMessage(const QString &name, DiskState state);

    /// Writes the fixed text of every modified file among `paths` with saveTextsAllOrNone, so
    /// either all of them are written or none is. Returns the paths written, in the order
    /// given, and drops their edits. Files without applied edits are skipped. Fails without
    /// writing when checkDisk finds one of the files changed or deleted. A successful save can
    /// be undone with undoLastSave. The caller is expected to rescan the written files and
    /// call setSource with their new text.
    Result<std::vector<std::string>> saveAll(const std::vector<std::string> &paths);

    /// Whether a save can be undone.
    bool canUndoSave() const { return !m_undoStack.empty(); }
    /// The files written by the most recent save that is not undone. Empty when there is none.
    std::vector<std::string> lastSavedPaths() const;
    /// Writes back the bytes the most recent save replaced, in all its files or in none, with
    /// writeBytesAllOrNone. Fails, writing nothing and keeping the save undoable, when one of
    /// the files has unsaved fixes or no longer has exactly the bytes the save wrote. Returns
    /// the paths written. The caller is expected to rescan them.
    Result<std::vector<std::string>> undoLastSave();

    /// Sets the hook that saveAll and undoLastSave pass to the core writer, so tests can inject
    /// failures.
    void setSaveFaultHook(SaveFaultHook hook) { m_saveFaultHook = std::move(hook); }

signals:
    /// Emitted when the applied edits of the file at `path` change.
    void changed(const QString &path);
    /// Emitted when the disk state of the file at `path` changes.
    void diskStateChanged(const QString &path);
    /// Emitted when a save is recorded or undone.
    void saveHistoryChanged();

private:
    struct Document
    {
        std::shared_ptr<const SourceFile> source;
        std::vector<TextEdit> applied;
        DiskState disk = DiskState::Unchanged;
    };

    void setDiskState(const std::string &path, DiskState state);

    std::map<std::string, Document> m_documents;
    /// One entry per save, the latest last. Each write expects the bytes the save wrote and
    /// puts back the bytes it replaced.
    std::vector<std::vector<FileBytes>> m_undoStack;
    SaveFaultHook m_saveFaultHook;
};

} // namespace compliance
