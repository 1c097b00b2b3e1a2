// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>

namespace compliance {

/// The fix preview of one file as a list of labelled lines ("Line 12 removed: …", "Line 12
/// added: …", "Line 13 unchanged: …") for screen readers, in place of two columns to compare.
///
/// Removed and unchanged lines carry their 1-based number in the original text, added lines
/// their number in the fixed text.
class FixPreviewLineList : public QListWidget
{
    Q_OBJECT

public:
    explicit FixPreviewLineList(QWidget *parent = nullptr);

    /// Lists the lines of `originalText` and `fixedText` (LF line ends) of the file named
    /// `displayName`, with removed lines before the added lines that replace them.
    void showTexts(const QString &displayName, const QString &originalText,
                   const QString &fixedText);
};

} // namespace compliance
