#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace reflekt {

// What a screen reader learns, read through the QAccessibleInterface the AT-SPI bridge reads:
// names, visible labels and mnemonics. (Offscreen, Qt delivers no accessibility events: without a
// platform bridge QAccessible::isActive() stays false. tests/a11y watches them over AT-SPI.)

/** The accessible name a screen reader gets. */
QString accessibleName(QWidget* w);
/** The text a sighted user reads as the widget's label: a button's text, else its buddy label's. */
QString visibleLabel(QWidget* w);
/** For comparing a label with a name: no "&", "…", arrows or trailing colon, spaces simplified. */
QString labelWords(QString text);
/** "QPushButton(objectName)" with its parents up to the window, for messages. */
QString describeWidget(QWidget* w);
/** The widgets of `window` that can take the focus (shown; not a combo or spin box's own line edit). */
QList<QWidget*> focusableWidgets(QWidget* window);
/** Focusable widgets whose name is empty or does not start with their visible label (WCAG 2.5.3). */
QStringList labelsMissingFromNames(QWidget* window);
/** Alt+letter used by more than one shown control or menu of `window`: "p: ← Previous, Print…". */
QStringList mnemonicClashes(QWidget* window);

} // namespace reflekt
