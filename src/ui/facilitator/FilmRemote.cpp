#include "ui/facilitator/FilmRemote.h"

#include "ui/player/FilmPlayer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

namespace reflekt {

namespace {

QString clock(double seconds)
{
    const auto s = static_cast<qint64>(std::max(0.0, seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

FilmRemote::FilmRemote(QWidget* parent)
    : QWidget(parent), m_play(new QPushButton(tr("Play"), this)), m_seek(new QSlider(Qt::Horizontal, this)),
      m_time(new QLabel(this)), m_captions(new QComboBox(this))
{
    setObjectName(QStringLiteral("filmControls"));
    m_play->setObjectName(QStringLiteral("filmPlay"));
    m_play->setAccessibleName(tr("Play or pause the film on the wall"));
    m_play->setFocusPolicy(Qt::NoFocus); // Space belongs to the clicker
    m_seek->setObjectName(QStringLiteral("filmSeek"));
    m_seek->setAccessibleName(tr("Film position"));
    m_seek->setFocusPolicy(Qt::NoFocus);
    m_time->setObjectName(QStringLiteral("filmTime"));
    m_captions->setObjectName(QStringLiteral("filmCaptions"));
    m_captions->setAccessibleName(tr("Captions on the wall"));
    m_captions->setFocusPolicy(Qt::TabFocus); // a click leaves the focus on the console
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_play);
    row->addWidget(m_seek, 1);
    row->addWidget(m_time);
    row->addWidget(m_captions);

    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_player)
            m_player->togglePlay();
    });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        if (m_player)
            m_player->seek(m_seek->value());
    });
    connect(m_captions, &QComboBox::activated, this, [this] {
        if (m_player)
            m_player->setCaptionLanguage(m_captions->currentData().toString());
    });
    update();
}

void FilmRemote::setPlayer(FilmPlayer* player)
{
    if (m_player)
        m_player->disconnect(this);
    m_player = player;
    m_captions->clear();
    if (player) {
        m_captions->addItem(tr("No captions"), QString());
        for (const QString& language : player->captionLanguages())
            m_captions->addItem(language, language);
        m_captions->setCurrentIndex(std::max(0, m_captions->findData(player->captionLanguage())));
        connect(player, &FilmPlayer::positionChanged, this, &FilmRemote::update);
        connect(player, &FilmPlayer::playingChanged, this, &FilmRemote::update);
        connect(player, &FilmPlayer::durationKnown, this, &FilmRemote::update);
    }
    update();
}

void FilmRemote::update()
{
    const bool has = m_player != nullptr;
    m_play->setEnabled(has);
    m_seek->setEnabled(has);
    m_captions->setEnabled(has);
    if (!has) {
        m_time->clear();
        return;
    }
    const double duration = m_player->duration();
    m_seek->setRange(0, static_cast<int>(duration));
    if (!m_seek->isSliderDown())
        m_seek->setValue(static_cast<int>(m_player->position()));
    m_play->setText(m_player->isPlaying() ? tr("Pause") : tr("Play"));
    m_time->setText(tr("%1 of %2").arg(clock(m_player->position()), clock(duration)));
}

} // namespace reflekt
