// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/model/finding.h"

#include <algorithm>

namespace compliance {

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return "Pass";
    case Outcome::Fail:
        return "Fail";
    case Outcome::NotApplicable:
        return "NotApplicable";
    case Outcome::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

std::optional<Outcome> outcomeFromName(std::string_view name)
{
    for (Outcome outcome :
         { Outcome::Pass, Outcome::Fail, Outcome::NotApplicable, Outcome::Unknown }) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

std::vector<std::string> Fix::paths() const
{
    std::vector<std::string> result;
    for (const TextEdit &edit : edits) {
        if (std::find(result.begin(), result.end(), edit.path) == result.end())
            result.push_back(edit.path);
    }
    return result;
}

} // namespace compliance
