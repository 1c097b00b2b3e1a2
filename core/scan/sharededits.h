// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/finding.h"

#include <vector>

namespace compliance {

/// Fills `Fix::sharedWith` for the findings of one template file.
///
/// Two fixes share a value when they edit overlapping bytes of the same file, for example the
/// default of a parameter that several registries use, or a value that several parameter sets
/// take from the template. A finding that stands for several copy-loop instances shares its
/// edits with all of them.
void describeSharedEdits(std::vector<Finding> &findings);

} // namespace compliance
