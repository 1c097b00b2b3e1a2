// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"
#include "core/source/result.h"
#include "core/source/sourcefile.h"

#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// Saves `newText` over `file`'s path in the file's own encoding and BOM, atomically, and only
/// when the file on disk still has the bytes it was read with. The message on failure names
/// the file and says what to do (reload, check permissions).
Status saveText(const SourceFile &file, std::string_view newText);

/// A unified diff (3 lines of context) between two texts, with `a/`/`b/` style names.
/// Returns an empty string when the texts are equal.
std::string unifiedDiff(std::string_view oldText, std::string_view newText,
                        std::string_view oldName, std::string_view newName);

} // namespace compliance
