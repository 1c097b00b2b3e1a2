// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/stalefilebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace compliance {

StaleFileBanner::StaleFileBanner(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_rescan(new QPushButton(tr("Rescan"), this))
{
    setObjectName(QStringLiteral("staleFileBanner"));
    // Fixed colours with dark text, like the shared-value banner, so it reads in both themes.
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("QWidget#staleFileBanner { background: #fde7e9; } "
                                 "QWidget#staleFileBanner QLabel { color: #5c0a12; }"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rescan->setToolTip(tr("Scan the changed files again, which drops their stale fixes"));
    m_rescan->setAccessibleName(tr("Rescan changed files"));
    setAccessibleName(tr("Files changed on disk"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_rescan, 0, Qt::AlignTop);

    connect(m_rescan, &QPushButton::clicked, this, [this] {
        // The receivers rescan the files, which calls showFiles, so they get a copy.
        const QStringList paths = m_paths;
        emit rescanRequested(paths);
    });
    hide();
}

void StaleFileBanner::showFiles(const QStringList &messages, const QStringList &paths)
{
    m_paths = paths;
    m_message->setText(messages.join(QLatin1Char('\n')));
    setVisible(!messages.isEmpty());
}

} // namespace compliance
