// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scan/scanner.h"
#include "ui/findingrows.h"

#include <QVariant>

namespace compliance {

// The item data of each kind of FindingsModel row, for one column and role
// (FindingsModel::Role or a Qt::ItemDataRole).

QVariant fileRowData(const FileScanResult &file, int column, int role);
/// The data of a group row titled `title` whose rows have `counts` and `errors` file errors.
QVariant groupHeaderData(const QString &title, const OutcomeCounts &counts, int errors, int column,
                         int role);
QVariant findingRowData(const FileScanResult &file, int findingIndex, int column, int role);
QVariant loopRowData(const FileScanResult &file, const FindingRow &row, int column, int role);
QVariant instanceRowData(const FileScanResult &file, const LoopInstanceRef &instance, int column,
                         int role);
QVariant errorRowData(const FileScanResult &file, int errorIndex, int column, int role);

} // namespace compliance
