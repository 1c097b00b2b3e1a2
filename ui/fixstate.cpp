// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/fixstate.h"

#include <QCoreApplication>

namespace compliance {

QString fixStateName(FixState state)
{
    switch (state) {
    case FixState::None:
        return QCoreApplication::translate("FixState", "No fix");
    case FixState::Available:
        return QCoreApplication::translate("FixState", "Fix available");
    case FixState::Applied:
        return QCoreApplication::translate("FixState", "Applied, unsaved");
    case FixState::Saved:
        return QCoreApplication::translate("FixState", "Saved");
    case FixState::Failed:
        return QCoreApplication::translate("FixState", "Save failed");
    case FixState::Stale:
        return QCoreApplication::translate("FixState", "Stale");
    }
    return {};
}

} // namespace compliance
