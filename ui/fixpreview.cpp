// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/fixpreview.h"

#include "ui/codehighlighter.h"
#include "ui/codeview.h"
#include "ui/fixsession.h"
#include "ui/linediff.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPreview, "complianceviewer.ui.preview")

namespace compliance {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// The views show LF line ends, so line numbers match the diff's line list.
QString displayText(const std::string &text)
{
    QString result = qs(text);
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return result;
}

QStringList linesOf(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

FixPreview::FixPreview(FixSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
    , m_originalTitle(new QLabel(tr("Original"), this))
    , m_fixedTitle(new QLabel(tr("Fixed"), this))
    , m_original(new CodeView(this))
    , m_fixed(new CodeView(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_applyAll(new QPushButton(tr("Apply All in &File"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_apply->setToolTip(tr("Add this finding's fix to the file's unsaved changes"));
    m_applyAll->setToolTip(tr("Add the fixes of every failing finding in this file"));
    m_save->setToolTip(tr("Write the fixed text to disk and scan the file again"));
    m_revert->setToolTip(tr("Drop the unsaved fixes of this file"));

    connect(m_apply, &QPushButton::clicked, this, &FixPreview::applyFix);
    connect(m_applyAll, &QPushButton::clicked, this, &FixPreview::applyAllInFile);
    connect(m_save, &QPushButton::clicked, this, &FixPreview::save);
    connect(m_revert, &QPushButton::clicked, this, &FixPreview::revert);
    connect(m_session, &FixSession::changed, this, [this](const QString &path) {
        if (path.toStdString() == m_path)
            refresh();
    });
    syncScrolling();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_applyAll);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *views = new QGridLayout;
    views->addWidget(m_originalTitle, 0, 0);
    views->addWidget(m_fixedTitle, 0, 1);
    views->addWidget(m_original, 1, 0);
    views->addWidget(m_fixed, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_status);
    layout->addLayout(views, 1);
    layout->addLayout(buttons);
    showMessage(tr("Select a finding to preview its fix."));
}

void FixPreview::syncScrolling()
{
    const auto link = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    link(m_original->verticalScrollBar(), m_fixed->verticalScrollBar());
    link(m_fixed->verticalScrollBar(), m_original->verticalScrollBar());
    link(m_original->horizontalScrollBar(), m_fixed->horizontalScrollBar());
    link(m_fixed->horizontalScrollBar(), m_original->horizontalScrollBar());
}

void FixPreview::showMessage(const QString &message)
{
    m_finding.reset();
    m_fileFindings.clear();
    m_path.clear();
    m_original->clear();
    m_fixed->clear();
    m_originalTitle->setText(tr("Original"));
    m_fixedTitle->setText(tr("Fixed"));
    m_description->setText(message);
    setStatus({}, false);
    updateButtons();
}

void FixPreview::showFinding(const FileScanResult &file, int findingIndex)
{
    if (findingIndex < 0 || findingIndex >= static_cast<int>(file.findings.size())) {
        showMessage(tr("Select a finding to preview its fix."));
        return;
    }
    m_finding = file.findings[findingIndex];
    m_fileFindings = file.findings;
    // A fix may edit another file than the template, such as a parameter file.
    m_path = m_finding->isFixable() ? m_finding->fix->edits.front().path : m_finding->path;
    setStatus({}, false);

    const QString fileName = QFileInfo(qs(m_path)).fileName();
    CodeHighlighter::attach(m_original->document(), fileName, palette());
    CodeHighlighter::attach(m_fixed->document(), fileName, palette());

    const Finding &finding = *m_finding;
    QString description;
    if (finding.isFixable())
        description = tr("Fix: %1").arg(qs(finding.fix->description));
    else if (!finding.fixUnavailableReason.empty())
        description = tr("No fix: %1").arg(qs(finding.fixUnavailableReason));
    else if (finding.outcome == Outcome::Pass)
        description = tr("Pass: nothing to fix");
    else
        description = tr("No fix is offered for this outcome: %1").arg(qs(finding.reason));
    m_description->setText(description);
    refresh();
}

std::vector<TextEdit> FixPreview::pendingEdits() const
{
    if (!m_finding || !m_finding->isFixable())
        return {};
    return m_finding->fix->edits;
}

void FixPreview::refresh()
{
    const std::shared_ptr<const SourceFile> source = m_session->source(m_path);
    if (!source) {
        m_original->clear();
        m_fixed->clear();
        setStatus(tr("%1 could not be read, so there is nothing to preview.").arg(qs(m_path)),
                  true);
        updateButtons();
        return;
    }

    Result<std::string> fixed = m_session->previewText(m_path, pendingEdits());
    if (!fixed) {
        setStatus(tr("This fix conflicts with a fix already applied: %1").arg(qs(fixed.error())),
                  true);
        fixed = m_session->fixedText(m_path);
    }
    const QString originalText = displayText(source->text());
    const QString fixedText = fixed ? displayText(fixed.value()) : originalText;
    m_original->setPlainText(originalText);
    m_fixed->setPlainText(fixedText);

    const QString fileName = QFileInfo(qs(m_path)).fileName();
    m_originalTitle->setText(tr("Original: %1").arg(fileName));
    m_fixedTitle->setText(m_session->isModified(m_path) ? tr("Fixed: %1 (unsaved)").arg(fileName)
                                                        : tr("Fixed: %1").arg(fileName));

    const LineDiff diff = LineDiff::compute(linesOf(originalText), linesOf(fixedText));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_original->setMarkedLines(diff.changedOldLines(),
                               dark ? QColor(0x5c, 0x26, 0x26) : QColor(0xff, 0xd7, 0xd5));
    m_fixed->setMarkedLines(diff.changedNewLines(),
                            dark ? QColor(0x1f, 0x4a, 0x2a) : QColor(0xd4, 0xf8, 0xd4));

    // The finding's line is in the template. In another file, start at the first change.
    int line = 0;
    if (m_finding && m_finding->path == m_path)
        line = std::max(0, m_finding->line - 1);
    else if (!diff.changedOldLines().isEmpty())
        line = diff.changedOldLines().front();
    const int fixedLine = diff.mapOldToNew(line);

    // Open on the finding's line, but move down to the first change when both do not fit on
    // one screen, since an inserted policy often lands far below the declaration.
    const int visible = m_fixed->visibleLineCount();
    int top = std::max(0, fixedLine - 2);
    if (!diff.changedNewLines().isEmpty()) {
        const int firstChange = diff.changedNewLines().front();
        if (firstChange < top || firstChange >= top + visible - 2)
            top = std::max(0, firstChange - visible / 3);
    }
    m_syncing = true;
    m_original->showLine(line, top);
    m_fixed->showLine(fixedLine, top);
    m_syncing = false;
    updateButtons();
}

void FixPreview::updateButtons()
{
    const bool fixable = m_finding && m_finding->isFixable();
    m_apply->setEnabled(fixable && !m_session->isApplied(m_finding->fix->edits));
    bool anyUnapplied = false;
    for (const Finding &finding : m_fileFindings) {
        if (finding.isFixable() && !m_session->isApplied(finding.fix->edits))
            anyUnapplied = true;
    }
    m_applyAll->setEnabled(anyUnapplied);
    const bool modified = !m_path.empty() && m_session->isModified(m_path);
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}

void FixPreview::setStatus(const QString &message, bool isError)
{
    m_status->setText(message);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #c42b1c;") : QString());
    m_status->setVisible(!message.isEmpty());
}

void FixPreview::applyFix()
{
    if (!m_finding || !m_finding->isFixable())
        return;
    const Status status = m_session->apply(m_finding->fix->edits);
    if (!status)
        setStatus(tr("The fix was not applied: %1").arg(qs(status.error())), true);
    updateButtons();
}

void FixPreview::applyAllInFile()
{
    QStringList failures;
    for (const Finding &finding : m_fileFindings) {
        if (!finding.isFixable() || m_session->isApplied(finding.fix->edits))
            continue;
        // Each fix is applied on its own, so one conflict does not block the others.
        const Status status = m_session->apply(finding.fix->edits);
        if (!status)
            failures << qs(finding.resource) + QStringLiteral(": ") + qs(status.error());
    }
    if (!failures.isEmpty())
        setStatus(tr("Some fixes were not applied:\n%1").arg(failures.join(QLatin1Char('\n'))),
                  true);
    updateButtons();
}

void FixPreview::save()
{
    const std::string path = m_path;
    const Status status = m_session->save(path);
    if (!status) {
        setStatus(tr("The file was not saved: %1").arg(qs(status.error())), true);
        return;
    }
    setStatus(tr("Saved %1.").arg(qs(path)), false);
    qCInfo(lcPreview) << "Saved fixes to" << qs(path);
    emit saved(qs(path));
}

void FixPreview::revert()
{
    m_session->revert(m_path);
    setStatus({}, false);
}

} // namespace compliance
