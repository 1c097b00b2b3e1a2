// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/arm/templatescope.h"
#include "core/model/deployedresource.h"

#include <functional>

namespace compliance {

/// A resource of an ARM template, evaluated in the scope that declares it.
class ArmResource : public DeployedResource
{
public:
    PropertyLookup lookup(const std::vector<std::string_view> &path) const override;

    TemplateScope *scope = nullptr;
};

using ResourceVisitor = std::function<void(const ArmResource &)>;
/// Tells the walker which resource types to evaluate and visit; the others are only searched
/// for nested resources, so none of their expressions is evaluated.
using ResourceTypeFilter = std::function<bool(std::string_view type)>;

/// Walks every resource a template declares: top-level resources (an array, or an object keyed
/// by symbolic name in languageVersion 2.0), child resources declared inside another
/// resource's `resources`, and the resources of inline nested deployments to any depth, each
/// evaluated in its deployment's inner or outer scope. Copy loops are expanded per instance
/// (count capped at 800, as ARM caps it).
///
/// `visit` is called for every instance of a type that `wanted` accepts, while the scopes it
/// refers to are alive. Nested deployments are always evaluated, to reach their resources.
void walkTemplate(TemplateScope &rootScope, const ResourceTypeFilter &wanted,
                  const ResourceVisitor &visit);

/// True when `schema` (a template's `$schema`) names a deployment template.
bool isDeploymentTemplateSchema(std::string_view schema);

} // namespace compliance
