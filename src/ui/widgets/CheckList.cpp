#include "ui/widgets/CheckList.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace reflekt {

CheckList::CheckList(QWidget* parent)
    : QScrollArea(parent), m_column(new QWidget), m_layout(new QVBoxLayout(m_column))
{
    m_layout->setContentsMargins(6, 4, 6, 4);
    m_layout->addStretch(1);
    setWidget(m_column);
    setWidgetResizable(true);
    // The boxes take the focus, the frame around them does not: no extra, empty Tab stop.
    setFocusPolicy(Qt::NoFocus);
    setBackgroundRole(QPalette::Base);
}

void CheckList::setLabel(QLabel* label)
{
    m_label = label;
    if (label && accessibleName().isEmpty())
        setAccessibleName(QString(label->text()).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    updateBuddy();
}

QCheckBox* CheckList::addItem(const QString& text, bool checked)
{
    auto* box = new QCheckBox(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")), m_column);
    box->setChecked(checked);
    m_layout->insertWidget(m_layout->count() - 1, box); // before the stretch
    box->installEventFilter(this);
    m_items.push_back(Item{box, text, {}});
    connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
        const int index = indexOf(box);
        if (index >= 0)
            Q_EMIT itemToggled(index, on);
    });
    updateBuddy();
    return box;
}

void CheckList::removeItem(int index)
{
    if (index < 0 || index >= count())
        return;
    QCheckBox* box = m_items[static_cast<std::size_t>(index)].box;
    m_items.erase(m_items.begin() + index);
    delete box;
    updateBuddy();
}

int CheckList::count() const
{
    return static_cast<int>(m_items.size());
}

QCheckBox* CheckList::box(int index) const
{
    return index >= 0 && index < count() ? m_items[static_cast<std::size_t>(index)].box : nullptr;
}

QString CheckList::text(int index) const
{
    return index >= 0 && index < count() ? m_items[static_cast<std::size_t>(index)].text : QString();
}

bool CheckList::isChecked(int index) const
{
    return box(index) && box(index)->isChecked();
}

void CheckList::setChecked(int index, bool checked)
{
    if (QCheckBox* b = box(index))
        b->setChecked(checked);
}

QVariant CheckList::data(int index, int role) const
{
    if (index < 0 || index >= count())
        return {};
    const auto& data = m_items[static_cast<std::size_t>(index)].data;
    const auto it = data.find(role);
    return it == data.end() ? QVariant() : it->second;
}

void CheckList::setData(int index, int role, const QVariant& value)
{
    if (index >= 0 && index < count())
        m_items[static_cast<std::size_t>(index)].data[role] = value;
}

int CheckList::find(const QString& text) const
{
    for (int i = 0; i < count(); ++i)
        if (m_items[static_cast<std::size_t>(i)].text.compare(text, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int CheckList::indexOf(const QCheckBox* box) const
{
    for (int i = 0; i < count(); ++i)
        if (m_items[static_cast<std::size_t>(i)].box == box)
            return i;
    return -1;
}

void CheckList::updateBuddy()
{
    if (m_label)
        m_label->setBuddy(count() > 0 ? box(0) : nullptr);
}

bool CheckList::eventFilter(QObject* watched, QEvent* event)
{
    // Whichever way the focus came (Tab, Up, Down, a mnemonic), the box with it is scrolled into view.
    if (event->type() == QEvent::FocusIn && watched->isWidgetType())
        ensureWidgetVisible(static_cast<QWidget*>(watched));
    // Up and Down move within the list, as in a list view, and stop at its ends. (A QButtonGroup
    // would do it only for one Tab stop: Qt then takes the other boxes out of the Tab chain, and
    // its arrow keys skip boxes that are not in it.)
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int step = key->key() == Qt::Key_Down ? 1 : key->key() == Qt::Key_Up ? -1 : 0;
        const int from = watched->isWidgetType() ? indexOf(qobject_cast<QCheckBox*>(watched)) : -1;
        if (step != 0 && from >= 0 && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            for (int i = from + step; i >= 0 && i < count(); i += step) {
                if (box(i)->isEnabled()) {
                    box(i)->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                    break;
                }
            }
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace reflekt
