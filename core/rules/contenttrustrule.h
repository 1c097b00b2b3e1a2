// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules/rule.h"

namespace compliance {

/// Azure.ACR.ContentTrust: a container registry enables the Notary trust policy.
///
/// Content trust needs the Premium SKU and is not supported with a customer-managed key. The
/// checks run in this order: not deployed (a false condition), customer-managed key, SKU, a
/// trust policy at a wrong path, an apiVersion without `properties.policies`, then the trust
/// policy itself. Registries below Premium fail, and their fix upgrades the SKU.
class ContentTrustRule : public Rule
{
public:
    std::string_view id() const override { return "Azure.ACR.ContentTrust"; }
    std::string_view title() const override
    {
        return "Use container images signed by a trusted image publisher";
    }
    std::string_view severity() const override { return "Important"; }
    std::string_view resourceType() const override
    {
        return "Microsoft.ContainerRegistry/registries";
    }
    bool appliesTo(std::string_view type) const override;
    std::optional<RuleResult> evaluate(const DeployedResource &resource) const override;

private:
    RuleResult evaluateDeployed(const DeployedResource &resource) const;
    RuleResult removeTrustPolicy(const DeployedResource &resource,
                                 const std::string &keySetting) const;
    void planFix(const DeployedResource &resource, RuleResult &verdict) const;
};

} // namespace compliance
