// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/scansettings.h"

#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcScanSettings, "complianceviewer.ui.scansettings")

namespace compliance {

ScanOptions viewerScanOptions()
{
    ScanOptions options;
    const QVariant stored = QSettings().value(QStringLiteral("scan/maxFileSizeMiB"));
    if (!stored.isValid())
        return options;
    bool ok = false;
    const uint mebibytes = stored.toUInt(&ok);
    if (!ok || mebibytes == 0 || mebibytes > 4096) {
        qCWarning(lcScanSettings) << "Ignored scan/maxFileSizeMiB" << stored
                                  << "; expected a whole number from 1 to 4096";
        return options;
    }
    options.maxFileBytes = std::uintmax_t(mebibytes) * 1024u * 1024u;
    return options;
}

} // namespace compliance
