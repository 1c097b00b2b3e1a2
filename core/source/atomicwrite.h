// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/source/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace compliance {

/// Replaces `path` with `bytes` atomically: writes a temporary file in the same folder, flushes
/// and fsyncs it, copies the original file's permissions and renames it over `path`.
///
/// When `expectedCurrentBytes` is given and the file on disk no longer has exactly those bytes,
/// nothing is written and the result says the file changed on disk since it was read. On any
/// failure the original file is left untouched and the temporary file is removed.
Status writeFileAtomically(const std::filesystem::path &path, std::string_view bytes,
                           const std::optional<std::string> &expectedCurrentBytes = std::nullopt);

} // namespace compliance
