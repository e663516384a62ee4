#include "AccessibilityProbe.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessibleInterface>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QWidget>

namespace reflekt {

namespace {
// The letter after a single "&" ("&&" is a literal ampersand), lower-cased; null if none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}
} // namespace

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString visibleLabel(QWidget* w)
{
    if (auto* button = qobject_cast<QAbstractButton*>(w))
        return button->text();
    if (auto* box = qobject_cast<QGroupBox*>(w))
        return box->title();
    for (QLabel* label : w->window()->findChildren<QLabel*>()) {
        if (label->buddy() == w && label->isVisibleTo(w->window()) && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

QString labelWords(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    for (const QString& mark :
         {QStringLiteral("…"), QStringLiteral("..."), QStringLiteral("←"), QStringLiteral("→")})
        text.remove(mark);
    text = text.simplified();
    while (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

QString describeWidget(QWidget* w)
{
    QStringList path;
    for (QObject* o = w; o && o != w->window(); o = o->parent())
        path.prepend(
            QStringLiteral("%1(%2)").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName()));
    return path.join(QStringLiteral(" > "));
}

QList<QWidget*> focusableWidgets(QWidget* window)
{
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        // Any focus policy: a screen reader is told `focusable` for click focus too.
        if (w->isWindow() || w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(window))
            continue;
        // A combo box's or spin box's line edit takes the focus for it; the reader names the owner.
        if (qobject_cast<QLineEdit*>(w) && (qobject_cast<QComboBox*>(w->parentWidget()) ||
                                            qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
            continue;
        out << w;
    }
    return out;
}

QStringList labelsMissingFromNames(QWidget* window)
{
    QStringList problems;
    for (QWidget* w : focusableWidgets(window)) {
        const QString name = accessibleName(w);
        const QString label = labelWords(visibleLabel(w));
        if (name.trimmed().isEmpty())
            problems << QStringLiteral("%1: no name").arg(describeWidget(w));
        else if (!label.isEmpty() && !labelWords(name).startsWith(label, Qt::CaseInsensitive))
            problems
                << QStringLiteral("%1: shows \"%2\", is named \"%3\"").arg(describeWidget(w), label, name);
    }
    return problems;
}

QStringList mnemonicClashes(QWidget* window)
{
    QMap<QChar, QStringList> users;
    const auto add = [&users](const QString& text) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            users[key] << labelWords(text);
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->isWindow() || !w->isVisibleTo(window))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        if (!bar->isVisibleTo(window))
            continue;
        for (QAction* action : bar->actions())
            if (action->isVisible())
                add(action->text());
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return clashes;
}

} // namespace reflekt
