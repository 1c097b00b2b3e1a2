// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/rules/deploymentconditions.h"

#include "core/json/jsonnode.h"

namespace compliance {

std::optional<std::string> falseConditionReason(const DeployedResource &resource)
{
    for (const DeploymentCondition &condition : resource.conditions) {
        if (!condition.value.isBoolean() || condition.value.asBoolean())
            continue;
        // A condition written as a plain false needs no quoting; an expression is named.
        const bool literal = equalsIgnoreCase(condition.expression, "false");
        return "Not deployed: the condition of " + condition.owner
            + (literal ? std::string() : ", " + condition.expression + ",") + " is false.";
    }
    return std::nullopt;
}

} // namespace compliance
