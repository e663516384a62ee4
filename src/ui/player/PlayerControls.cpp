#include "ui/player/PlayerControls.h"

#include "ui/player/ChapterSeekBar.h"
#include "ui/player/FilmTimeLabel.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace reflekt {

const QList<double>& PlayerControls::rates()
{
    static const QList<double> list{0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
    return list;
}

PlayerControls::PlayerControls(QWidget* parent) : QWidget(parent), m_seek(new ChapterSeekBar(this))
{
    setObjectName(QStringLiteral("playerControls"));

    m_play = makeButton(QStringLiteral("playButton"), tr("Play"), tr("Play (Space or K)"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_play, &QToolButton::clicked, this, &PlayerControls::playToggleRequested);

    m_time = new FilmTimeLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    // Named by the time it shows (FilmTimeLabelAccessible); what it is goes in the description.
    m_time->setAccessibleDescription(tr("Elapsed and total time"));
    m_time->setToolTip(tr("Elapsed time / length of the film"));
    updateTimeLabel();

    m_chapters = makeButton(QStringLiteral("chaptersButton"), tr("Chapters"), tr("Jump to a chapter"));
    m_chapters->setText(tr("Chapters"));
    m_chaptersMenu = new QMenu(tr("Chapters"), m_chapters);
    m_chaptersMenu->setObjectName(QStringLiteral("chaptersMenu"));
    m_chapters->setMenu(m_chaptersMenu);
    m_chapters->setPopupMode(QToolButton::InstantPopup);
    m_chapters->setVisible(false);

    m_captions =
        makeButton(QStringLiteral("captionsButton"), tr("Captions"), tr("Captions language or off (C)"));
    m_captions->setText(tr("Captions"));
    m_captionsMenu = new QMenu(tr("Captions"), m_captions);
    m_captionsMenu->setObjectName(QStringLiteral("captionsMenu"));
    m_captionGroup = new QActionGroup(this);
    m_captionGroup->setExclusive(true);
    m_captions->setMenu(m_captionsMenu);
    m_captions->setPopupMode(QToolButton::InstantPopup);
    // Owned by the bar, not the menu, so rebuilding the menu for a new film does not delete it.
    m_captionStyle = new QAction(tr("Caption &style…"), this);
    m_captionStyle->setObjectName(QStringLiteral("captionStyleAction"));
    connect(m_captionStyle, &QAction::triggered, this, &PlayerControls::captionStyleRequested);

    m_describe = makeButton(QStringLiteral("audioDescriptionButton"), tr("AD, audio description"), QString());
    m_describe->setText(tr("AD"));
    m_describe->setCheckable(true);
    connect(m_describe, &QToolButton::clicked, this, &PlayerControls::audioDescriptionToggled);
    m_describeStatus = new QLabel(this);
    m_describeStatus->setObjectName(QStringLiteral("audioDescriptionStatus"));
    m_describeStatus->setTextFormat(Qt::PlainText);
    m_describeStatus->setVisible(false);
    setAudioDescription(false, false);

    m_transcript =
        makeButton(QStringLiteral("transcriptButton"), tr("Transcript"), tr("Show or hide the transcript"));
    m_transcript->setText(tr("Transcript"));
    m_transcript->setCheckable(true);
    connect(m_transcript, &QToolButton::toggled, this, &PlayerControls::transcriptToggled);

    m_speed = makeButton(QStringLiteral("speedButton"), tr("Playback speed"), tr("Playback speed"));
    m_speedMenu = new QMenu(tr("Playback speed"), m_speed);
    m_speedMenu->setObjectName(QStringLiteral("speedMenu"));
    auto* speedGroup = new QActionGroup(this);
    for (double rate : rates()) {
        QAction* action = m_speedMenu->addAction(rateText(rate));
        action->setCheckable(true);
        action->setData(rate);
        speedGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, rate] { Q_EMIT rateRequested(rate); });
    }
    m_speed->setMenu(m_speedMenu);
    m_speed->setPopupMode(QToolButton::InstantPopup);
    setRate(1.0);

    m_mute = makeButton(QStringLiteral("muteButton"), tr("Mute"), tr("Mute or unmute the sound (M)"));
    m_mute->setCheckable(true);
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    connect(m_mute, &QToolButton::clicked, this, &PlayerControls::muteRequested);

    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setMaximumWidth(110);
    connect(m_volume, &QSlider::valueChanged, this, &PlayerControls::volumeRequested);

    m_fullScreen =
        makeButton(QStringLiteral("fullScreenButton"), tr("Full screen"), tr("Full screen (F; Esc leaves)"));
    m_fullScreen->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    connect(m_fullScreen, &QToolButton::clicked, this, &PlayerControls::fullScreenRequested);

    connect(m_seek, &ChapterSeekBar::seekRequested, this, &PlayerControls::seekRequested);
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) {
        m_position = ms / 1000.0; // the label follows a drag before the film does
        updateTimeLabel();
    });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_play);
    row->addWidget(m_time);
    row->addStretch(1);
    row->addWidget(m_chapters);
    row->addWidget(m_captions);
    row->addWidget(m_describe);
    row->addWidget(m_describeStatus);
    row->addWidget(m_transcript);
    row->addWidget(m_speed);
    row->addWidget(m_mute);
    row->addWidget(m_volume);
    row->addWidget(m_fullScreen);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_seek);
    layout->addLayout(row);
}

