// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/bicepsyntax.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace compliance {

/// The names a Bicep file declares, and the loop and lambda variables in scope while its
/// expressions are translated.
struct BicepSymbols
{
    enum class Kind { Parameter, Variable, Resource, Module, Other };

    std::map<std::string, Kind> declared;
    std::map<std::string, const BicepDeclaration *> resources; ///< Resources and modules.
    std::map<std::string, bool> typeAliases; ///< User-defined types: true when nullable.
    /// Innermost last: a loop or lambda variable and the ARM expression it stands for.
    std::vector<std::pair<std::string, std::string>> locals;

    /// Collects the declarations of `program`, child resources included.
    static BicepSymbols collect(const BicepProgram &program);
};

} // namespace compliance
