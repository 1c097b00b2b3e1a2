// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/scan/suppressions.h"

#include "core/json/jsonparser.h"
#include "core/source/sourcefile.h"

namespace compliance {

namespace {

bool matchesOptional(const std::string &pattern, std::string_view text)
{
    return pattern.empty() || matchesGlob(pattern, text);
}

bool matches(const Suppression &entry, const Finding &finding)
{
    if (!entry.rule.empty() && entry.rule != "*" && entry.rule != finding.ruleId)
        return false;
    if (!matchesOptional(entry.file, finding.file))
        return false;
    if (!matchesOptional(entry.parameterFile, finding.parameterFile))
        return false;
    if (!entry.resource.empty() && !matchesGlob(entry.resource, finding.resolvedName)
        && !matchesGlob(entry.resource, finding.resource))
        return false;
    return true;
}

std::string describe(const Suppression &entry)
{
    std::string text;
    const auto add = [&](const char *name, const std::string &value) {
        if (value.empty())
            return;
        text += text.empty() ? "" : ", ";
        text += std::string(name) + " '" + value + "'";
    };
    add("rule", entry.rule);
    add("file", entry.file);
    add("resource", entry.resource);
    add("parameterFile", entry.parameterFile);
    return text;
}

} // namespace

bool matchesGlob(std::string_view pattern, std::string_view text)
{
    if (pattern.empty())
        return text.empty();
    if (pattern.substr(0, 2) == "**") {
        std::string_view rest = pattern.substr(2);
        if (!rest.empty() && rest.front() == '/')
            rest.remove_prefix(1); // "**/x" also matches "x" at the top.
        for (std::size_t start = 0; start <= text.size(); ++start) {
            if (matchesGlob(rest, text.substr(start)))
                return true;
        }
        return false;
    }
    if (pattern.front() == '*') {
        for (std::size_t start = 0; start <= text.size(); ++start) {
            if (matchesGlob(pattern.substr(1), text.substr(start)))
                return true;
            if (start < text.size() && text[start] == '/')
                break;
        }
        return false;
    }
    if (text.empty())
        return false;
    if (pattern.front() == '?' ? text.front() == '/' : pattern.front() != text.front())
        return false;
    return matchesGlob(pattern.substr(1), text.substr(1));
}

Suppressions Suppressions::load(const std::filesystem::path &folder)
{
    const std::filesystem::path path = folder / std::string(kSuppressionFileName);
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        return {};
    Result<SourceFile> source = readSourceFile(path, 4u * 1024u * 1024u);
    if (!source) {
        Suppressions failed;
        failed.m_errors.push_back(FileError { std::string(kSuppressionFileName), 0, 0,
                                              source.error() + "; no finding is suppressed" });
        return failed;
    }
    return parse(source->text(), std::string(kSuppressionFileName));
}

Suppressions Suppressions::parse(std::string_view text, const std::string &relativeName)
{
    Suppressions result;
    const SourceFile file("", std::string(text), std::string(text), TextEncoding::Utf8);
    const auto fail = [&](std::size_t offset, const std::string &message) {
        result.m_errors.push_back(
            FileError { relativeName, file.lineOf(offset), file.columnOf(offset), message });
    };

    const JsonParseResult parsed = parseJson(text);
    if (!parsed.ok) {
        fail(parsed.error.offset,
             "invalid JSON: " + parsed.error.message
                 + "; no finding is suppressed until it is fixed");
        return result;
    }
    const JsonNode *list = parsed.root.isObject() ? parsed.root.member("suppressions") : nullptr;
    if (!list || !list->isArray()) {
        fail(parsed.root.span.begin,
             "expected an object with a \"suppressions\" array; no finding is suppressed");
        return result;
    }
    for (const JsonNode &item : list->children) {
        if (!item.isObject()) {
            fail(item.span.begin, "a suppression must be an object; this entry is ignored");
            continue;
        }
        Suppression entry;
        entry.line = file.lineOf(item.span.begin);
        bool valid = true;
        const auto read = [&](const char *key, std::string &target) {
            const JsonNode *node = item.member(key);
            if (!node)
                return;
            if (!node->isString()) {
                fail(node->span.begin,
                     std::string("\"") + key + "\" must be a string; this entry is ignored");
                valid = false;
                return;
            }
            target = node->string;
        };
        read("rule", entry.rule);
        read("file", entry.file);
        read("resource", entry.resource);
        read("parameterFile", entry.parameterFile);
        read("reason", entry.reason);
        if (!valid)
            continue;
        if (entry.reason.empty()) {
            fail(item.span.begin,
                 "a suppression needs a \"reason\" that says why the finding "
                 "is accepted; this entry is ignored");
            continue;
        }
        result.m_entries.push_back(std::move(entry));
    }
    result.m_matchCounts.assign(result.m_entries.size(), 0);
    return result;
}

void Suppressions::apply(std::vector<Finding> &findings)
{
    for (Finding &finding : findings) {
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (!matches(m_entries[i], finding))
                continue;
            finding.suppressedReason = m_entries[i].reason;
            ++m_matchCounts[i];
            break;
        }
    }
}

std::vector<FileError> Suppressions::unusedEntries() const
{
    std::vector<FileError> notices;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_matchCounts[i] > 0)
            continue;
        notices.push_back(FileError { std::string(kSuppressionFileName), m_entries[i].line, 0,
                                      "the suppression (" + describe(m_entries[i])
                                          + ") matches no finding; remove it if it is stale" });
    }
    return notices;
}

} // namespace compliance
