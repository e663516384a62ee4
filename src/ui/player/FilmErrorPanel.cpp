#include "ui/player/FilmErrorPanel.h"

#include <QDir>

namespace reflekt {

FilmErrorPanel::FilmErrorPanel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("playerError"));
    setAccessibleName(tr("Film cannot be played"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAlignment(Qt::AlignCenter);
    setMargin(24);
    setAutoFillBackground(true);
}

QString FilmErrorPanel::installCommand()
{
    return QStringLiteral(
        "sudo apt install gstreamer1.0-libav gstreamer1.0-plugins-good gstreamer1.0-plugins-bad");
}

QString FilmErrorPanel::present(Cause cause, const QString& filePath, const QString& backendReason)
{
    const QString title = tr("This film cannot be played.");
    const QString file = tr("File: %1").arg(QDir::toNativeSeparators(filePath));
    QString reason;
    QString hint;
    if (cause == Cause::MissingFile) {
        reason = tr("The file does not exist.");
        hint =
            tr("The package may be incomplete. Import it again, or ask its publisher for a complete copy.");
    } else {
        reason = backendReason.isEmpty() ? tr("The media backend gave no reason.") : backendReason;
        hint = tr("If the file plays in another program, this computer may lack a video decoder. "
                  "Install the GStreamer plugins, for example:");
    }
    const QString reasonLine = tr("Reason: %1").arg(reason);
    const QString rest = tr("The rest of the module still works.");

    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(title.toHtmlEscaped(), file.toHtmlEscaped(), reasonLine.toHtmlEscaped(),
                            hint.toHtmlEscaped());
    QString plain =
        title + QLatin1Char('\n') + file + QLatin1Char('\n') + reasonLine + QLatin1Char('\n') + hint;
    if (cause == Cause::Backend) {
        html += QStringLiteral("<p><code>%1</code></p>").arg(installCommand().toHtmlEscaped());
        plain += QLatin1Char('\n') + installCommand();
    }
    html += QStringLiteral("<p>%1</p>").arg(rest.toHtmlEscaped());
    setText(html);
    return plain;
}

} // namespace reflekt
