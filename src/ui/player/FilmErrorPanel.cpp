#include "ui/player/FilmErrorPanel.h"

#include <QDir>
#include <QFileInfo>

#include <libintl.h>

namespace reflekt {

namespace {

// What GStreamer says when it has no decoder for a stream (a damaged file gets other sentences,
// such as "This file contains no playable streams."), with its gettext domain.
struct BackendSentence {
    const char* domain;
    const char* text;
};
constexpr BackendSentence kNoDecoder[] = {
    {"gstreamer-1.0", "Your GStreamer installation is missing a plug-in."},
    {"gstreamer-1.0", "There is no codec present that can handle the stream's type."},
    {"gst-plugins-base-1.0", "No decoder available for type '%s'."},
};

// The sentence as GStreamer wrote it in the user's language: it translates its messages with
// gettext in the same process (glibc's dgettext; GStreamer's Windows build carries its own libintl).
QString translatedBackendText(const char* domain, const char* text)
{
    return QString::fromUtf8(dgettext(domain, text));
}

bool containsSentence(const QString& message, const QString& sentence)
{
    // Up to the first placeholder: "No decoder available for type '%s'." names the type after it.
    const QString fixed = sentence.section(QStringLiteral("%s"), 0, 0).trimmed();
    return fixed.size() >= 8 && message.contains(fixed, Qt::CaseInsensitive);
}

} // namespace

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

FilmErrorPanel::Cause FilmErrorPanel::causeOf(QMediaPlayer::Error error, const QString& backendMessage)
{
    if (error == QMediaPlayer::FormatError)
        return Cause::DecoderMissing;
    if (backendMessage.contains(QLatin1String("codec"), Qt::CaseInsensitive))
        return Cause::DecoderMissing;
    for (const BackendSentence& sentence : kNoDecoder) {
        if (containsSentence(backendMessage, QString::fromLatin1(sentence.text)) ||
            containsSentence(backendMessage, translatedBackendText(sentence.domain, sentence.text)))
            return Cause::DecoderMissing;
    }
    return Cause::Unplayable;
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
    const QString name = QFileInfo(filePath).fileName();
    QString what;
    QString reason;
    QString hint;
    switch (cause) {
    case Cause::MissingFile:
        reason = tr("The file does not exist.");
        hint =
            tr("The package may be incomplete. Import it again, or ask its publisher for a complete copy.");
        break;
    case Cause::Unplayable:
        what = tr("%1 is damaged, or in a format this computer cannot play.").arg(name);
        hint = tr("Import the package again, or ask its publisher for a new copy of the film.");
        break;
    case Cause::DecoderMissing:
        what = tr("%1 is in a video or audio format this computer has no decoder for.").arg(name);
        hint = tr("Ask whoever looks after this computer to install the GStreamer plug-ins, for example:");
        break;
    }
    if (cause != Cause::MissingFile)
        reason = backendReason.isEmpty() ? tr("The media backend gave no reason.") : backendReason;
    const QString reasonLine = tr("Reason: %1").arg(reason);
    const QString rest = tr("The rest of the module still works.");

    QStringList lines{title, file};
    if (!what.isEmpty())
        lines << what;
    lines << reasonLine << hint;
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += QStringLiteral("<p>%1</p>").arg(lines.at(i).toHtmlEscaped());
    QString plain = lines.join(QLatin1Char('\n'));
    if (cause == Cause::DecoderMissing) {
        html += QStringLiteral("<p><code>%1</code></p>").arg(installCommand().toHtmlEscaped());
        plain += QLatin1Char('\n') + installCommand();
    }
    html += QStringLiteral("<p>%1</p>").arg(rest.toHtmlEscaped());
    setText(html);
    return plain;
}

} // namespace reflekt
