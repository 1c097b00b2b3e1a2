// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"

#include <QModelIndex>
#include <QString>

#include <vector>

class QAbstractItemModel;

namespace compliance {

class FindingsModel;

/// The findings and file errors behind a set of rows, each once, in row order.
struct RowResults
{
    std::vector<Finding> findings;
    std::vector<FileError> errors;
};

/// Returns the column-0 indexes of the rows of `model` (a FindingsModel or a proxy of it) that
/// stand for results: rows without children that show a finding or a file error, depth-first
/// in display order, below `parent`.
std::vector<QModelIndex> shownResultRows(const QAbstractItemModel &model,
                                         const QModelIndex &parent = {});

/// Collects the findings and errors of `rows`, indexes of `model`. A loop row counts as its
/// representative finding and an instance row as the finding it belongs to.
RowResults resultsOfRows(const FindingsModel &model, const std::vector<QModelIndex> &rows);

/// One line per finding, "Fail  main.bicep:12  acr1  Azure.ACR.ContentTrust  reason", then
/// one line per error, "Error  main.bicep:3  message".
QString resultsAsText(const RowResults &results);

/// The findings as a JSON array in the shape of the `results` of `--format json`. With errors,
/// an object with that report's `results` and `errors` members instead, so no row is left out.
QString resultsAsJson(const RowResults &results);

} // namespace compliance
