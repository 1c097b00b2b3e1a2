// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"
#include "core/source/result.h"
#include "core/source/sourcefile.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// Saves `newText` over `file`'s path in the file's own encoding and BOM, atomically, and only
/// when the file on disk still has the bytes it was read with. The message on failure names
/// the file and says what to do (reload, check permissions).
Status saveText(const SourceFile &file, std::string_view newText);

/// One file of a multi-file save: the file as it was read and the text to write over it.
struct FileText
{
    const SourceFile *file = nullptr;
    std::string newText;
};

/// A step of saveTextsAllOrNone, in the order the steps run.
enum class SaveStep { Check, WriteTemporary, Rename };

/// Called before each step on each file, for failure injection in tests. A non-empty return
/// value makes that step fail with it as the reason.
using SaveFaultHook = std::function<std::string(SaveStep step, const std::string &path)>;

/// The outcome of saveTextsAllOrNone.
struct MultiFileSaveResult
{
    std::vector<std::string> written; ///< The paths written, in input order; empty on failure.
    std::string failedPath; ///< The file whose step failed; empty on success.
    std::string error; ///< What failed and what to do next; empty on success.

    bool ok() const { return error.empty(); }
};

/// Saves every file's new text (in its own encoding and BOM), or none of them.
///
/// First checks that every file on disk still has the bytes it was read with, then writes and
/// fsyncs a temporary file beside each one, then renames the temporary files over the files in
/// turn. When a step fails, the temporary files are removed and the files already renamed get
/// their original bytes back, and the result names the failed file and the reason.
/// NOTE: a crash between two renames leaves the earlier files saved and the later ones not,
/// because POSIX cannot rename several files as one operation.
MultiFileSaveResult saveTextsAllOrNone(const std::vector<FileText> &files,
                                       const SaveFaultHook &faultHook = {});

/// One file of writeBytesAllOrNone: the bytes the file must have on disk before the write and
/// the bytes to write over them.
struct FileBytes
{
    std::string path;
    std::string expectedBytes;
    std::string newBytes;
};

/// Writes every file's new bytes as they are, or none of them, in the same steps and with the
/// same checks and rollback as saveTextsAllOrNone. A file whose bytes on disk differ from its
/// `expectedBytes` stops the write before any file is changed.
MultiFileSaveResult writeBytesAllOrNone(const std::vector<FileBytes> &files,
                                        const SaveFaultHook &faultHook = {});

/// A unified diff (3 lines of context) between two texts, with `a/`/`b/` style names.
/// Returns an empty string when the texts are equal.
std::string unifiedDiff(std::string_view oldText, std::string_view newText,
                        std::string_view oldName, std::string_view newName);

} // namespace compliance
