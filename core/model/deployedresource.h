// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

class SourceFile;
struct JsonNode;

/// The outcome of looking up a property path such as `properties.policies.trustPolicy`.
struct PropertyLookup
{
    enum class State {
        Present, ///< `value` holds the resolved value.
        Missing, ///< The path ends early; `container` is the deepest object that exists.
        Unknown, ///< A value on the path cannot be resolved; `value` says why.
    };

    State state = State::Missing;
    Value value;
    /// For Present: the object holding the final member. For Missing: the deepest existing
    /// value on the path (an object, or a non-object where the path cannot go on).
    Value container;
    /// For Missing: how many leading path keys exist.
    std::size_t existingDepth = 0;

    bool isPresent() const { return state == State::Present; }
    bool isMissing() const { return state == State::Missing; }
    bool isUnknown() const { return state == State::Unknown; }
};

/// A condition that decides whether a resource is deployed: its own or an enclosing
/// deployment's.
struct DeploymentCondition
{
    std::string expression; ///< As written, e.g. "[parameters('deploySecondary')]" or "false".
    std::string owner; ///< "the resource" or "deployment '<name>'".
    Value value; ///< The evaluated condition.
};

/// One resource instance a template deploys, as the rules see it: metadata and a way to look
/// up its properties with every value resolved and tracing back to its source.
class DeployedResource
{
public:
    virtual ~DeployedResource() = default;

    /// Resolves `path` (member names, compared case-insensitively) on the resource object.
    virtual PropertyLookup lookup(const std::vector<std::string_view> &path) const = 0;

    const SourceFile *file = nullptr;
    const JsonNode *node = nullptr; ///< The resource object; fixes insert members into it.
    std::string type; ///< Full type, e.g. "Microsoft.ContainerRegistry/registries".
    int line = 0;
    int column = 0;
    std::string nameAsWritten;
    Value name;
    bool existing = false;
    /// For a resource of a module that another file calls (a Bicep module): the file with the
    /// call, where findings report. Null for a resource declared in the walked file.
    const SourceFile *callerFile = nullptr;
    /// With `callerFile`, when the call names this resource's module directly: the call's
    /// parameters object (members keyed by parameter name, each with a `value`).
    const JsonNode *callParameters = nullptr;
    /// Conditions of the resource and its enclosing deployments, innermost first.
    std::vector<DeploymentCondition> conditions;
    /// For copy-loop instances: the index and the loop's instance count.
    std::optional<std::int64_t> copyIndex;
    std::int64_t copyCount = 1;
};

} // namespace compliance
