// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace compliance {

/// A rule's documentation page split into its parts.
struct RuleDocumentation
{
    /// The front matter's `key: value` lines, in order, e.g. {"severity", "Important"}.
    std::vector<std::pair<std::string, std::string>> frontMatter;
    std::string body; ///< The Markdown after the front matter.
    std::string synopsis; ///< The text of the `## SYNOPSIS` section, on one line.

    /// The front-matter value of `key` (case-insensitive), or an empty string.
    std::string value(std::string_view key) const;
};

/// The Markdown page of the rule `ruleId` as shipped in resources/rules, compiled into the
/// core so that headless reports can carry it; empty when the rule has no page.
std::string_view ruleDocumentationMarkdown(std::string_view ruleId);

/// Splits a Markdown page with `---` front matter into its parts.
RuleDocumentation parseRuleDocumentation(std::string_view markdown);

} // namespace compliance
