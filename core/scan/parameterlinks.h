// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/bicepsyntax.h"
#include "core/json/jsonnode.h"
#include "core/model/finding.h"
#include "core/source/sourcefile.h"

#include <optional>
#include <string>

namespace compliance {

/// Checks that the template a .bicepparam file's `using` line names exists next to the file.
/// Returns an error naming the missing template, because the parameter file is otherwise
/// silently unused. Registry references (`br:`, `ts:`) and `using none` are not checked.
std::optional<FileError> checkBicepUsingTarget(const SourceFile &source,
                                               const std::string &relativeName,
                                               const BicepProgram &program);

/// Checks that a JSON parameter file's `metadata.template` names a file that exists, for the
/// same reason. `root` is the parameter file's parsed root object.
std::optional<FileError> checkParameterFileTemplateLink(const SourceFile &source,
                                                        const std::string &relativeName,
                                                        const JsonNode &root);

} // namespace compliance
