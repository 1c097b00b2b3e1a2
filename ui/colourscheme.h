// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace compliance {

/// The colours the viewer is drawn in: the desktop's, or one of three built-in palettes that
/// look the same on every desktop (for screenshots, and for users whose desktop theme has no
/// dark or high-contrast variant).
enum class ColourScheme { System, Light, Dark, HighContrast };

/// Parses "system", "light", "dark" or "high-contrast"; returns nothing for other names.
std::optional<ColourScheme> colourSchemeFromName(const QString &name);

/// The palette of a built-in scheme. For ColourScheme::System, the current style's standard
/// palette.
QPalette paletteFor(ColourScheme scheme);

/// Switches the application to `scheme`. The built-in schemes use the Fusion style, which draws
/// every widget from the palette; System keeps the platform's style and palette.
void applyColourScheme(QApplication &application, ColourScheme scheme);

} // namespace compliance
