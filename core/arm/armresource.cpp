// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/arm/arm_internal.h"
#include "core/arm/nodevalue.h"
#include "core/arm/templatewalker.h"

namespace compliance {

namespace {

// Walks literal nodes while it can and switches to evaluated values at the first expression,
// so that only the members on the path are evaluated.
struct PathCursor
{
    const JsonNode *node = nullptr;
    Value value;
};

} // namespace

PropertyLookup ArmResource::lookup(const std::vector<std::string_view> &path) const
{
    PropertyLookup result;
    const Origin literal { OriginKind::Literal, file, nullptr, {}, nullptr, {} };

    PathCursor cursor { node, {} };
    Value parent = valueOfObjectNode(*node, literal);

    for (std::size_t depth = 0; depth < path.size(); ++depth) {
        const std::string_view key = path[depth];

        if (cursor.node) {
            const JsonNode *child = cursor.node->isObject() ? cursor.node->member(key) : nullptr;
            if (!child) {
                result.state = PropertyLookup::State::Missing;
                result.container = valueOfObjectNode(*cursor.node, literal);
                result.existingDepth = depth;
                return result;
            }
            parent = valueOfObjectNode(*cursor.node, literal);
            if (child->isString() || depth + 1 == path.size()) {
                cursor = PathCursor { nullptr, valueFromNode(*child, *scope, literal) };
            } else {
                cursor = PathCursor { child, {} };
            }
            continue;
        }

        if (cursor.value.isUnknown()) {
            result.state = PropertyLookup::State::Unknown;
            result.value = cursor.value;
            return result;
        }
        const Value *member = cursor.value.isObject() ? cursor.value.member(key) : nullptr;
        if (!member) {
            result.state = PropertyLookup::State::Missing;
            result.container = cursor.value;
            result.existingDepth = depth;
            return result;
        }
        parent = cursor.value;
        cursor.value = *member;
    }

    if (cursor.node)
        cursor.value = valueFromNode(*cursor.node, *scope, literal);
    if (cursor.value.isUnknown()) {
        result.state = PropertyLookup::State::Unknown;
        result.value = cursor.value;
        return result;
    }
    result.state = PropertyLookup::State::Present;
    result.value = cursor.value;
    result.container = parent;
    return result;
}

} // namespace compliance
