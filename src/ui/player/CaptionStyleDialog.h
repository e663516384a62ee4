#pragma once

#include "ui/player/CaptionStyle.h"

#include <QDialog>

namespace reflekt {

class CaptionStyleEditor;

// Captions > Caption style…: the caption style of the profile in use, applied to the film at once
// while the viewer tries choices; OK keeps the last one, Cancel puts back the style it opened with.
class CaptionStyleDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaptionStyleDialog(QWidget* parent = nullptr);

    CaptionStyleEditor* editor() const { return m_editor; }

    void reject() override;

private:
    static void store(const CaptionStyle& style);

    CaptionStyleEditor* m_editor;
    CaptionStyle m_initial;
};

} // namespace reflekt
