// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <filesystem>

namespace compliance::bench {

/// Timings of opening one template's fix in a new FixPreview.
struct PreviewFigures
{
    double firstOpenMs = -1; ///< The first open in the process, which loads the syntax definitions.
    double openMs = -1; ///< Median over the runs after the first.
    int visibleLines = 0; ///< Non-empty lines in the viewports of the preview's code views.
    int colouredLines = 0; ///< Of those, the lines that have syntax colours.
    QString message; ///< Why nothing was measured, when nothing was.
};

/// Opens the first fixable finding of `templatePath` (under the scanned folder `root`) in a
/// shown FixPreview and times it until the visible part is laid out and painted.
PreviewFigures measurePreview(const std::filesystem::path &root,
                              const std::filesystem::path &templatePath, int runs);

/// Responsiveness of the real main window while it scans a folder.
struct GuiFigures
{
    double maxTickGapMs = 0; ///< Longest gap between 5 ms timer ticks in the GUI thread, worst run.
    double medianMaxTickGapMs = 0; ///< The same, median over the runs.
    double maxTickGapEndMs = 0; ///< When the worst gap ended, counted from openFolder.
    /// The maximum time between two files of one delivery: the main window's work on one file.
    double maxFileHandlingMs = 0;
    /// The maximum gap in one second without a scan: the delay the machine's load alone causes.
    double idleMaxTickGapMs = 0;
    double firstFindingMs = -1; ///< From openFolder to the first file with a finding, median.
    double scanMs = 0; ///< From openFolder to the finished signal, median.
    int deliveries = 0; ///< Event-loop ticks in which files arrived, median.
    int files = 0; ///< Files delivered in the last full run.
    double cancelLatencyMs = -1; ///< From ScanController::cancel() to finished, median.
    int filesBeforeCancel = 0; ///< Files delivered when the last cancel was requested.
};

/// Scans `folder` `runs` times in a shown MainWindow, then `runs` times more with a cancel
/// requested `cancelAfterMs` after the start.
GuiFigures measureGui(const QString &folder, int runs, int cancelAfterMs);

} // namespace compliance::bench
