#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace reflekt {

class CaptionStyleEditor;

// File > Settings: the interface language, the reading text size, and captions (language and style). Reads the
// settings when opened and writes them on OK; Cancel changes nothing.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /** True after OK when the language setting changed (it applies from the next start). */
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QComboBox* m_language;
    QSpinBox* m_textSize;
    QCheckBox* m_captions;
    QComboBox* m_captionLanguage;
    CaptionStyleEditor* m_captionStyle;
    QComboBox* m_wallCaptionSize;
    QString m_initialLanguage;
    bool m_languageChanged = false;
};

} // namespace reflekt
