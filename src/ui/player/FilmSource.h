#pragma once

#include <QList>
#include <QString>

namespace reflekt {

struct Bundle;
struct Step;
class Workspace;

// What the film player needs to know about one film step, resolved to absolute paths by the caller.

struct CaptionSource {
    QString language; // BCP 47 tag as in the bundle ("sv", "nb")
    QString label;    // shown in the captions menu ("Svenska")
    QString path;     // absolute path of the .vtt file
};

struct ChapterMark {
    double start = 0; // seconds
    QString title;
};

struct FilmSource {
    QString videoPath;
    QString posterPath;
    QList<CaptionSource> captions;
    QList<ChapterMark> chapters;
    // Audio description: WebVTT tracks to speak (label unused), and the film's sound with the
    // description mixed in, per language (absolute paths).
    QList<CaptionSource> descriptions;
    QList<CaptionSource> describedAudio;
    double durationHint = 0; // from the manifest, used until the backend knows better
    QString defaultLanguage; // the bundle's default language: the captions' fallback

    /** A film step of a bundle, with paths resolved and labels in the workspace's language. */
    static FilmSource fromStep(const Workspace& workspace, const Bundle& bundle, const Step& step);
};

// "1:05" or "1:02:03" for a film time in seconds (negative and non-finite values count as 0).
QString formatFilmTime(double seconds);

} // namespace reflekt
