// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

class QAbstractItemView;
class QTabWidget;

namespace compliance {

class FindingsFilterModel;
class FindingsModel;
class FixPreview;
class WhyView;

/// Puts the cursor on the 1-based `line` of the preview's original text of `path` and selects
/// that file's tab. Returns false when the preview does not show `path`.
bool revealInPreview(FixPreview *preview, const std::string &path, int line);

/// Connects `why` to the window's parts, so it lists the steps of the current finding in
/// `findings`, a view on `filter` over `model`. An activated step shows its line in the preview
/// when the preview shows that file, and selects the preview's tab in `tabs`. Otherwise the
/// line shows in the read-only source view of `why`. Ctrl+Shift+Y in the window of `tabs`
/// shows the Why tab and puts the focus on its steps.
void connectWhyView(WhyView *why, QAbstractItemView *findings, FindingsFilterModel *filter,
                    FindingsModel *model, FixPreview *preview, QTabWidget *tabs);

} // namespace compliance
