// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/json/jsonnode.h"

namespace compliance {

namespace {

char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

const JsonNode *JsonNode::member(std::string_view name) const
{
    if (type != JsonType::Object)
        return nullptr;
    for (const JsonNode &child : children) {
        if (equalsIgnoreCase(child.key, name))
            return &child;
    }
    return nullptr;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (toLowerAscii(a[i]) != toLowerAscii(b[i]))
            return false;
    }
    return true;
}

} // namespace compliance
