// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace compliance {

/// The SHA-1 digest of `bytes` (FIPS 180-4). Used for name-based UUIDs, not for security.
std::array<std::uint8_t, 20> sha1(std::string_view bytes);

} // namespace compliance
