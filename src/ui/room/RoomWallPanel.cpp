#include "ui/room/RoomWallPanel.h"

#include "ui/facilitator/WallPages.h"
#include "ui/room/RoomController.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

RoomWallPanel::RoomWallPanel(RoomController& room, QWidget* parent) : QWidget(parent), m_room(room)
{
    setObjectName(QStringLiteral("roomWallPanel"));
    setAttribute(Qt::WA_StyledBackground);
    m_title = WallPages::makeLabel(QStringLiteral("roomWallTitle"), this);
    m_title->setAlignment(Qt::AlignHCenter);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("roomWallCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_address = WallPages::makeLabel(QStringLiteral("roomWallAddress"), this);
    m_address->setAlignment(Qt::AlignHCenter);
    m_address->setWordWrap(true);
    m_note = WallPages::makeLabel(QStringLiteral("roomWallNote"), this, true);
    m_note->setAlignment(Qt::AlignHCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_code, 0, Qt::AlignHCenter);
    layout->addWidget(m_address);
    layout->addWidget(m_note);
    layout->addStretch(1);
    connect(&room, &RoomController::stateChanged, this, &RoomWallPanel::update);
    update();
}

void RoomWallPanel::update()
{
    m_title->setText(tr("Answer on your phone"));
    m_note->setText(tr("Anonymous: no name is asked."));
    const QString address = m_room.shortAddress();
    // Break the address after the port, so it wraps where a reader expects.
    m_address->setText(address.isEmpty() ? QString() : address.section(QLatin1Char('/'), 0, 0) + QLatin1Char('\n') +
                                                           QLatin1Char('/') + address.section(QLatin1Char('/'), 1));
    m_address->setAccessibleName(tr("Address: %1").arg(address));
    const int side = std::max(120, m_height * 45 / 100);
    const QImage code = m_room.qrCode(1);
    if (code.isNull()) {
        m_code->clear();
        return;
    }
    // Whole pixels per module, so every module is equally sharp on the projector.
    const int scale = std::max(1, side / code.width());
    m_code->setPixmap(QPixmap::fromImage(code.scaled(code.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    m_code->setAccessibleName(tr("QR code for %1").arg(address));
}

void RoomWallPanel::applySizes(int height)
{
    m_height = height;
    WallPages::setPixelSize(m_title, height / 24, true);
    WallPages::setPixelSize(m_address, height / 26);
    WallPages::setPixelSize(m_note, height / 40);
    const int margin = std::max(8, height / 40);
    layout()->setContentsMargins(margin, margin, margin, margin);
    update();
}

RoomWallAnswers::RoomWallAnswers(RoomController& room, QWidget* parent) : QWidget(parent), m_room(room)
{
    setObjectName(QStringLiteral("presentationRoomAnswers"));
    m_question = WallPages::makeLabel(QStringLiteral("roomWallQuestion"), this, true);
    m_box = new QWidget(this);
    m_box->setObjectName(QStringLiteral("roomWallAnswerBox"));
    new QVBoxLayout(m_box);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addSpacing(16);
    layout->addWidget(m_box);
    layout->addStretch(1);
}

QList<QLabel*> RoomWallAnswers::answerLabels() const
{
    return m_box->findChildren<QLabel*>(QStringLiteral("roomWallAnswer"));
}

void RoomWallAnswers::fill(const QString& question)
{
    m_question->setText(question);
    qDeleteAll(answerLabels());
    const std::vector<StoredRoomAnswer> shown = m_room.onWall();
    for (const StoredRoomAnswer& answer : shown) {
        QLabel* label = WallPages::makeLabel(QStringLiteral("roomWallAnswer"), m_box);
        label->setText(QString::fromStdString(answer.text));
        label->setProperty("card", true);
        m_box->layout()->addWidget(label);
    }
    applySizes(m_height);
}

void RoomWallAnswers::applySizes(int height)
{
    m_height = height;
    WallPages::setPixelSize(m_question, height / 28);
    const QList<QLabel*> labels = answerLabels();
    // One answer nearly as large as a question; four still readable from the back.
    const int count = std::max<int>(1, static_cast<int>(labels.size()));
    const int pixels = count == 1 ? height / 14 : count == 2 ? height / 18 : height / 24;
    for (QLabel* label : labels)
        WallPages::setPixelSize(label, pixels);
    const int margin = std::max(16, height / 18);
    layout()->setContentsMargins(margin, margin, margin, margin);
    m_box->layout()->setSpacing(std::max(8, height / 36));
}

} // namespace reflekt
