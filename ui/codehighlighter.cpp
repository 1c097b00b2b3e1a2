// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/codehighlighter.h"

#include "ui/syntaxrepository.h"

#include <QLoggingCategory>
#include <QPalette>
#include <QTextDocument>

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include "ui/viewporthighlighter.h"
#endif

Q_LOGGING_CATEGORY(lcHighlight, "complianceviewer.ui.highlight")

namespace compliance {

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING

void CodeHighlighter::attach(QTextDocument *document, const QString &fileName,
                             const QPalette &palette)
{
    if (!document)
        return;
    auto *highlighter = document->findChild<ViewportHighlighter *>();
    if (!highlighter)
        highlighter = new ViewportHighlighter(document);

    KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForFileName(fileName);
    if (!definition.isValid())
        definition = syntaxRepository().definitionForName(QStringLiteral("JSON"));
    if (!definition.isValid()) {
        qCWarning(lcHighlight) << "No syntax definition found for" << fileName;
        return;
    }

    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const auto theme
        = syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                               : KSyntaxHighlighting::Repository::LightTheme);
    // Each setter discards the colours, so skip them when nothing changes.
    if (highlighter->theme().name() != theme.name())
        highlighter->setTheme(theme);
    if (highlighter->definition() != definition)
        highlighter->setDefinition(definition);
}

void CodeHighlighter::highlightBlocks(QTextDocument *document, int first, int last)
{
    if (auto *highlighter = document ? document->findChild<ViewportHighlighter *>() : nullptr)
        highlighter->highlightBlocks(first, last);
}

bool CodeHighlighter::isAvailable()
{
    return true;
}

#else

void CodeHighlighter::attach(QTextDocument *, const QString &, const QPalette &)
{ }

void CodeHighlighter::highlightBlocks(QTextDocument *, int, int)
{ }

bool CodeHighlighter::isAvailable()
{
    return false;
}

#endif

} // namespace compliance
