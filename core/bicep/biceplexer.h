// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/bicepsyntax.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// One token of Bicep text.
struct BicepToken
{
    enum class Kind { Identifier, Integer, String, Symbol, NewLine, End };

    Kind kind = Kind::End;
    Span span;
    std::string text; ///< Identifier name or symbol ("{", "=>", "?.", ...).
    std::int64_t integer = 0; ///< Integer value; 0 with `overflow` set when out of range.
    bool overflow = false;
    /// Strings: the decoded literal parts around the `${...}` holes (one more than holes).
    std::vector<std::string> parts;
    std::vector<Span> holes; ///< Strings: the text of each hole, braces excluded.
};

/// Splits Bicep text into tokens. Comments, `#disable-next-line` pragmas, spaces and tabs are
/// dropped; line breaks become NewLine tokens because they separate statements and items.
class BicepLexer
{
public:
    /// Reads `text` between `begin` and `end`; spans index the whole `text`.
    BicepLexer(std::string_view text, std::size_t begin, std::size_t end);

    /// The tokens up to an End token, or nullopt with error() set.
    std::optional<std::vector<BicepToken>> tokenize();
    const BicepSyntaxError &error() const { return m_error; }

private:
    bool fail(std::size_t offset, std::string message);
    bool skipTrivia();
    bool readString(BicepToken &token);
    bool readMultiLineString(BicepToken &token);
    bool findHoleEnd(std::size_t &offset);
    bool skipNestedString(std::size_t &offset);
    char at(std::size_t offset) const { return offset < m_end ? m_text[offset] : '\0'; }

    std::string_view m_text;
    std::size_t m_position;
    std::size_t m_end;
    int m_holeDepth = 0; // nested `${` holes, capped so hostile input cannot exhaust the stack
    BicepSyntaxError m_error;
};

} // namespace compliance
