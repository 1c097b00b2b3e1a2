// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bicep/bicepexpressiontranslator.h"
#include "core/bicep/bicepsymbols.h"
#include "core/json/jsonnode.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace compliance {

/// A member that marks a translated template as read from another file. Its value is an index
/// into the files of the BicepTemplate.
inline constexpr std::string_view kModuleFileMember = "$compliance.moduleFile";
/// A member that marks a registry resource standing for a module from a Bicep registry, which
/// cannot be read offline. Its value is the module reference.
inline constexpr std::string_view kRegistryModuleMember = "$compliance.registryModule";

/// Builds, from a parsed Bicep file, the ARM template it compiles to: `parameters` with type,
/// default and allowed values, `variables`, and `resources` keyed by symbolic name. Resource
/// loops become `copy`, `if (...)` becomes `condition`, child resources go into their parent's
/// `resources`, and modules become nested deployments with the module's template inline.
class BicepTranslator
{
public:
    /// A note about a declaration that is not translated, e.g. a module that cannot be read.
    struct Notice
    {
        std::size_t offset = 0;
        std::string message;
    };
    /// Returns the translated template of a module (with kModuleFileMember set), or nullopt
    /// after adding a notice.
    using ModuleLoader = std::function<std::optional<JsonNode>(const BicepDeclaration &module,
                                                               std::vector<Notice> &notices)>;

    BicepTranslator(const BicepProgram &program, ModuleLoader loader);

    JsonNode translate();
    std::vector<Notice> &notices() { return m_notices; }

private:
    JsonNode translateParameter(const BicepDeclaration &declaration);
    JsonNode translateResource(const BicepDeclaration &declaration);
    void translateModuleBody(const BicepDeclaration &declaration, const BicepExpression *body,
                             JsonNode &node);
    JsonNode syntheticString(std::string key, std::string value, Span span);

    const BicepProgram &m_program;
    ModuleLoader m_loader;
    BicepSymbols m_symbols;
    BicepExpressionTranslator m_expressions;
    std::vector<Notice> m_notices;
};

/// True for module paths that name a Bicep registry or template spec (`br:`, `br/`, `ts:`,
/// `ts/`), which cannot be read offline.
bool isRegistryModulePath(std::string_view path);

} // namespace compliance
