// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/json/jsonnode.h"
#include "core/model/value.h"

namespace compliance {

/// An object Value that stands for a literal object node without converting its members: it
/// carries the node as origin, which is all that fixes need from a container.
inline Value valueOfObjectNode(const JsonNode &node, const Origin &base)
{
    Origin origin = base;
    origin.node = &node;
    return Value::object({}, origin);
}

} // namespace compliance
