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
