#pragma once

#include <QLabel>

namespace reflekt {

// Shown in place of the picture when a film cannot be played: which file, the backend's reason,
// and what to do about it (for a missing decoder, the packages to install). Selectable, so the
// install command can be copied.
class FilmErrorPanel : public QLabel {
    Q_OBJECT
public:
    enum class Cause { MissingFile, Backend };

    explicit FilmErrorPanel(QWidget* parent = nullptr);

    // Fills the panel and returns the same message as plain text (for errorOccurred and logs).
    QString present(Cause cause, const QString& filePath, const QString& backendReason);

    static QString installCommand();
};

} // namespace reflekt
