#pragma once

#include <QLabel>
#include <QMediaPlayer>

namespace reflekt {

// Shown in place of the picture when a film cannot be played: which file, the backend's reason,
// and what to do about it. Installing plug-ins is suggested only when the backend says a decoder
// is missing; a damaged file is called damaged. Selectable, so the install command can be copied.
class FilmErrorPanel : public QLabel {
    Q_OBJECT
public:
    enum class Cause { MissingFile, Unplayable, DecoderMissing };

    explicit FilmErrorPanel(QWidget* parent = nullptr);

    // What a media backend error means for the user. Qt 6.4's GStreamer backend reports nearly
    // everything as ResourceError, so the message decides, in English or in the user's language.
    static Cause causeOf(QMediaPlayer::Error error, const QString& backendMessage);

    // Fills the panel and returns the same message as plain text (for errorOccurred and logs).
    QString present(Cause cause, const QString& filePath, const QString& backendReason);

    static QString installCommand();
};

} // namespace reflekt
