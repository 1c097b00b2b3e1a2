// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

namespace compliance {

/// Parses `source` and, when it is a deployment template, runs every registered rule on every
/// resource it deploys. Findings and errors are appended to `result`; `result.file` names the
/// file in them. Copy-loop instances of one declaration with the same outcome and reason are
/// reported as one finding that lists them, and each fix names what else its edits change
/// (see describeSharedEdits).
///
/// With `parameterSets` the template is evaluated once per parameter file, and each finding
/// names its parameter file; without, it is evaluated with its defaults.
void checkTemplate(const SourceFile &source, FileScanResult &result,
                   const std::vector<ParameterSet> &parameterSets = {});

} // namespace compliance
