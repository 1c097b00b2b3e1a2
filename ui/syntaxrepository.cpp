// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/syntaxrepository.h"

#ifdef CV_HAVE_SYNTAX_HIGHLIGHTING

#include <KSyntaxHighlighting/Repository>

#include <QString>

// The definitions are compiled into the static UI library, whose resource initializer the linker
// drops unless something refers to it. Q_INIT_RESOURCE must be used outside a namespace.
static void initSyntaxResources()
{
    Q_INIT_RESOURCE(syntax);
}

namespace compliance {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    // Loading the definitions is slow, so it happens once. The search path is a resource
    // folder with a `syntax` subfolder, the layout KSyntaxHighlighting expects.
    static KSyntaxHighlighting::Repository *instance = [] {
        initSyntaxResources();
        auto *repository = new KSyntaxHighlighting::Repository;
        repository->addCustomSearchPath(QStringLiteral(":/syntax-definitions"));
        return repository;
    }();
    return *instance;
}

} // namespace compliance

#endif
