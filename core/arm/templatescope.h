// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/arm/evaluator.h"
#include "core/json/jsonnode.h"
#include "core/model/finding.h"
#include "core/source/sourcefile.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace compliance {

/// The file each nested template came from, when it is not the file of the template that
/// contains it (a Bicep module translated inline). Keyed by the nested template's node.
using NestedTemplateFiles = std::map<const JsonNode *, const SourceFile *>;

/// Collects the file errors of one template evaluation, once per line and message.
class TemplateErrors
{
public:
    TemplateErrors(const SourceFile &file, std::string relativeFile);

    void add(std::size_t offset, std::string message);
    const std::vector<FileError> &errors() const { return m_errors; }

    /// While muted, errors are dropped. The walker mutes them for a resource whose condition is
    /// false, because ARM does not evaluate it, so its expressions cannot fail a deployment.
    void mute() { ++m_muteDepth; }
    void unmute() { --m_muteDepth; }

private:
    int m_muteDepth = 0;
    const SourceFile &m_file;
    std::string m_relativeFile;
    std::set<std::pair<int, std::string>> m_seen;
    std::vector<FileError> m_errors;
};

/// The parameters and variables visible in one template: a top-level template, or an inner-scoped
/// nested template whose parameters come from its deployment's `properties.parameters`.
///
/// Values are evaluated on first use and cached. Copy-loop indexes are pushed by the walker.
class TemplateScope : public EvaluationScope
{
public:
    TemplateScope(const SourceFile &file, const JsonNode &templateNode, TemplateErrors &errors);

    /// Makes parameter `name` take the value of `valueNode` (a deployment's `parameters.<name>`
    /// member: `{"value": ...}` or a Key Vault `{"reference": ...}`), evaluated in `outer`.
    /// `valueFile` is the file that contains `valueNode` when it is not this scope's file.
    void setPassedParameter(const std::string &name, const JsonNode &valueNode,
                            EvaluationScope &outer, const SourceFile *valueFile = nullptr);
    /// Makes parameter `name` take the value of `valueNode`, a member of a parameter file's
    /// `parameters` object. Parameter files hold literal values: strings are not evaluated.
    void setParameterFileValue(const std::string &name, const JsonNode &valueNode,
                               const SourceFile &parameterFile);

    Value parameter(std::string_view name) override;
    Value variable(std::string_view name) override;
    std::optional<std::int64_t> copyIndex(std::string_view loopName) override;
    void reportExpressionError(const Origin &origin, std::string_view message) override;

    void pushCopyIndex(std::string loopName, std::int64_t index);
    void popCopyIndex();

    const SourceFile &file() const { return m_file; }
    const JsonNode &templateNode() const { return m_template; }
    TemplateErrors &errors() { return m_errors; }

    /// The files of nested templates read from other files; null when there are none.
    const NestedTemplateFiles *nestedTemplateFiles() const { return m_nestedFiles; }
    void setNestedTemplateFiles(const NestedTemplateFiles *files) { m_nestedFiles = files; }

private:
    struct PassedParameter
    {
        const JsonNode *valueNode = nullptr;
        EvaluationScope *outer = nullptr; ///< Null for parameter-file values.
        const SourceFile *parameterFile = nullptr;
        const SourceFile *valueFile = nullptr; ///< For passed values from another file.
    };

    Value referenceDepthLimit(std::string_view name);
    Value evaluateParameter(const std::string &key, std::string_view name);
    Value checkAllowedValues(Value value, std::string_view name) const;
    Value evaluateCopyVariable(const JsonNode &loop, std::string_view name);
    Value evaluatePassedParameter(const PassedParameter &passed, std::string_view name,
                                  const JsonNode *declaration);

    const SourceFile &m_file;
    const JsonNode &m_template;
    TemplateErrors &m_errors;
    const NestedTemplateFiles *m_nestedFiles = nullptr;
    std::map<std::string, PassedParameter> m_passed; // keyed by lower-case name
    std::map<std::string, Value> m_parameterCache;
    std::map<std::string, Value> m_variableCache;
    std::set<std::string> m_inProgress; // guards against self-referencing variables
    std::vector<std::pair<std::string, std::int64_t>> m_copyIndexes;
};

/// Lower-cases ASCII letters, for case-insensitive keys.
std::string toLowerAscii(std::string_view text);

/// True for the path of a Bicep or .bicepparam file (any case). Such a file's template nodes are
/// ARM translations whose spans cover the Bicep text.
bool isBicepPath(std::string_view path);

} // namespace compliance
