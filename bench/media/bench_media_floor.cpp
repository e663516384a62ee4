// The floor under Reflekt's film player: Qt Multimedia alone (QMediaPlayer with a QVideoSink and a
// QAudioOutput, the GStreamer backend on Debian) playing a film for N seconds behind an empty
// 1280x720 window, frames received and dropped, nothing converted or drawn. What this costs,
// Reflekt cannot go below while it plays through Qt Multimedia; bench/bench_playback.py prints it
// beside Reflekt, VLC and mpv.
//
//     bench_media_floor FILE [SECONDS]
#include <QApplication>
#include <QAudioOutput>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QWidget>

#include <sys/resource.h>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_media_floor FILE [SECONDS]\n");
        return 2;
    }
    const double seconds = argc > 2 ? QByteArray(argv[2]).toDouble() : 12.0;
    QWidget window;
    window.resize(1280, 720);
    window.show();
    QMediaPlayer player;
    QAudioOutput audio;
    QVideoSink sink;
    player.setAudioOutput(&audio);
    player.setVideoSink(&sink);
    int frames = 0;
    bool started = false;
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &app, [&](const QVideoFrame& frame) {
        if (!frame.isValid())
            return;
        ++frames;
        if (started)
            return;
        started = true;
        QTimer::singleShot(static_cast<int>(seconds * 1000), &app, [&] {
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            std::printf("played-seconds %s frames %d peak-rss-mb %s\n", QByteArray::number(seconds, 'f', 1).constData(),
                        frames, QByteArray::number(static_cast<double>(usage.ru_maxrss) / 1024.0, 'f', 1).constData());
            std::fflush(stdout);
            QApplication::quit();
        });
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &app, [&](QMediaPlayer::Error, const QString& message) {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
        QApplication::exit(1);
    });
    player.setSource(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[1])));
    player.play();
    return QApplication::exec();
}
