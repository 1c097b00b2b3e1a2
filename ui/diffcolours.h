// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/codeview.h"

class QPalette;

namespace compliance {

/// The colours of diff marks for a palette: light, dark or high contrast.
class DiffColours
{
public:
    /// Returns the mark colours for `palette`. A high-contrast palette gets outlines in place of
    /// fills, since tinted backgrounds lower the contrast such a palette was chosen for.
    static CodeMarkColours forPalette(const QPalette &palette);

    /// Whether `palette` is a high-contrast one: its Window and Base colours are each pure black
    /// or pure white, and Window against WindowText has a contrast ratio above 10:1 (the WCAG
    /// 2.x ratio of relative luminances). Qt offers no portable high-contrast hint, so the
    /// palette decides.
    static bool isHighContrast(const QPalette &palette);

    /// Returns the fill of a removed line in a light or dark palette without high contrast.
    static QColor removedLineFill(bool dark);
    /// Returns the fill of an added line in a light or dark palette without high contrast.
    static QColor addedLineFill(bool dark);

    /// Returns the WCAG 2.x contrast ratio of two colours, from 1 to 21.
    static double contrastRatio(const QColor &first, const QColor &second);
};

} // namespace compliance
