// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/deployedresource.h"
#include "core/model/finding.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compliance {

/// A rule's verdict on one resource instance.
struct RuleResult
{
    Outcome outcome = Outcome::Unknown;
    std::string reason;
    std::optional<Fix> fix;
    std::string fixUnavailableReason;
    /// The provenance steps of the deciding values. Their `file` members are left empty.
    std::vector<ProvenanceStep> provenance;
};

/// A check on deployed resources. A rule reads resolved resources only, never template syntax.
class Rule
{
public:
    virtual ~Rule() = default;

    /// The PSRule name users search for, e.g. "Azure.ACR.ContentTrust"; also names the doc.
    virtual std::string_view id() const = 0;
    virtual std::string_view title() const = 0;
    virtual std::string_view severity() const = 0;
    /// The resource type the rule evaluates, e.g. "Microsoft.ContainerRegistry/registries".
    virtual std::string_view resourceType() const = 0;
    /// True when the rule evaluates resources of `type` (compared case-insensitively).
    virtual bool appliesTo(std::string_view type) const = 0;
    /// The verdict, or nullopt when the resource gives no result (an `existing` reference).
    virtual std::optional<RuleResult> evaluate(const DeployedResource &resource) const = 0;
};

/// Every rule the engine runs, in a fixed order.
const std::vector<std::unique_ptr<Rule>> &registeredRules();

/// Returns the resource type of the registered rule `ruleId`, or an empty view when no
/// registered rule has that id.
std::string_view resourceTypeOfRule(std::string_view ruleId);

} // namespace compliance
