// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/whyview.h"

#include "core/model/finding.h"
#include "core/source/sourcefile.h"
#include "ui/codehighlighter.h"
#include "ui/codeview.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWhy, "complianceviewer.ui.why")

namespace compliance {

WhyView::WhyView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_sourceTitle(new QLabel(this))
    , m_source(new CodeView(this))
{
    setObjectName(QStringLiteral("whyView"));
    setAccessibleName(tr("Why this outcome"));
    m_summary->setObjectName(QStringLiteral("whySummary"));
    m_summary->setAccessibleName(tr("Finding summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setObjectName(QStringLiteral("whySteps"));
    m_steps->setAccessibleName(tr("Provenance steps"));
    m_steps->setToolTip(tr("Press Enter or double-click a step to show its line"));
    m_sourceTitle->setObjectName(QStringLiteral("whySourceTitle"));
    m_sourceTitle->setAccessibleName(tr("Shown file"));
    m_source->setObjectName(QStringLiteral("whySource"));
    m_source->setAccessibleName(tr("Source of the selected step"));

    auto *sourcePane = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceTitle);
    sourceLayout->addWidget(m_source, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("whySplitter"));
    splitter->addWidget(m_steps);
    splitter->addWidget(sourcePane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_steps, &QListWidget::itemActivated, this, &WhyView::activate);
    sourcePane->hide();
    showFinding(nullptr);
}

QString WhyView::stepText(const ProvenanceStep &step, int number)
{
    const QString label = QString::fromStdString(step.label);
    if (step.line <= 0)
        return tr("%1. %2").arg(number).arg(label);
    const QString file = QString::fromStdString(step.file.empty() ? step.path : step.file);
    return tr("%1. %2 (%3:%4)").arg(number).arg(label, file).arg(step.line);
}

void WhyView::showFinding(const Finding *finding)
{
    m_steps->clear();
    if (!finding) {
        m_summary->setText(tr("Select a finding to see where its values come from."));
        return;
    }
    if (finding->provenance.empty()) {
        m_summary->setText(tr("No property decided this outcome."));
        return;
    }

    m_summary->setText(QString::fromStdString(finding->reason));
    int number = 1;
    for (const ProvenanceStep &step : finding->provenance) {
        auto *item = new QListWidgetItem(stepText(step, number++), m_steps);
        item->setData(PathRole, QString::fromStdString(step.path));
        item->setData(LineRole, step.line);
        if (step.line > 0)
            item->setToolTip(QString::fromStdString(step.path));
        else
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_steps->setCurrentRow(0);
}

void WhyView::activate(QListWidgetItem *item)
{
    const QString path = item->data(PathRole).toString();
    const int line = item->data(LineRole).toInt();
    if (path.isEmpty() || line <= 0)
        return;
    emit stepActivated(path, line);
}

bool WhyView::showSource(const QString &path, int line)
{
    m_source->parentWidget()->show();
    // The core's reader decodes the file as the scan did (BOM, UTF-16), so lines match.
    Result<SourceFile> file = readSourceFile(path.toStdString());
    if (!file) {
        qCWarning(lcWhy) << "Cannot show" << path << QString::fromStdString(file.error());
        m_sourcePath.clear();
        m_sourceTitle->setText(
            tr("Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromStdString(file.error())));
        m_source->clear();
        return false;
    }

    m_sourcePath = path;
    m_sourceLine = line - 1;
    // The step's line is shown as a tinted row of the code view, which keeps its tint while
    // the view scrolls.
    const QString text = QString::fromStdString(file.value().text());
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVector<CodeRow> rows;
    rows.reserve(lines.size());
    for (int index = 0; index < lines.size(); ++index) {
        CodeRow row = CodeRow::line(index);
        if (index == m_sourceLine)
            row.tint = CodeRow::Tint::Added;
        rows.append(row);
    }
    CodeHighlighter::attach(m_source->document(), QFileInfo(path).fileName(), palette());
    m_source->showRows(text, lines, rows);
    m_sourceTitle->setText(tr("%1, line %2").arg(QDir::toNativeSeparators(path)).arg(line));
    m_source->showLine(m_sourceLine, std::max(0, m_sourceLine - m_source->visibleLineCount() / 3));
    applyColours();
    return true;
}

void WhyView::applyColours()
{
    const QColor highlight = palette().color(QPalette::Highlight);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    CodeMarkColours colours;
    colours.addedLine = dark ? highlight.darker(160) : highlight.lighter(170);
    colours.addedText = colours.addedLine;
    m_source->setMarkColours(colours);
}

void WhyView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || m_sourcePath.isEmpty())
        return;
    // attach() picks the light or dark theme from the palette and keeps the highlighter.
    CodeHighlighter::attach(m_source->document(), QFileInfo(m_sourcePath).fileName(), palette());
    applyColours();
}

} // namespace compliance
