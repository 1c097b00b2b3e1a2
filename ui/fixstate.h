// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace compliance {

/// The state of the fix of the finding that the fix preview shows.
enum class FixState {
    None, ///< No finding is shown, or the finding has no fix.
    Available, ///< The fix can be applied.
    Applied, ///< Some of the fix's edits are applied but not saved.
    Saved, ///< The shown files were saved and have no unsaved edits.
    Failed, ///< The last save of the shown files failed.
    Stale, ///< A shown file changed on disk since it was scanned, so the fix needs a rescan.
};

/// The state's short name for the badge: "No fix", "Fix available", "Applied, unsaved",
/// "Saved", "Save failed" or "Stale".
QString fixStateName(FixState state);

} // namespace compliance

Q_DECLARE_METATYPE(compliance::FixState)
