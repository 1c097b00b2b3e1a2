// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace compliance {

/// The byte offset in UTF-8 `text` of each UTF-16 code unit index, 0 to the UTF-16 length
/// inclusive, because ARM counts string positions in UTF-16 code units as .NET does. An index
/// that falls between the two halves of a surrogate pair maps to npos.
std::vector<std::size_t> utf16ByteOffsets(std::string_view text);

/// The length of UTF-8 `text` in UTF-16 code units.
std::size_t utf16Length(std::string_view text);

} // namespace compliance
