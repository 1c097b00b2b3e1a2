// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/whynavigation.h"

#include "ui/codeview.h"
#include "ui/filediffpane.h"
#include "ui/findingsfiltermodel.h"
#include "ui/findingsmodel.h"
#include "ui/fixpreview.h"
#include "ui/whyview.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QShortcut>
#include <QTabWidget>

#include <algorithm>

namespace compliance {

bool revealInPreview(FixPreview *preview, const std::string &path, int line)
{
    const std::vector<std::string> &paths = preview->shownPaths();
    const auto shown = std::find(paths.begin(), paths.end(), path);
    if (shown == paths.end() || line <= 0)
        return false;

    FileDiffPane *pane = preview->pane(static_cast<int>(shown - paths.begin()));
    preview->fileTabs()->setCurrentWidget(pane);
    CodeView *view = pane->revealOriginalLine(line - 1);
    if (!view)
        return false;
    view->setFocus(Qt::OtherFocusReason);
    return true;
}

void connectWhyView(WhyView *why, QAbstractItemView *findings, FindingsFilterModel *filter,
                    FindingsModel *model, FixPreview *preview, QTabWidget *tabs)
{
    QObject::connect(findings->selectionModel(), &QItemSelectionModel::currentChanged, why,
                     [why, filter, model](const QModelIndex &current) {
                         const QModelIndex source = filter->mapToSource(current.siblingAtColumn(0));
                         why->showFinding(model->findingFor(source));
                     });
    QObject::connect(
        why, &WhyView::stepActivated, why, [why, preview, tabs](const QString &path, int line) {
            const std::vector<std::string> &paths = preview->shownPaths();
            if (std::find(paths.begin(), paths.end(), path.toStdString()) == paths.end()) {
                why->showSource(path, line);
                return;
            }
            // The preview's tab is shown first, because a pane that becomes visible scrolls to
            // its fix and would move the cursor again.
            tabs->setCurrentWidget(preview);
            revealInPreview(preview, path.toStdString(), line);
        });

    auto *showWhy = new QShortcut(
        QKeySequence(QStringLiteral("Ctrl+Shift+Y"), QKeySequence::PortableText), tabs->window());
    showWhy->setContext(Qt::WindowShortcut);
    QObject::connect(showWhy, &QShortcut::activated, why, [why, tabs] {
        tabs->setCurrentWidget(why);
        why->stepList()->setFocus(Qt::ShortcutFocusReason);
    });
}

} // namespace compliance
