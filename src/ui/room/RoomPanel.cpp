#include "ui/room/RoomPanel.h"

#include "ui/room/RoomAnswersModel.h"
#include "ui/room/RoomController.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace reflekt {

namespace {

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setFocusPolicy(Qt::TabFocus); // as the console's own: a click leaves the clicker's keys alone
    return button;
}

} // namespace

RoomPanel::RoomPanel(RoomController& room, QWidget* parent) : QWidget(parent), m_room(room)
{
    setObjectName(QStringLiteral("roomPanel"));
    m_open = makeButton(tr("Open the room"), QStringLiteral("roomOpen"), this);
    m_wholeSession = new QCheckBox(tr("Keep open for the whole session"), this);
    m_wholeSession->setObjectName(QStringLiteral("roomWholeSession"));
    m_wholeSession->setFocusPolicy(Qt::TabFocus);
    m_wholeSession->setToolTip(tr("Otherwise the room closes when the wall leaves this question."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roomStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("roomWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("roomAnswerCount"));
    m_count->setTextFormat(Qt::PlainText);

    m_model = new RoomAnswersModel(room, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("roomAnswers"));
    m_list->setAccessibleName(tr("Answers from the room"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_count->setBuddy(m_list);

    m_show = makeButton(tr("Show on the wall"), QStringLiteral("roomShow"), this);
    m_takeOff = makeButton(tr("Take off the wall"), QStringLiteral("roomTakeOff"), this);
    m_hide = makeButton(tr("Hide"), QStringLiteral("roomHide"), this);
    m_hide->setToolTip(tr("Hidden answers never reach the wall or the minutes."));
    m_copy = makeButton(tr("Copy to the group's note"), QStringLiteral("roomCopy"), this);

    // Two by two and one above the other: the console must still fit a 1280-pixel-wide laptop
    // beside its other column, in Swedish and Bokmål too (longer words than English).
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    auto* actions = new QGridLayout;
    actions->addWidget(m_show, 0, 0);
    actions->addWidget(m_takeOff, 0, 1);
    actions->addWidget(m_hide, 1, 0);
    actions->addWidget(m_copy, 1, 1);
    auto* hint = new QLabel(tr("Ticked answers go into the minutes. Enter shows the chosen answer on the wall."), this);
    hint->setObjectName(QStringLiteral("roomHint"));
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(openRow);
    layout->addWidget(m_wholeSession);
    layout->addWidget(m_status);
    layout->addWidget(m_warning);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(hint);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_room.isOpen()) {
            m_room.close();
        } else if (!m_room.open(m_wholeSession->isChecked())) {
            m_warning->setText(m_room.error());
            m_warning->show();
        }
    });
    connect(m_wholeSession, &QCheckBox::toggled, this, [this](bool whole) {
        if (m_room.isOpen())
            m_room.open(whole); // the same room, now kept (or no longer kept) for the session
    });
    connect(m_show, &QPushButton::clicked, this, [this] { m_room.showOnWall(currentId()); });
    connect(m_list, &QListView::activated, this, [this] { m_room.showOnWall(currentId()); });
    connect(m_takeOff, &QPushButton::clicked, this, [this] { m_room.takeOffWall(currentId()); });
    connect(m_hide, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            m_room.setHidden(currentId(), !index.data(RoomAnswersModel::HiddenRole).toBool());
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            Q_EMIT copyToNote(index.data(Qt::ToolTipRole).toString());
    });
    connect(&room, &RoomController::stateChanged, this, &RoomPanel::updateState);
    connect(&room, &RoomController::phonesChanged, this, &RoomPanel::updateState);
    connect(&room, &RoomController::storeProblemChanged, this, &RoomPanel::updateState);
    connect(&room, &RoomController::answersReset, this, &RoomPanel::updateState);
    connect(&room, &RoomController::answerAdded, this, [this](int row) {
        updateState();
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(row));
    });
    connect(&room, &RoomController::answerChanged, this, &RoomPanel::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoomPanel::updateButtons);
    updateState();
}

std::int64_t RoomPanel::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(RoomAnswersModel::AnswerIdRole).toLongLong() : 0;
}

void RoomPanel::updateState()
{
    const bool open = m_room.isOpen();
    m_open->setText(open ? tr("Close the room") : tr("Open the room"));
    if (open) {
        const QSignalBlocker block(m_wholeSession);
        m_wholeSession->setChecked(m_room.isForWholeSession());
    }
    if (open) {
        const int phones = m_room.phones();
        m_status->setText(tr("The room is open at %1. %n phone(s) connected.", nullptr, phones)
                              .arg(m_room.shortAddress()));
    } else {
        m_status->setText(tr("The room is closed. Open it to let the group answer anonymously from their phones."));
    }
    QString warning;
    if (open && !m_room.reachableFromPhones())
        warning = tr("This laptop has no local network address: phones cannot reach the room. "
                     "Connect it to the meeting room's Wi-Fi.");
    if (!m_room.storeProblem().isEmpty())
        warning = tr("Answers are shown but could not be kept: %1").arg(m_room.storeProblem());
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    const int answers = static_cast<int>(m_room.answers().size());
    m_count->setText(m_room.questionId().isEmpty()
                         ? tr("The wall is not on a question: answers come when it is.")
                         : tr("%n answer(s) to this question:", nullptr, answers));
    updateButtons();
}

void RoomPanel::updateButtons()
{
    const QModelIndex index = m_list->currentIndex();
    const bool any = index.isValid();
    const bool onWall = any && index.data(RoomAnswersModel::OnWallRole).toBool();
    const bool hidden = any && index.data(RoomAnswersModel::HiddenRole).toBool();
    m_show->setEnabled(any && !onWall && !hidden);
    m_takeOff->setEnabled(onWall);
    m_hide->setEnabled(any);
    m_hide->setText(hidden ? tr("Unhide") : tr("Hide"));
    m_copy->setEnabled(any);
}

} // namespace reflekt
