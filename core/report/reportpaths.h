// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace compliance {

/// Returns `path` relative to the scanned folder `root`, '/'-separated, as reports name files.
/// Fix edits carry absolute paths; a path outside `root` comes back as it is.
std::string relativeToRoot(const std::string &path, const std::string &root);

} // namespace compliance
