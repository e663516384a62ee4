#include "ui/settings/SettingsDialog.h"

#include "platform/Settings.h"
#include "platform/UiLanguage.h"
#include "ui/player/CaptionStyleEditor.h"
#include "ui/player/CaptionStyleNotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace reflekt {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_textSize(new QSpinBox(this)),
      m_captions(new QCheckBox(tr("Show &captions when the film has them"), this)),
      m_captionLanguage(new QComboBox(this)), m_captionStyle(new CaptionStyleEditor(this)),
      m_wallCaptionSize(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const Settings settings;

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString& lang : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(lang), lang);
    m_initialLanguage = settings.uiLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    m_language->setAccessibleDescription(tr("Applies after a restart, which Reflekt offers"));

    m_textSize->setObjectName(QStringLiteral("textSizeSpin"));
    m_textSize->setRange(70, 250);
    m_textSize->setSingleStep(10);
    m_textSize->setSuffix(tr(" %"));
    m_textSize->setValue(static_cast<int>(std::lround(settings.textScale() * 100)));
    m_textSize->setAccessibleDescription(tr("Size of the texts, questions and notes you read and write"));

    m_captions->setObjectName(QStringLiteral("captionsCheck"));
    m_captions->setChecked(settings.captionsEnabled());

    m_captionLanguage->setObjectName(QStringLiteral("captionLanguageCombo"));
    m_captionLanguage->addItem(tr("Same as Reflekt's language"), QString());
    for (const QString& lang : UiLanguage::available())
        m_captionLanguage->addItem(UiLanguage::nativeName(lang), lang);
    m_captionLanguage->setCurrentIndex(std::max(0, m_captionLanguage->findData(settings.captionLanguage())));
    m_captionLanguage->setAccessibleDescription(
        tr("When a film has no captions in this language, Reflekt's language is tried, then the "
           "package's, then the film's first caption track; the Captions menu shows another language"));
    m_captionLanguage->setEnabled(m_captions->isChecked());
    connect(m_captions, &QCheckBox::toggled, m_captionLanguage, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note =
        new QLabel(tr("A new language needs a restart; Reflekt offers one when you press OK."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("&Text size:"), m_textSize);
    form->addRow(QString(), m_captions);
    form->addRow(tr("Caption l&anguage:"), m_captionLanguage);

    // The style is the profile's own; the wall's size is the room's, shared by every profile.
    m_captionStyle->setCaptionStyle(CaptionStyle::load(settings));
    m_wallCaptionSize->setObjectName(QStringLiteral("wallCaptionSizeCombo"));
    m_wallCaptionSize->setAccessibleName(tr("Caption size on the wall"));
    m_wallCaptionSize->setAccessibleDescription(
        tr("For the projector or big screen in group sessions, the same for every profile"));
    CaptionStyleEditor::fillSizes(m_wallCaptionSize);
    m_wallCaptionSize->setCurrentIndex(
        std::max(0, m_wallCaptionSize->findData(CaptionStyle::wallSizePercent(settings))));
    m_captionStyle->form()->insertRow(1, tr("Caption size on the &wall:"), m_wallCaptionSize);
    QWidget::setTabOrder(m_captionStyle->findChild<QComboBox*>(QStringLiteral("captionSizeCombo")),
                         m_wallCaptionSize);
    auto* captionBox = new QGroupBox(tr("Caption style"), this);
    captionBox->setObjectName(QStringLiteral("captionStyleGroup"));
    auto* captionLayout = new QVBoxLayout(captionBox);
    captionLayout->addWidget(m_captionStyle);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(captionBox, 1);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    Settings settings;
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_initialLanguage;
    settings.setUiLanguage(language);
    settings.setTextScale(m_textSize->value() / 100.0);
    settings.setCaptionsEnabled(m_captions->isChecked());
    settings.setCaptionLanguage(m_captionLanguage->currentData().toString());
    m_captionStyle->captionStyle().save(settings);
    CaptionStyle::saveWallSizePercent(settings, m_wallCaptionSize->currentData().toInt());
    settings.sync();
    CaptionStyleNotifier::notifyChanged();
    QDialog::accept();
}

} // namespace reflekt
