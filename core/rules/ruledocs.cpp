// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/rules/ruledocs.h"

#include "core/json/jsonnode.h"

namespace compliance {

namespace {

std::string_view trim(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

// Splits `text` into lines without their line endings.
std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::size_t stop = end == std::string_view::npos ? text.size() : end;
        std::string_view line = text.substr(start, stop - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return lines;
}

} // namespace

std::string RuleDocumentation::value(std::string_view key) const
{
    for (const auto &[name, text] : frontMatter) {
        if (equalsIgnoreCase(name, key))
            return text;
    }
    return {};
}

RuleDocumentation parseRuleDocumentation(std::string_view markdown)
{
    RuleDocumentation documentation;
    const std::vector<std::string_view> lines = splitLines(markdown);
    std::size_t bodyStart = 0;
    if (!lines.empty() && trim(lines[0]) == "---") {
        for (std::size_t i = 1; i < lines.size(); ++i) {
            if (trim(lines[i]) == "---") {
                bodyStart = i + 1;
                break;
            }
            const std::size_t colon = lines[i].find(':');
            if (colon != std::string_view::npos)
                documentation.frontMatter.emplace_back(
                    std::string(trim(lines[i].substr(0, colon))),
                    std::string(trim(lines[i].substr(colon + 1))));
        }
        if (bodyStart == 0)
            documentation.frontMatter.clear(); // No closing line: not front matter after all.
    }

    bool inSynopsis = false;
    for (std::size_t i = bodyStart; i < lines.size(); ++i) {
        documentation.body.append(lines[i]).append("\n");
        const std::string_view line = trim(lines[i]);
        if (line.rfind("#", 0) == 0) {
            inSynopsis = line == "## SYNOPSIS";
            continue;
        }
        if (inSynopsis && !line.empty()) {
            if (!documentation.synopsis.empty())
                documentation.synopsis += ' ';
            documentation.synopsis += line;
        }
    }
    return documentation;
}

} // namespace compliance
