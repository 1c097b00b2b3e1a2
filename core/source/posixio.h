// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <sys/stat.h>

namespace compliance {

/// Returns the text of `error`, an errno value.
std::string errnoText(int error);

/// Reads the whole file into `bytes`, retrying on EINTR. Returns 0 or the failing call's errno.
int readAll(const std::string &path, std::string &bytes);

/// Writes all of `bytes` to `fd`, retrying on EINTR. Returns 0 or the failing call's errno.
int writeAll(int fd, std::string_view bytes);

/// True when no one has write permission on a file of `mode`. Root may write any file, and a
/// rename replaces a read-only file in a writable folder, so saves check the mode bits.
inline bool isReadOnlyMode(mode_t mode)
{
    return (mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;
}

} // namespace compliance
