#include "ui/facilitator/FilmRemote.h"

#include "platform/Settings.h"
#include "ui/player/AudioDescriber.h"
#include "ui/player/CaptionStyle.h"
#include "ui/player/CaptionStyleEditor.h"
#include "ui/player/CaptionStyleNotifier.h"
#include "ui/player/ChapterSeekBar.h"
#include "ui/player/FilmPlayer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace reflekt {

namespace {

QString clock(double seconds)
{
    const auto s = static_cast<qint64>(std::max(0.0, seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

FilmRemote::FilmRemote(QWidget* parent)
    : QWidget(parent), m_play(new QPushButton(tr("Play"), this)), m_seek(new ChapterSeekBar(this)),
      m_back10(new QPushButton(tr("−10 s"), this)), m_forward10(new QPushButton(tr("+10 s"), this)),
      m_chapters(new QComboBox(this)), m_time(new QLabel(this)), m_captions(new QComboBox(this)),
      m_captionSize(new QComboBox(this))
{
    m_describe = new QPushButton(tr("AD"), this);
    m_describe->setObjectName(QStringLiteral("filmAudioDescription"));
    m_describe->setAccessibleName(tr("AD, audio description on the wall"));
    m_describe->setCheckable(true);
    m_describe->setFocusPolicy(Qt::TabFocus);
    setObjectName(QStringLiteral("filmControls"));
    // Named by what they show (WCAG 2.5.3: "Pause", "−10 s"), what they do is their description.
    m_play->setObjectName(QStringLiteral("filmPlay"));
    m_play->setAccessibleDescription(tr("Play or pause the film on the wall"));
    // Reached with Tab like the console's buttons, not taken by a click: after a click the focus
    // stays on the console, so the clicker's Space still plays and pauses. With the focus on one,
    // Space and Enter press it and the console's filter gives every other clicker key to the session.
    m_play->setFocusPolicy(Qt::TabFocus);
    m_back10->setObjectName(QStringLiteral("filmBack10"));
    m_back10->setAccessibleDescription(tr("Ten seconds back"));
    m_back10->setFocusPolicy(Qt::TabFocus);
    m_forward10->setObjectName(QStringLiteral("filmForward10"));
    m_forward10->setAccessibleDescription(tr("Ten seconds on"));
    m_forward10->setFocusPolicy(Qt::TabFocus);
    m_chapters->setObjectName(QStringLiteral("filmChapters"));
    m_chapters->setAccessibleName(tr("Go to a chapter of the film"));
    m_chapters->setFocusPolicy(Qt::TabFocus);
    m_chapters->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chapters->setMinimumContentsLength(8);
    // The player's own seek bar: milliseconds with chapter ticks, heard in seconds and words
    // ("5 seconds of 1 minute 38 seconds", SeekBarAccessible). From the keyboard Up, Down, Home
    // and End move it; Left and Right stay the clicker's.
    m_seek->setObjectName(QStringLiteral("filmSeek"));
    m_seek->setMinimumWidth(120);
    m_seek->setAccessibleName(tr("Film position"));
    m_seek->setFocusPolicy(Qt::TabFocus);
    m_time->setObjectName(QStringLiteral("filmTime"));
    m_captions->setObjectName(QStringLiteral("filmCaptions"));
    m_captions->setAccessibleName(tr("Captions on the wall"));
    m_captions->setFocusPolicy(Qt::TabFocus); // a click leaves the focus on the console
    m_captionSize->setObjectName(QStringLiteral("filmCaptionSize"));
    m_captionSize->setAccessibleName(tr("Caption size on the wall"));
    m_captionSize->setToolTip(tr("Caption size on the wall"));
    m_captionSize->setFocusPolicy(Qt::TabFocus);
    CaptionStyleEditor::fillSizes(m_captionSize);
    auto showWallSize = [this] {
        m_captionSize->setCurrentIndex(
            std::max(0, m_captionSize->findData(CaptionStyle::wallSizePercent(Settings()))));
    };
    showWallSize();
    // The Settings dialog sets the same value; the list follows it.
    connect(&CaptionStyleNotifier::instance(), &CaptionStyleNotifier::changed, this, showWallSize);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_play);
    row->addWidget(m_back10);
    row->addWidget(m_forward10);
    row->addWidget(m_chapters);
    row->addWidget(m_seek, 1);
    row->addWidget(m_time);
    row->addWidget(m_captions);
    row->addWidget(m_describe);
    row->addWidget(m_captionSize);

    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_player)
            m_player->togglePlay();
    });
    connect(m_back10, &QPushButton::clicked, this, [this] { skip(-10); });
    connect(m_forward10, &QPushButton::clicked, this, [this] { skip(10); });
    connect(m_chapters, &QComboBox::activated, this, [this](int index) {
        const QVariant start = m_chapters->itemData(index);
        if (m_player && start.isValid())
            m_player->seek(start.toDouble());
        m_chapters->setCurrentIndex(0); // the list is a menu: it does not keep a choice
    });
    connect(m_seek, &ChapterSeekBar::seekRequested, this, [this](double seconds) {
        if (m_player)
            m_player->seek(seconds);
    });
    connect(m_captions, &QComboBox::activated, this, [this] {
        if (m_player)
            m_player->setCaptionLanguage(m_captions->currentData().toString());
    });
    connect(m_describe, &QPushButton::clicked, this, [this](bool on) {
        if (m_player)
            m_player->audioDescriber()->setOn(on);
    });
    connect(m_captionSize, &QComboBox::activated, this, [this] {
        Settings settings;
        CaptionStyle::saveWallSizePercent(settings, m_captionSize->currentData().toInt());
        CaptionStyleNotifier::notifyChanged();
    });
    update();
}

