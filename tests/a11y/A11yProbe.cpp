// What a sighted user sees, for the AT-SPI test to compare with what a screen reader hears.
// run-a11y.sh loads this into the real Reflekt with LD_PRELOAD; the app itself is unchanged. When
// the test writes "dump" to $REFLEKT_A11Y_PROBE.req, the probe writes $REFLEKT_A11Y_PROBE.json: every
// visible button, combo box and label with its shown text and its rectangle on the screen, and every
// visible cell of the item views with its display text. "click NAME" and "trigger NAME" press a
// button or trigger a menu action by object name (to open the dialogs in any interface language),
// "focus NAME" gives a widget the focus as Tab would, "down" presses Down in the focused widget, "activate" activates the main window, "reject" closes the modal dialog; they run from the event loop, so a dialog's exec() never
// blocks the probe. The test finds the same widget in the
// AT-SPI tree by its rectangle (the Component interface's extents), so no object name or
// accessible name is needed to pair them. Reading the shown text from the widget is the only
// robust source: an accessible name that overrides a button's text hides that text from AT-SPI.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QWidget>

namespace {

QJsonArray rectJson(const QRect& r)
{
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

QJsonObject widgetJson(const QWidget* w, const QString& kind, const QString& text)
{
    QJsonObject o;
    o[QStringLiteral("kind")] = kind;
    o[QStringLiteral("class")] = QString::fromLatin1(w->metaObject()->className());
    o[QStringLiteral("object")] = w->objectName();
    o[QStringLiteral("window")] = w->window()->windowTitle();
    o[QStringLiteral("text")] = text;
    o[QStringLiteral("accessibleName")] = w->accessibleName();
    o[QStringLiteral("enabled")] = w->isEnabled();
    o[QStringLiteral("rect")] = rectJson(QRect(w->mapToGlobal(QPoint(0, 0)), w->size()));
    return o;
}

// The cells of a view as drawn: rows under collapsed parents are not visited.
void addCells(const QAbstractItemView* view, const QModelIndex& parent, QJsonArray& out, int& budget)
{
    const QAbstractItemModel* model = view->model();
    const auto* tree = qobject_cast<const QTreeView*>(view);
    for (int row = 0; row < model->rowCount(parent) && budget > 0; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QRect r = view->visualRect(index);
            if (!r.isValid() || !view->viewport()->rect().intersects(r))
                continue;
            QJsonObject o = widgetJson(view, QStringLiteral("cell"), index.data(Qt::DisplayRole).toString());
            o[QStringLiteral("rect")] = rectJson(QRect(view->viewport()->mapToGlobal(r.topLeft()), r.size()));
            o[QStringLiteral("row")] = row;
            o[QStringLiteral("column")] = column;
            o[QStringLiteral("hasChildren")] = model->hasChildren(model->index(row, 0, parent));
            // A QListWidgetItem is user-checkable by default; only one with a check state shows a box.
            o[QStringLiteral("checkable")] =
                (index.flags() & Qt::ItemIsUserCheckable) != 0 && index.data(Qt::CheckStateRole).isValid();
            o[QStringLiteral("checked")] = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            // The row's text in every column, hidden ones too: a reader may still offer them.
            QJsonArray columns;
            for (int c = 0; c < model->columnCount(parent); ++c)
                columns.append(model->index(row, c, parent).data(Qt::DisplayRole).toString());
            o[QStringLiteral("columns")] = columns;
            out.append(o);
            --budget;
        }
        const QModelIndex first = model->index(row, 0, parent);
        if (tree && tree->isExpanded(first))
            addCells(view, first, out, budget);
    }
}

QJsonArray dump()
{
    QJsonArray out;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        QList<QWidget*> widgets = top->findChildren<QWidget*>();
        widgets.prepend(top);
        for (const QWidget* w : widgets) {
            if (!w->isVisible() || w->window() != top) // a dialog is its own top level
                continue;
            if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
                const auto* tool = qobject_cast<const QToolButton*>(w);
                const bool textShown = !tool || tool->toolButtonStyle() != Qt::ToolButtonIconOnly;
                QJsonObject o = widgetJson(w, QStringLiteral("button"), textShown ? b->text() : QString());
                o[QStringLiteral("focusPolicy")] = static_cast<int>(w->focusPolicy());
                out.append(o);
            } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
                out.append(widgetJson(w, QStringLiteral("combo"), c->currentText()));
            } else if (const auto* l = qobject_cast<const QLabel*>(w)) {
                const bool rich = l->textFormat() == Qt::RichText ||
                                  (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
                QJsonObject o = widgetJson(w, QStringLiteral("label"), l->text());
                o[QStringLiteral("rich")] = rich;
                out.append(o);
            } else if (const auto* v = qobject_cast<const QAbstractItemView*>(w); v && v->model()) {
                int budget = 400;
                addCells(v, v->rootIndex(), out, budget);
            }
        }
    }
    return out;
}

