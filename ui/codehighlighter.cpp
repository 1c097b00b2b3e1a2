// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/codehighlighter.h"

#include <QLoggingCategory>
#include <QPalette>
#include <QTextDocument>

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

Q_LOGGING_CATEGORY(lcHighlight, "complianceviewer.ui.highlight")

namespace compliance {

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING

namespace {

// Loading the definitions is slow, so the process shares one repository.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace

void CodeHighlighter::attach(QTextDocument *document, const QString &fileName,
                             const QPalette &palette)
{
    if (!document)
        return;
    auto *highlighter = document->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    if (!highlighter)
        highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);

    KSyntaxHighlighting::Definition definition = repository().definitionForFileName(fileName);
    if (!definition.isValid())
        definition = repository().definitionForName(QStringLiteral("JSON"));
    if (!definition.isValid()) {
        qCWarning(lcHighlight) << "No syntax definition found for" << fileName;
        return;
    }

    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const auto theme
        = repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                         : KSyntaxHighlighting::Repository::LightTheme);
    // NOTE: the highlighter colours the whole document in one pass, which stalls the GUI for a
    // noticeable moment on templates of tens of thousands of lines.
    highlighter->setTheme(theme);
    highlighter->setDefinition(definition);
}

bool CodeHighlighter::isAvailable()
{
    return true;
}

#else

void CodeHighlighter::attach(QTextDocument *, const QString &, const QPalette &)
{ }

bool CodeHighlighter::isAvailable()
{
    return false;
}

#endif

} // namespace compliance
