// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/report/reportpaths.h"

#include <filesystem>

namespace compliance {

std::string relativeToRoot(const std::string &path, const std::string &root)
{
    const std::filesystem::path relative
        = std::filesystem::path(path).lexically_relative(std::filesystem::path(root));
    if (relative.empty() || *relative.begin() == "..")
        return std::filesystem::path(path).generic_string();
    return relative.generic_string();
}

} // namespace compliance