// Runs one request; the reply is what the test reads back.
QJsonDocument answer(const QString& request)
{
    const QString verb = request.section(QLatin1Char(' '), 0, 0).trimmed();
    const QString name = request.section(QLatin1Char(' '), 1).trimmed();
    if (verb == QStringLiteral("dump"))
        return QJsonDocument(dump());
    bool found = false;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (found)
            break;
        if (verb == QStringLiteral("click")) {
            const auto buttons = top->findChildren<QAbstractButton*>(name);
            for (QAbstractButton* b : buttons) {
                if (b->isVisible() && b->isEnabled()) {
                    QTimer::singleShot(0, b, &QAbstractButton::click);
                    found = true;
                    break;
                }
            }
        } else if (verb == QStringLiteral("focus")) {
            if (auto* w = top->findChild<QWidget*>(name); w && w->isVisible()) {
                w->setFocus(Qt::TabFocusReason);
                found = true;
            }
        } else if (verb == QStringLiteral("trigger")) {
            if (auto* a = top->findChild<QAction*>(name); a && a->isEnabled()) {
                QTimer::singleShot(0, a, &QAction::trigger);
                found = true;
            }
        }
    }
    if (verb == QStringLiteral("down")) {
        // Down in the focused widget, as the keyboard would: at-spi2-registryd's key synthesis
        // does not reach a bare Xvfb, and CI has no xdotool.
        if (QWidget* focus = QApplication::focusWidget()) {
            QCoreApplication::postEvent(focus, new QKeyEvent(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier));
            QCoreApplication::postEvent(focus, new QKeyEvent(QEvent::KeyRelease, Qt::Key_Down, Qt::NoModifier));
            found = true;
        }
    }
    if (verb == QStringLiteral("activate")) {
        // Under a bare X server no window manager activates a new window; a desktop would.
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && qobject_cast<QMainWindow*>(top)) {
                top->raise();
                top->activateWindow();
                found = true;
            }
        }
    }
    if (verb == QStringLiteral("reject")) {
        if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            QTimer::singleShot(0, d, &QDialog::reject);
            found = true;
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("done"), found}});
}

void reply(const QString& path)
{
    QFile request(path + QStringLiteral(".req"));
    if (!request.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(request.readAll());
    request.close();
    request.remove();
    QFile file(path + QStringLiteral(".tmp"));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(answer(text).toJson(QJsonDocument::Compact));
    file.close();
    QFile::remove(path + QStringLiteral(".json"));
    file.rename(path + QStringLiteral(".json"));
}

void startProbe()
{
    const QString path = QString::fromLocal8Bit(qgetenv("REFLEKT_A11Y_PROBE"));
    if (path.isEmpty() || !qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    auto* timer = new QTimer(QCoreApplication::instance());
    QObject::connect(timer, &QTimer::timeout, [path] { reply(path); });
    timer->start(100);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(startProbe)
