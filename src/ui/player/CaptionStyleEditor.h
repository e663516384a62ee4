#pragma once

#include "ui/player/CaptionStyle.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QPushButton;

namespace reflekt {

class CaptionPreview;

// The caption style controls, with a live preview: size, text colour, background and its opacity,
// font and position, and a button back to the default look. Used by the Settings dialog and by
// the player's Caption style dialog; it only edits a CaptionStyle, its owner stores it.
class CaptionStyleEditor : public QWidget {
    Q_OBJECT
public:
    explicit CaptionStyleEditor(QWidget* parent = nullptr);

    void setCaptionStyle(const CaptionStyle& style);
    CaptionStyle captionStyle() const;
    CaptionPreview* preview() const { return m_preview; }
    // The form, so an owner can add rows of its own (the wall's size) in the same column.
    QFormLayout* form() const { return m_form; }

    // Fills a combo with the size steps, "100 % (normal)" marked.
    static void fillSizes(QComboBox* combo);

Q_SIGNALS:
    void styleChanged(const CaptionStyle& style);

private:
    QComboBox* addCombo(const QString& objectName, const QString& label, const QString& description);
    void onEdited();

    QFormLayout* m_form;
    QComboBox* m_size;
    QComboBox* m_text;
    QComboBox* m_background;
    QComboBox* m_opacity;
    QComboBox* m_font;
    QComboBox* m_position;
    QPushButton* m_reset;
    CaptionPreview* m_preview;
};

} // namespace reflekt
