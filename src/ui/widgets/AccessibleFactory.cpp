#include "ui/widgets/AccessibleFactory.h"

#include "ui/player/ChapterSeekBar.h"
#include "ui/player/FilmTimeLabel.h"
#include "ui/player/FilmTimeLabelAccessible.h"
#include "ui/player/SeekBarAccessible.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/ComboBoxAccessible.h"
#include "ui/widgets/ContainerAccessible.h"

#include <QAccessible>
#include <QComboBox>

namespace reflekt {

namespace {

QAccessibleInterface* create(const QString& className, QObject* object)
{
    // Qt asks for each class from the most derived up, newest factory first, so "QComboBox"
    // here replaces Qt's own interface for combo boxes and their subclasses.
    if (className == QLatin1String(ChapterSeekBar::staticMetaObject.className()))
        return new SeekBarAccessible(static_cast<ChapterSeekBar*>(object));
    if (className == QLatin1String(FilmTimeLabel::staticMetaObject.className()))
        return new FilmTimeLabelAccessible(static_cast<FilmTimeLabel*>(object));
    if (className == QLatin1String("QComboBox"))
        if (auto* combo = qobject_cast<QComboBox*>(object))
            return new ComboBoxAccessible(combo);
    // A list of check boxes is a named group ("Steps covered"), which Orca says on entering it.
    if (className == QLatin1String(CheckList::staticMetaObject.className()))
        return new ContainerAccessible(static_cast<CheckList*>(object), QAccessible::Grouping);
    if (className == QLatin1String("QDialogButtonBox") && object->isWidgetType())
        return new ContainerAccessible(static_cast<QWidget*>(object), QAccessible::Grouping);
    // Qt's own list every page of a stack and every pane of a splitter, hidden ones too.
    if (className == QLatin1String("QStackedWidget") && object->isWidgetType())
        return new ContainerAccessible(static_cast<QWidget*>(object), QAccessible::LayeredPane);
    if (className == QLatin1String("QSplitter") && object->isWidgetType())
        return new ContainerAccessible(static_cast<QWidget*>(object), QAccessible::Splitter);
    // Reached only by widgets no class of their own has an interface for: plain containers.
    if (className == QLatin1String("QWidget") && object->isWidgetType())
        return new ContainerAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

void AccessibleFactory::install()
{
    QAccessible::installFactory(&create); // Qt ignores a factory it already has
}

} // namespace reflekt
