// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/bicep/bicepparameterfile.h"

#include "core/bicep/bicepexpressiontranslator.h"
#include "core/bicep/bicepparser.h"

namespace compliance {

BicepParameterFile translateBicepParameterFile(const SourceFile &source)
{
    BicepParameterFile result;
    BicepParseResult parsed = parseBicep(source.text());
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    BicepSymbols symbols = BicepSymbols::collect(parsed.program);
    BicepExpressionTranslator translator(symbols);

    JsonNode parameters;
    parameters.type = JsonType::Object;
    parameters.key = "parameters";
    JsonNode variables;
    variables.type = JsonType::Object;
    variables.key = "variables";
    for (const auto &declaration : parsed.program.declarations) {
        if (declaration->kind == BicepDeclaration::Kind::Using) {
            result.usingPath = declaration->path;
        } else if (declaration->kind == BicepDeclaration::Kind::Parameter && declaration->value) {
            JsonNode parameter;
            parameter.type = JsonType::Object;
            parameter.key = declaration->name;
            parameter.keySpan = declaration->nameSpan;
            parameter.span = declaration->span;
            JsonNode value = translator.translateValue(*declaration->value);
            value.key = "value";
            parameter.children.push_back(std::move(value));
            parameters.children.push_back(std::move(parameter));
        } else if (declaration->kind == BicepDeclaration::Kind::Variable && declaration->value) {
            JsonNode value = translator.translateValue(*declaration->value);
            value.key = declaration->name;
            value.keySpan = declaration->nameSpan;
            variables.children.push_back(std::move(value));
        }
    }
    result.root.type = JsonType::Object;
    result.root.children.push_back(std::move(parameters));
    result.root.children.push_back(std::move(variables));
    result.ok = true;
    return result;
}

} // namespace compliance
