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

/// The fixes applied but not yet saved, per file.
///
/// Every TextEdit's span refers to the text the file had when it was scanned, so a file's
/// fixed text is always applyTextEdits(scanned text, merged applied edits). Widgets read and
/// change this state only through this class.
class FixSession : public QObject
{
    Q_OBJECT

public:
    explicit FixSession(QObject *parent = nullptr);

    /// Drops every file and every applied edit.
    void clear();

    /// Registers the scanned text of the file at `source->path()`. Edits applied to an earlier
    /// text of that file are dropped unless the new text is the same, as after rescanning a file
    /// that was not saved.
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

    /// Writes the fixed text of every modified file among `paths` with saveTextsAllOrNone, so
    /// either all of them are written or none is. Returns the paths written, in the order
    /// given, and drops their edits. Files without applied edits are skipped. The caller is
    /// expected to rescan the written files and call setSource with their new text.
    Result<std::vector<std::string>> saveAll(const std::vector<std::string> &paths);

    /// Sets the hook that saveAll passes to saveTextsAllOrNone, so tests can inject failures.
    void setSaveFaultHook(SaveFaultHook hook) { m_saveFaultHook = std::move(hook); }

signals:
    /// Emitted when the applied edits of the file at `path` change.
    void changed(const QString &path);

private:
    struct Document
    {
        std::shared_ptr<const SourceFile> source;
        std::vector<TextEdit> applied;
    };

    std::map<std::string, Document> m_documents;
    SaveFaultHook m_saveFaultHook;
};

} // namespace compliance
