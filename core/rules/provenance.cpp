// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/rules/provenance.h"

#include "core/fix/fixplanner.h"
#include "core/json/jsonnode.h"

#include <algorithm>

namespace compliance {

namespace {

// Long values (a whole object from a variable) would swamp a one-line step.
constexpr std::size_t kMaxValueText = 60;

std::string valueText(const Value &value)
{
    std::string text = value.isString() ? "'" + value.asString() + "'" : value.toJsonText();
    if (text.size() > kMaxValueText)
        text = text.substr(0, kMaxValueText - 3) + "...";
    return text;
}

// The offset a member is written at: its key, or the value when it has no key (an array item).
std::size_t writtenOffset(const JsonNode &node)
{
    return node.keySpan.size() > 0 ? node.keySpan.begin : node.span.begin;
}

} // namespace

ProvenanceBuilder::ProvenanceBuilder(const DeployedResource &resource)
    : m_resource(resource)
{
    const std::string name
        = resource.name.isString() ? resource.name.asString() : resource.nameAsWritten;
    if (resource.callerFile) {
        ProvenanceStep call;
        call.kind = ProvenanceStep::Kind::ModuleCall;
        call.label = "Module call deploying " + name;
        call.path = resource.callerFile->path();
        call.line = resource.line;
        call.column = resource.column;
        m_steps.push_back(std::move(call));
        if (resource.file && resource.node)
            addStep(ProvenanceStep::Kind::Resource, "Resource " + name, resource.file,
                    writtenOffset(*resource.node));
        return;
    }

    ProvenanceStep declaration;
    declaration.kind = ProvenanceStep::Kind::Resource;
    declaration.label = "Resource " + name;
    declaration.path = resource.file ? resource.file->path() : std::string();
    declaration.line = resource.line;
    declaration.column = resource.column;
    m_steps.push_back(std::move(declaration));
}

void ProvenanceBuilder::addStep(ProvenanceStep::Kind kind, std::string label,
                                const SourceFile *file, std::size_t offset)
{
    ProvenanceStep step;
    step.kind = kind;
    step.label = std::move(label);
    if (file) {
        step.path = file->path();
        step.line = file->lineOf(offset);
        step.column = file->columnOf(offset);
    }
    m_steps.push_back(std::move(step));
}

void ProvenanceBuilder::addProperty(const std::vector<std::string_view> &path)
{
    const std::string pathText = joinPath(path);
    if (std::find(m_addedPaths.begin(), m_addedPaths.end(), pathText) != m_addedPaths.end())
        return;
    m_addedPaths.push_back(pathText);

    // The deepest member of the path that the resource writes out. A value read from an
    // expression (`"sku": "[variables('sku')]"`) is written only down to that member.
    const JsonNode *written = m_resource.node;
    for (std::string_view key : path) {
        const JsonNode *member = written && written->isObject() ? written->member(key) : nullptr;
        if (!member)
            break;
        written = member;
    }

    const PropertyLookup lookup = m_resource.lookup(path);
    std::string label = "Property " + pathText;
    if (lookup.isPresent())
        label += " = " + valueText(lookup.value);
    else if (lookup.isMissing())
        label += " is missing";
    else
        label += " cannot be resolved";
    if (written)
        addStep(ProvenanceStep::Kind::Property, std::move(label), m_resource.file,
                writtenOffset(*written));
    else
        addStep(ProvenanceStep::Kind::Property, std::move(label), nullptr, 0);

    if (lookup.isPresent())
        addValueSource(lookup.value, m_steps.back());
}

void ProvenanceBuilder::addValueSource(const Value &value, const ProvenanceStep &propertyStep)
{
    const Origin &origin = value.origin();
    const std::string text = valueText(value);
    switch (origin.kind) {
    case OriginKind::Literal:
        // A literal is its own source, unless an expression read it from elsewhere.
        if (origin.isEditable()
            && (origin.file->path() != propertyStep.path
                || origin.file->lineOf(origin.node->span.begin) != propertyStep.line))
            addStep(ProvenanceStep::Kind::Literal, "Value " + text, origin.file,
                    origin.node->span.begin);
        return;
    case OriginKind::ParameterDefault:
        if (origin.node)
            addStep(ProvenanceStep::Kind::ParameterDefault,
                    "Parameter default " + origin.name + " = " + text, origin.file,
                    origin.node->span.begin);
        else if (origin.declaration)
            addStep(ProvenanceStep::Kind::ParameterDeclaration,
                    "Parameter " + origin.name + " without a value", origin.file,
                    writtenOffset(*origin.declaration));
        return;
    case OriginKind::ParameterValue: {
        if (origin.node)
            addStep(ProvenanceStep::Kind::ParameterValue,
                    "Parameter value " + origin.name + " = " + text, origin.file,
                    origin.node->span.begin);
        const SourceFile *declarationFile
            = origin.declarationFile ? origin.declarationFile : origin.file;
        if (origin.declaration)
            addStep(ProvenanceStep::Kind::ParameterDeclaration, "Parameter " + origin.name,
                    declarationFile, writtenOffset(*origin.declaration));
        return;
    }
    case OriginKind::Variable:
        if (origin.node)
            addStep(ProvenanceStep::Kind::Variable, "Variable " + origin.name + " = " + text,
                    origin.file, origin.node->span.begin);
        return;
    case OriginKind::Computed: {
        // No span contains a computed value, so the step points at the property that computes it.
        ProvenanceStep step = propertyStep;
        step.kind = ProvenanceStep::Kind::Computed;
        step.label = origin.expression.empty() ? "Computed by an expression"
                                               : "Computed by " + origin.expression;
        m_steps.push_back(std::move(step));
        return;
    }
    }
}

} // namespace compliance
