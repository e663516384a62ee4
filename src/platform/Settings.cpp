#include "platform/Settings.h"

#include "platform/AppPaths.h"

#include <algorithm>

namespace reflekt {

namespace {
const QString kLastProfile = QStringLiteral("profile/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTextScale = QStringLiteral("reader/textScale");
const QString kExtraFolders = QStringLiteral("library/extraFolders");
const QString kUiLanguage = QStringLiteral("ui/language");
const QString kCaptionsOn = QStringLiteral("captions/enabled");
const QString kCaptionLanguage = QStringLiteral("captions/language");
const QString kRate = QStringLiteral("player/rate");
const QString kVolume = QStringLiteral("player/volume");
const QString kCaptionStyle = QStringLiteral("captionStyle");
const QString kWallCaptionSize = QStringLiteral("wall/captionSize");
const QString kAudioDescription = QStringLiteral("audioDescription");
const QString kWallAudioDescription = QStringLiteral("wall/audioDescription");
const QString kCaptionSize = QStringLiteral("size");
const QString kCaptionText = QStringLiteral("text");
const QString kCaptionBackground = QStringLiteral("background");
const QString kCaptionOpacity = QStringLiteral("opacity");
const QString kCaptionFont = QStringLiteral("font");
const QString kCaptionPosition = QStringLiteral("position");
} // namespace

Settings::Settings() : m_settings(AppPaths::settingsFile(), QSettings::IniFormat) {}

QString Settings::lastProfile() const
{
    return m_settings.value(kLastProfile).toString();
}
void Settings::setLastProfile(const QString& name)
{
    m_settings.setValue(kLastProfile, name);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}
QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

double Settings::textScale() const
{
    return std::clamp(m_settings.value(kTextScale, 1.0).toDouble(), 0.7, 2.5);
}
void Settings::setTextScale(double scale)
{
    m_settings.setValue(kTextScale, std::clamp(scale, 0.7, 2.5));
}

QStringList Settings::extraLibraryFolders() const
{
    return m_settings.value(kExtraFolders).toStringList();
}
void Settings::setExtraLibraryFolders(const QStringList& folders)
{
    m_settings.setValue(kExtraFolders, folders);
}

QString Settings::uiLanguage() const
{
    return m_settings.value(kUiLanguage).toString();
}
void Settings::setUiLanguage(const QString& language)
{
    m_settings.setValue(kUiLanguage, language);
}

bool Settings::captionsEnabled() const
{
    return m_settings.value(kCaptionsOn, true).toBool();
}
void Settings::setCaptionsEnabled(bool enabled)
{
    m_settings.setValue(kCaptionsOn, enabled);
}
QString Settings::captionLanguage() const
{
    return m_settings.value(kCaptionLanguage).toString();
}
void Settings::setCaptionLanguage(const QString& language)
{
    m_settings.setValue(kCaptionLanguage, language);
}

// captionStyle/<field> when no profile is in use, else captionStyle/profiles/<name>/<field>. The name
// is percent-encoded: a profile is named by its user, and '/' would open a group of its own.
QString Settings::captionKey(const QString& field) const
{
    const QString profile = lastProfile();
    if (profile.isEmpty())
        return kCaptionStyle + QLatin1Char('/') + field;
    return kCaptionStyle + QStringLiteral("/profiles/") +
           QString::fromLatin1(profile.toUtf8().toPercentEncoding()) + QLatin1Char('/') + field;
}

QVariant Settings::captionValue(const QString& field, const QVariant& fallback) const
{
    const QVariant value = m_settings.value(captionKey(field));
    if (value.isValid())
        return value;
    return m_settings.value(kCaptionStyle + QLatin1Char('/') + field, fallback);
}

// audioDescription/on without a profile, else audioDescription/profiles/<name>/on (name encoded as
// for the caption style).
QString Settings::audioDescriptionKey() const
{
    const QString profile = lastProfile();
    if (profile.isEmpty())
        return kAudioDescription + QStringLiteral("/on");
    return kAudioDescription + QStringLiteral("/profiles/") +
           QString::fromLatin1(profile.toUtf8().toPercentEncoding()) + QStringLiteral("/on");
}

bool Settings::audioDescriptionOn() const
{
    return m_settings.value(audioDescriptionKey(), false).toBool();
}
void Settings::setAudioDescriptionOn(bool on)
{
    m_settings.setValue(audioDescriptionKey(), on);
}
bool Settings::wallAudioDescriptionOn() const
{
    return m_settings.value(kWallAudioDescription, false).toBool();
}
void Settings::setWallAudioDescriptionOn(bool on)
{
    m_settings.setValue(kWallAudioDescription, on);
}

int Settings::captionSizePercent(int fallback) const
{
    return captionValue(kCaptionSize, fallback).toInt();
}
void Settings::setCaptionSizePercent(int percent)
{
    m_settings.setValue(captionKey(kCaptionSize), percent);
}
QString Settings::captionTextColor(const QString& fallback) const
{
    return captionValue(kCaptionText, fallback).toString();
}
void Settings::setCaptionTextColor(const QString& color)
{
    m_settings.setValue(captionKey(kCaptionText), color);
}
QString Settings::captionBackground(const QString& fallback) const
{
    return captionValue(kCaptionBackground, fallback).toString();
}
void Settings::setCaptionBackground(const QString& color)
{
    m_settings.setValue(captionKey(kCaptionBackground), color);
}
QString Settings::captionBackgroundOpacity(const QString& fallback) const
{
    return captionValue(kCaptionOpacity, fallback).toString();
}
void Settings::setCaptionBackgroundOpacity(const QString& opacity)
{
    m_settings.setValue(captionKey(kCaptionOpacity), opacity);
}
QString Settings::captionFont(const QString& fallback) const
{
    return captionValue(kCaptionFont, fallback).toString();
}
void Settings::setCaptionFont(const QString& font)
{
    m_settings.setValue(captionKey(kCaptionFont), font);
}
QString Settings::captionPosition(const QString& fallback) const
{
    return captionValue(kCaptionPosition, fallback).toString();
}
void Settings::setCaptionPosition(const QString& position)
{
    m_settings.setValue(captionKey(kCaptionPosition), position);
}
int Settings::wallCaptionSizePercent(int fallback) const
{
    return m_settings.value(kWallCaptionSize, fallback).toInt();
}
void Settings::setWallCaptionSizePercent(int percent)
{
    m_settings.setValue(kWallCaptionSize, percent);
}

double Settings::playbackRate() const
{
    return std::clamp(m_settings.value(kRate, 1.0).toDouble(), 0.5, 2.0);
}
void Settings::setPlaybackRate(double rate)
{
    m_settings.setValue(kRate, rate);
}
int Settings::volume() const
{
    return std::clamp(m_settings.value(kVolume, 80).toInt(), 0, 100);
}
void Settings::setVolume(int volume)
{
    m_settings.setValue(kVolume, volume);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace reflekt