QToolButton* PlayerControls::makeButton(const QString& objectName, const QString& accessibleName,
                                        const QString& toolTip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

void PlayerControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause (Space or K)") : tr("Play (Space or K)"));
}

void PlayerControls::setPosition(double seconds)
{
    m_seek->setPosition(seconds);
    if (!m_seek->isSliderDown()) {
        m_position = seconds;
        updateTimeLabel();
    }
}

void PlayerControls::setDuration(double seconds)
{
    m_duration = seconds;
    m_seek->setDuration(seconds);
    updateTimeLabel();
}

void PlayerControls::setChapters(const QList<ChapterMark>& chapters)
{
    m_seek->setChapters(chapters);
    m_chaptersMenu->clear();
    for (const ChapterMark& chapter : m_seek->chapters()) {
        const double start = chapter.start;
        QAction* action = m_chaptersMenu->addAction(tr("%1  %2").arg(formatFilmTime(start), chapter.title));
        action->setData(start);
        connect(action, &QAction::triggered, this, [this, start] { Q_EMIT seekRequested(start); });
    }
    m_chapters->setVisible(!chapters.isEmpty());
}

void PlayerControls::setCaptionTracks(const QList<QPair<QString, QString>>& tracks)
{
    m_captionsMenu->clear();
    for (QAction* action : m_captionGroup->actions())
        m_captionGroup->removeAction(action);
    QAction* off = m_captionsMenu->addAction(tr("Off"));
    off->setData(QString());
    off->setCheckable(true);
    m_captionGroup->addAction(off);
    connect(off, &QAction::triggered, this, [this] { Q_EMIT captionLanguageRequested(QString()); });
    m_captionsMenu->addSeparator();
    for (const auto& [language, label] : tracks) {
        QAction* action = m_captionsMenu->addAction(label.isEmpty() ? language : label);
        action->setData(language);
        action->setCheckable(true);
        m_captionGroup->addAction(action);
        const QString lang = language;
        connect(action, &QAction::triggered, this, [this, lang] { Q_EMIT captionLanguageRequested(lang); });
    }
    m_captionsMenu->addSeparator();
    m_captionsMenu->addAction(m_captionStyle);
    m_captions->setEnabled(!tracks.isEmpty());
    m_transcript->setEnabled(!tracks.isEmpty());
    off->setChecked(true);
}

void PlayerControls::setCaptionLanguage(const QString& language, const QString& label)
{
    const QString name = label.isEmpty() ? language : label;
    for (QAction* action : m_captionGroup->actions()) {
        if (action->data().toString() == language)
            action->setChecked(true);
    }
    m_captions->setText(language.isEmpty() ? tr("Captions off") : tr("Captions: %1").arg(name));
    m_captions->setAccessibleName(m_captions->text()); // as it reads, "Captions: English" (WCAG 2.5.3)
    m_captions->setAccessibleDescription(language.isEmpty() ? tr("Captions are off")
                                                            : tr("Captions in %1").arg(name));
}

void PlayerControls::setAudioDescription(bool available, bool on, const QString& status)
{
    m_describe->setEnabled(available);
    const QSignalBlocker block(m_describe);
    m_describe->setChecked(available && on);
    if (!available)
        m_describe->setToolTip(tr("Audio description: this film has none"));
    else
        m_describe->setToolTip(on ? tr("Audio description is on: what the film shows is spoken (D)")
                                  : tr("Audio description: have what the film shows spoken (D)"));
    m_describe->setAccessibleDescription(status.isEmpty() ? m_describe->toolTip() : status);
    m_describeStatus->setText(status);
    m_describeStatus->setToolTip(status);
    m_describeStatus->setVisible(on && !status.isEmpty());
}

void PlayerControls::setRate(double rate)
{
    for (QAction* action : m_speedMenu->actions())
        action->setChecked(std::abs(action->data().toDouble() - rate) < 0.001);
    m_speed->setText(rateText(rate));
    // The name starts with what the button shows (WCAG 2.5.3): "1.5×, Playback speed".
    m_speed->setAccessibleName(QStringLiteral("%1, %2").arg(rateText(rate), tr("Playback speed")));
}

void PlayerControls::setVolume(int volume)
{
    const QSignalBlocker block(m_volume);
    m_volume->setValue(volume);
}

void PlayerControls::setMuted(bool muted)
{
    m_mute->setChecked(muted);
    m_mute->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setAccessibleName(muted ? tr("Unmute") : tr("Mute"));
}

void PlayerControls::setTranscriptChecked(bool checked)
{
    const QSignalBlocker block(m_transcript);
    m_transcript->setChecked(checked);
}

void PlayerControls::setFullScreen(bool fullScreen)
{
    m_fullScreen->setIcon(
        style()->standardIcon(fullScreen ? QStyle::SP_TitleBarNormalButton : QStyle::SP_TitleBarMaxButton));
    m_fullScreen->setAccessibleName(fullScreen ? tr("Leave full screen") : tr("Full screen"));
}

void PlayerControls::setMediaUsable(bool usable)
{
    m_play->setEnabled(usable);
    m_seek->setEnabled(usable);
    m_speed->setEnabled(usable);
}

void PlayerControls::updateTimeLabel()
{
    m_time->setTimes(m_position, m_duration);
}

QString PlayerControls::rateText(double rate)
{
    return tr("%1×").arg(QLocale().toString(rate, 'g', 3));
}

} // namespace reflekt
