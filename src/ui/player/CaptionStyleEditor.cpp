#include "ui/player/CaptionStyleEditor.h"

#include "ui/player/CaptionPreview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

namespace {

template <typename E> void select(QComboBox* combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

template <typename E> E selected(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

CaptionStyleEditor::CaptionStyleEditor(QWidget* parent) : QWidget(parent), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("captionStyleEditor"));
    using S = CaptionStyle;

    m_size = addCombo(QStringLiteral("captionSizeCombo"), tr("Caption si&ze:"),
                      tr("Ctrl++ and Ctrl+- change it while a film plays, Ctrl+0 goes back to normal"));
    fillSizes(m_size);

    m_text = addCombo(QStringLiteral("captionTextColorCombo"), tr("Te&xt colour:"), QString());
    m_text->addItem(tr("White"), static_cast<int>(S::TextColor::White));
    m_text->addItem(tr("Yellow"), static_cast<int>(S::TextColor::Yellow));
    m_text->addItem(tr("Cyan"), static_cast<int>(S::TextColor::Cyan));
    m_text->addItem(tr("Green"), static_cast<int>(S::TextColor::Green));
    m_text->addItem(tr("Black"), static_cast<int>(S::TextColor::Black));

    m_background = addCombo(QStringLiteral("captionBackgroundCombo"), tr("Bac&kground:"),
                            tr("Text on a background of its own colour gets an outline"));
    m_background->addItem(tr("Black"), static_cast<int>(S::Background::Black));
    m_background->addItem(tr("White"), static_cast<int>(S::Background::White));

    m_opacity = addCombo(QStringLiteral("captionOpacityCombo"), tr("Background &opacity:"),
                         tr("Without a background the text gets an outline"));
    m_opacity->addItem(tr("Solid"), static_cast<int>(S::Opacity::Solid));
    m_opacity->addItem(tr("Semi-transparent"), static_cast<int>(S::Opacity::Semi));
    m_opacity->addItem(tr("None (outlined text)"), static_cast<int>(S::Opacity::Transparent));

    m_font = addCombo(QStringLiteral("captionFontCombo"), tr("&Font:"), QString());
    m_font->addItem(tr("Reflekt's font"), static_cast<int>(S::Font::Default));
    m_font->addItem(tr("Clear sans serif (%1)").arg(CaptionStyle::sansFamily()),
                    static_cast<int>(S::Font::Sans));

    m_position = addCombo(QStringLiteral("captionPositionCombo"), tr("&Position:"),
                          tr("Where captions go when the caption file does not place them"));
    m_position->addItem(tr("Bottom"), static_cast<int>(S::Position::Bottom));
    m_position->addItem(tr("Top"), static_cast<int>(S::Position::Top));

    m_reset = new QPushButton(tr("&Reset to the normal look"), this);
    m_reset->setObjectName(QStringLiteral("captionResetButton"));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        setCaptionStyle(CaptionStyle());
        onEdited();
    });
    m_form->addRow(QString(), m_reset);

    m_preview = new CaptionPreview(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_preview, 1);
    setCaptionStyle(CaptionStyle());
}

QComboBox* CaptionStyleEditor::addCombo(const QString& objectName, const QString& label,
                                        const QString& description)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    if (!description.isEmpty())
        combo->setAccessibleDescription(description);
    m_form->addRow(label, combo);
    connect(combo, &QComboBox::activated, this, &CaptionStyleEditor::onEdited);
    return combo;
}

void CaptionStyleEditor::fillSizes(QComboBox* combo)
{
    for (int percent : CaptionStyle::sizeSteps()) {
        const QString number = QLocale().toString(percent);
        combo->addItem(percent == CaptionStyle::kNormalSize ? tr("%1 % (normal)").arg(number)
                                                            : tr("%1 %").arg(number),
                       percent);
    }
}

void CaptionStyleEditor::setCaptionStyle(const CaptionStyle& style)
{
    m_size->setCurrentIndex(std::max(0, m_size->findData(style.sizePercent)));
    select(m_text, style.text);
    select(m_background, style.background);
    select(m_opacity, style.opacity);
    select(m_font, style.font);
    select(m_position, style.position);
    m_preview->setCaptionStyle(captionStyle());
}

CaptionStyle CaptionStyleEditor::captionStyle() const
{
    CaptionStyle style;
    style.sizePercent = m_size->currentData().toInt();
    style.text = selected<CaptionStyle::TextColor>(m_text);
    style.background = selected<CaptionStyle::Background>(m_background);
    style.opacity = selected<CaptionStyle::Opacity>(m_opacity);
    style.font = selected<CaptionStyle::Font>(m_font);
    style.position = selected<CaptionStyle::Position>(m_position);
    return style;
}

void CaptionStyleEditor::onEdited()
{
    const CaptionStyle current = captionStyle();
    m_preview->setCaptionStyle(current);
    Q_EMIT styleChanged(current);
}

} // namespace reflekt