void FilmRemote::setPlayer(FilmPlayer* player)
{
    if (m_player) {
        m_player->disconnect(this);
        m_player->audioDescriber()->disconnect(this);
    }
    m_player = player;
    m_captions->clear();
    m_chapters->clear();
    m_chapters->addItem(tr("Chapters…"));
    m_seek->setChapters(player ? player->film().chapters : QList<ChapterMark>{});
    if (player) {
        for (const ChapterMark& chapter : player->film().chapters)
            m_chapters->addItem(QStringLiteral("%1  %2").arg(formatFilmTime(chapter.start), chapter.title),
                                chapter.start);
        m_captions->addItem(tr("No captions"), QString());
        for (const QString& language : player->captionLanguages())
            m_captions->addItem(language, language);
        m_captions->setCurrentIndex(std::max(0, m_captions->findData(player->captionLanguage())));
        connect(player, &FilmPlayer::positionChanged, this, &FilmRemote::update);
        connect(player, &FilmPlayer::playingChanged, this, &FilmRemote::update);
        connect(player, &FilmPlayer::durationKnown, this, &FilmRemote::update);
        connect(player->audioDescriber(), &AudioDescriber::changed, this, &FilmRemote::update);
    }
    update();
}

void FilmRemote::update()
{
    const bool has = m_player != nullptr;
    m_play->setEnabled(has);
    m_seek->setEnabled(has);
    m_captions->setEnabled(has);
    m_back10->setEnabled(has);
    m_forward10->setEnabled(has);
    m_chapters->setEnabled(has && m_chapters->count() > 1);
    m_chapters->setVisible(m_chapters->count() > 1);
    const AudioDescriber* describer = has ? m_player->audioDescriber() : nullptr;
    m_describe->setEnabled(describer && describer->isAvailable());
    m_describe->setChecked(describer && describer->isAvailable() && describer->isOn());
    m_describe->setToolTip(!describer || !describer->isAvailable()
                               ? tr("Audio description: the film on the wall has none")
                               : !describer->status().isEmpty() ? describer->status()
                                                                : tr("Audio description on the wall: what the film "
                                                                     "shows is spoken in the room"));
    if (!has) {
        m_time->clear();
        return;
    }
    const double duration = m_player->duration();
    m_seek->setDuration(duration);
    m_seek->setPosition(m_player->position());
    m_play->setText(m_player->isPlaying() ? tr("Pause") : tr("Play"));
    m_time->setText(tr("%1 of %2").arg(clock(m_player->position()), clock(duration)));
}

void FilmRemote::skip(double seconds)
{
    if (m_player)
        m_player->seek(m_player->position() + seconds);
}

} // namespace reflekt
