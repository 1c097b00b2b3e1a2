// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/fix/jsonedit.h"
#include "core/model/deployedresource.h"
#include "core/model/finding.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// Turns requested property changes on one resource into text edits at the values' sources.
///
/// A value written in place is replaced in place; a value that came from a parameter default,
/// a value passed to a nested deployment or a variable is replaced there (and a parameter's
/// `allowedValues` gets the new value). Missing members are inserted into the deepest object
/// that exists, several of them under one new member when they share it. When a change cannot
/// be made (the value is computed by an expression), build() reports why and offers nothing.
class FixPlanner
{
public:
    explicit FixPlanner(const DeployedResource &resource);

    /// Sets the string at `path` (member names from the resource object) to `value`.
    void setString(const std::vector<std::string_view> &path, std::string_view value);
    /// Marks the value at `path` as one the fix must keep: when its source is also the source of
    /// a value the fix changes, that change is written at its own property instead.
    void keep(const std::vector<std::string_view> &path);
    /// Removes the member at `path`.
    void remove(const std::vector<std::string_view> &path);

    /// The fix, or nullopt with unavailableReason() set.
    std::optional<Fix> build(std::string description);
    const std::string &unavailableReason() const { return m_unavailableReason; }

private:
    struct PendingInsert
    {
        const SourceFile *file = nullptr;
        const JsonNode *container = nullptr;
        std::string key;
        JsonInsertValue value;
    };
    struct PendingRemoval
    {
        const SourceFile *file = nullptr;
        const JsonNode *container = nullptr;
        const JsonNode *member = nullptr;
    };

    void fail(std::string reason);
    void note(std::string text);
    void noteCalledModule(const SourceFile *file);
    void noteSharedReferences(const Origin &origin);
    bool replaceAtUseSite(const PropertyLookup &lookup, const std::vector<std::string_view> &path,
                          std::string_view value);
    bool passToModule(const Origin &origin, std::string_view value);
    void replaceString(const Value &current, std::string_view pathText, std::string_view value);
    void addToAllowedValues(const Origin &origin, std::string_view value);
    void queueInsert(const Value &container, const std::vector<std::string_view> &path,
                     std::size_t existingDepth, std::string_view value);

    const DeployedResource &m_resource;
    std::vector<TextEdit> m_edits;
    std::vector<PendingInsert> m_inserts;
    std::vector<PendingRemoval> m_removals;
    std::string m_unavailableReason;
    /// Notes on what else the edits change, for Fix::sharedWith.
    std::vector<std::string> m_notes;
    /// The value each edited source node is set to, to catch two properties that read one
    /// source but need different values.
    std::map<const JsonNode *, std::string> m_sourceTargets;
};

/// Names where a value comes from, e.g. "the default of parameter 'acrSku'".
std::string describeValueSource(const Origin &origin);

/// Joins path keys with dots, e.g. "properties.policies.trustPolicy".
std::string joinPath(const std::vector<std::string_view> &path);

} // namespace compliance
