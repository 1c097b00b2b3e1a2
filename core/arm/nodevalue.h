// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/arm/evaluator.h"
#include "core/json/jsonnode.h"
#include "core/model/value.h"

namespace compliance {

/// Converts a template node into a Value, evaluating expression strings with `scope`.
///
/// Every literal part gets `base` as its origin with `node` set to the part's own node, so a
/// member of a parameter's default object still points at its own span.
Value valueFromNode(const JsonNode &node, EvaluationScope &scope, const Origin &base);

/// Converts a node into a Value without evaluating strings, as parameter files are read.
Value literalValueFromNode(const JsonNode &node, const Origin &base);

} // namespace compliance
