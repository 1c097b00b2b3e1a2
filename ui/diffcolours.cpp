// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/diffcolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace compliance {

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

bool isBlackOrWhite(const QColor &colour)
{
    const QRgb rgb = colour.rgb() & 0xffffff;
    return rgb == 0x000000 || rgb == 0xffffff;
}

} // namespace

double DiffColours::contrastRatio(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

bool DiffColours::isHighContrast(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isBlackOrWhite(window) && isBlackOrWhite(palette.color(QPalette::Base))
        && contrastRatio(window, palette.color(QPalette::WindowText)) > 10.0;
}

QColor DiffColours::removedLineFill(bool dark)
{
    return dark ? QColor(0x5c, 0x26, 0x26) : QColor(0xff, 0xd7, 0xd5);
}

QColor DiffColours::addedLineFill(bool dark)
{
    return dark ? QColor(0x1a, 0x42, 0x26) : QColor(0xd4, 0xf8, 0xd4);
}

CodeMarkColours DiffColours::forPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    CodeMarkColours colours;
    if (isHighContrast(palette)) {
        colours.outline = true;
        colours.removedLine = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x00);
        colours.addedLine = dark ? QColor(0x5c, 0xff, 0x5c) : QColor(0x00, 0x6a, 0x00);
        colours.removedText = colours.removedLine;
        colours.addedText = colours.addedLine;
        return colours;
    }
    colours.removedLine = removedLineFill(dark);
    colours.addedLine = addedLineFill(dark);
    colours.removedText = dark ? QColor(0x94, 0x33, 0x33) : QColor(0xff, 0x9c, 0x96);
    colours.addedText = dark ? QColor(0x25, 0x6e, 0x3d) : QColor(0x8c, 0xe0, 0x8c);
    colours.changedCharacterText = palette.color(QPalette::Text);
    return colours;
}

} // namespace compliance
