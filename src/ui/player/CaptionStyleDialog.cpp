#include "ui/player/CaptionStyleDialog.h"

#include "platform/Settings.h"
#include "ui/player/CaptionStyleEditor.h"
#include "ui/player/CaptionStyleNotifier.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace reflekt {

CaptionStyleDialog::CaptionStyleDialog(QWidget* parent)
    : QDialog(parent), m_editor(new CaptionStyleEditor(this)), m_initial(CaptionStyle::load(Settings()))
{
    setObjectName(QStringLiteral("captionStyleDialog"));
    setWindowTitle(tr("Caption style"));
    m_editor->setCaptionStyle(m_initial);
    connect(m_editor, &CaptionStyleEditor::styleChanged, this, &CaptionStyleDialog::store);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaptionStyleDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
}

void CaptionStyleDialog::reject()
{
    if (m_editor->captionStyle() != m_initial)
        store(m_initial);
    QDialog::reject();
}

void CaptionStyleDialog::store(const CaptionStyle& style)
{
    Settings settings;
    style.save(settings);
    settings.sync();
    CaptionStyleNotifier::notifyChanged();
}

} // namespace reflekt
