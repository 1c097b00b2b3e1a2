// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/fixpreviewlinelist.h"

#include "ui/linediff.h"

#include <QSet>

namespace compliance {

namespace {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    // A final newline ends the last line rather than starting an empty one.
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

} // namespace

FixPreviewLineList::FixPreviewLineList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("accessibleDiffList"));
    setAccessibleName(tr("Fix preview as a list of lines"));
    setUniformItemSizes(true);
}

void FixPreviewLineList::showTexts(const QString &displayName, const QString &originalText,
                                   const QString &fixedText)
{
    setAccessibleDescription(tr("Changes of %1").arg(displayName));
    const QStringList oldLines = splitLines(originalText);
    const QStringList newLines = splitLines(fixedText);
    const LineDiff diff = LineDiff::compute(oldLines, newLines);
    const QList<int> &removedList = diff.changedOldLines();
    const QList<int> &addedList = diff.changedNewLines();
    const QSet<int> removed(removedList.begin(), removedList.end());
    const QSet<int> added(addedList.begin(), addedList.end());

    QStringList labels;
    auto addLine = [&labels](const QString &text) {
        labels << text;
    };
    int oldLine = 0;
    int newLine = 0;
    while (oldLine < oldLines.size() || newLine < newLines.size()) {
        if (oldLine < oldLines.size() && removed.contains(oldLine)) {
            addLine(tr("Line %1 removed: %2").arg(oldLine + 1).arg(oldLines[oldLine]));
            ++oldLine;
        } else if (newLine < newLines.size() && added.contains(newLine)) {
            addLine(tr("Line %1 added: %2").arg(newLine + 1).arg(newLines[newLine]));
            ++newLine;
        } else {
            const QString text = oldLine < oldLines.size() ? oldLines[oldLine] : QString();
            addLine(tr("Line %1 unchanged: %2").arg(oldLine + 1).arg(text));
            ++oldLine;
            ++newLine;
        }
    }

    // Rows are relabelled in place rather than rebuilt, because accessibility clients keep
    // the rows they already read and would otherwise hold rows that no longer exist.
    while (count() > labels.size())
        delete takeItem(count() - 1);
    for (int row = 0; row < labels.size(); ++row) {
        QListWidgetItem *line = row < count() ? item(row) : new QListWidgetItem(this);
        line->setText(labels[row]);
        line->setData(Qt::AccessibleTextRole, labels[row]);
    }
}

} // namespace compliance
