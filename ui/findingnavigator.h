// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QModelIndex>

class QAbstractItemModel;

namespace compliance {

/// Returns the column-0 index of the finding row after (`forward`) or before `current` in the
/// tree's display order of `model`, a FindingsModel or a proxy of it. Only rows that show one
/// finding and have no children qualify: file rows and loop rows with instance rows lead to
/// their first instance, and error rows are skipped. The search wraps around at either end.
/// An invalid `current` gives the first (or last) finding. Returns an invalid index when the
/// model has no finding rows.
QModelIndex adjacentFindingIndex(const QAbstractItemModel &model, const QModelIndex &current,
                                 bool forward);

} // namespace compliance
