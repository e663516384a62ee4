#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace reflekt {

// The one typed wrapper over QSettings: no string keys anywhere else. Stored in the data folder
// (AppPaths::settingsFile) so --data-dir isolates settings too.
class Settings {
public:
    Settings();

    QString lastProfile() const;
    void setLastProfile(const QString& name);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /** Reading-area text scale, 1.0 = 100 %. Clamped to 0.7 .. 2.5. */
    double textScale() const;
    void setTextScale(double scale);

    QStringList extraLibraryFolders() const;
    void setExtraLibraryFolders(const QStringList& folders);

    /** UI language ("sv", "nb", "en"), or empty to follow the system. */
    QString uiLanguage() const;
    void setUiLanguage(const QString& language);

    bool captionsEnabled() const;
    void setCaptionsEnabled(bool enabled);
    /** Preferred caption language, or empty for the UI language. */
    QString captionLanguage() const;
    void setCaptionLanguage(const QString& language);

    // The caption style of the profile in use (lastProfile(); a shared group when there is none), as
    // plain values that CaptionStyle interprets. An unset value falls back to the shared group,
    // then to `fallback`.
    int captionSizePercent(int fallback) const;
    void setCaptionSizePercent(int percent);
    QString captionTextColor(const QString& fallback) const;
    void setCaptionTextColor(const QString& color);
    QString captionBackground(const QString& fallback) const;
    void setCaptionBackground(const QString& color);
    QString captionBackgroundOpacity(const QString& fallback) const;
    void setCaptionBackgroundOpacity(const QString& opacity);
    QString captionFont(const QString& fallback) const;
    void setCaptionFont(const QString& font);
    QString captionPosition(const QString& fallback) const;
    void setCaptionPosition(const QString& position);
    /** Caption size on the wall, in percent: the room's setting, the same for every profile. */
    int wallCaptionSizePercent(int fallback) const;
    void setWallCaptionSizePercent(int percent);

    /** Audio description on or off, for the profile in use (audioDescription/profiles/<name>/on),
        and on the wall (the room's setting, like its caption size). Off unless turned on. */
    bool audioDescriptionOn() const;
    void setAudioDescriptionOn(bool on);
    bool wallAudioDescriptionOn() const;
    void setWallAudioDescriptionOn(bool on);

    double playbackRate() const;
    void setPlaybackRate(double rate);
    int volume() const;
    void setVolume(int volume);

    void sync();

private:
    QString captionKey(const QString& field) const;
    QString audioDescriptionKey() const;
    QVariant captionValue(const QString& field, const QVariant& fallback) const;

    mutable QSettings m_settings;
};

} // namespace reflekt
