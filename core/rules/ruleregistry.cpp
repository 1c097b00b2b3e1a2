// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/rules/contenttrustrule.h"
#include "core/rules/rule.h"

namespace compliance {

const std::vector<std::unique_ptr<Rule>> &registeredRules()
{
    static const std::vector<std::unique_ptr<Rule>> rules = [] {
        std::vector<std::unique_ptr<Rule>> list;
        list.push_back(std::make_unique<ContentTrustRule>());
        return list;
    }();
    return rules;
}

std::string_view resourceTypeOfRule(std::string_view ruleId)
{
    for (const std::unique_ptr<Rule> &rule : registeredRules()) {
        if (rule->id() == ruleId)
            return rule->resourceType();
    }
    return {};
}

} // namespace compliance
