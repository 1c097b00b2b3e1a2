// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace compliance {

/// The object name of the reason dialog, so tests can find it and fill it in.
inline constexpr char kSuppressionDialogName[] = "suppressionReasonDialog";

/// Asks for the reason to suppress the finding of `resource` in `file` with a QInputDialog.
/// A blank reason makes it ask again, saying a reason is required. With `wholeLoop`, the question
/// states that every instance of the copy loop is accepted. Returns the trimmed reason, or nothing
/// when the user cancels.
std::optional<QString> askSuppressionReason(QWidget *parent, const QString &resource,
                                            const QString &file, bool wholeLoop);

} // namespace compliance
