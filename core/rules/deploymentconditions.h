// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/deployedresource.h"

#include <optional>
#include <string>

namespace compliance {

/// The reason a resource is not deployed, "Not deployed: the condition of ... is false.", when
/// its own condition or an enclosing deployment's resolves to false; nullopt otherwise.
std::optional<std::string> falseConditionReason(const DeployedResource &resource);

} // namespace compliance
