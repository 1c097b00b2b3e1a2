// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "ui/colourscheme.h"
#include "ui/diffcolours.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace compliance;

class TestColourScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesParse();
    void palettesReadable_data();
    void palettesReadable();
    void changedCharactersReadable_data();
    void changedCharactersReadable();
    void applySwitchesStyleAndPalette();
};

void TestColourScheme::namesParse()
{
    QCOMPARE(colourSchemeFromName(QStringLiteral("dark")), ColourScheme::Dark);
    QCOMPARE(colourSchemeFromName(QStringLiteral("high-contrast")), ColourScheme::HighContrast);
    QCOMPARE(colourSchemeFromName(QStringLiteral("system")), ColourScheme::System);
    QVERIFY(!colourSchemeFromName(QStringLiteral("Dark")));
    QVERIFY(!colourSchemeFromName(QString()));
}

void TestColourScheme::palettesReadable_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<bool>("darkBase");
    QTest::addColumn<double>("minimumContrast");
    // 4.5:1 is the WCAG AA level for body text. The high-contrast palette goes well past AAA (7:1).
    QTest::newRow("light") << int(ColourScheme::Light) << false << 4.5;
    QTest::newRow("dark") << int(ColourScheme::Dark) << true << 4.5;
    QTest::newRow("high contrast") << int(ColourScheme::HighContrast) << true << 15.0;
}

void TestColourScheme::palettesReadable()
{
    QFETCH(int, scheme);
    QFETCH(bool, darkBase);
    QFETCH(double, minimumContrast);
    const QPalette palette = paletteFor(static_cast<ColourScheme>(scheme));
    // The views pick their light or dark syntax theme by the base colour's lightness.
    QCOMPARE(palette.color(QPalette::Base).lightness() < 128, darkBase);
    for (const auto &[foreground, background] :
         { std::pair { QPalette::Text, QPalette::Base },
           std::pair { QPalette::WindowText, QPalette::Window },
           std::pair { QPalette::ButtonText, QPalette::Button },
           std::pair { QPalette::HighlightedText, QPalette::Highlight } }) {
        const double ratio
            = DiffColours::contrastRatio(palette.color(foreground), palette.color(background));
        QVERIFY2(ratio >= minimumContrast,
                 qPrintable(QStringLiteral("roles %1/%2: %3:1")
                                .arg(int(foreground))
                                .arg(int(background))
                                .arg(ratio, 0, 'f', 1)));
    }
}

void TestColourScheme::changedCharactersReadable_data()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("light") << int(ColourScheme::Light);
    QTest::newRow("dark") << int(ColourScheme::Dark);
}

void TestColourScheme::changedCharactersReadable()
{
    QFETCH(int, scheme);
    const CodeMarkColours colours
        = DiffColours::forPalette(paletteFor(static_cast<ColourScheme>(scheme)));
    QVERIFY(!colours.outline);
    for (const QColor &fill : { colours.removedText, colours.addedText }) {
        const double ratio = DiffColours::contrastRatio(colours.changedCharacterText, fill);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(colours.changedCharacterText.name(), fill.name())
                                .arg(ratio, 0, 'f', 1)));
    }
    // The stronger fill differs from its line's fill.
    QVERIFY(colours.removedText != colours.removedLine);
    QVERIFY(colours.addedText != colours.addedLine);
}

void TestColourScheme::applySwitchesStyleAndPalette()
{
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(application);
    applyColourScheme(*application, ColourScheme::Dark);
    QCOMPARE(QApplication::style()->objectName().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             paletteFor(ColourScheme::Dark).color(QPalette::Base));
    applyColourScheme(*application, ColourScheme::HighContrast);
    QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
    // Frames drawn a shade darker than a black window would vanish; they get white outlines.
    QVERIFY(application->styleSheet().contains(QLatin1String("border: 1px solid white")));
    applyColourScheme(*application, ColourScheme::Dark);
    QVERIFY(application->styleSheet().isEmpty());
}

QTEST_MAIN(TestColourScheme)
#include "tst_colourscheme.moc"
