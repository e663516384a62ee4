#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace reflekt {

class RoomAnswersModel;
class RoomController;

// The console's Room tab: open or close the room, whether it is open and how many phones are
// there, the answers to the current question as they arrive, and what to do with the chosen one:
// show it on the wall (Enter), take it off, hide it, copy it into the group's note. A tick puts an
// answer in the minutes; every answer shown is ticked until the facilitator unticks it.
class RoomPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoomPanel(RoomController& room, QWidget* parent = nullptr);

    QListView* answerList() const { return m_list; }

Q_SIGNALS:
    /** Copy to note: the console appends `text` to the group's note of the question. */
    void copyToNote(const QString& text);

private:
    void updateState();
    void updateButtons();
    std::int64_t currentId() const;

    RoomController& m_room;
    RoomAnswersModel* m_model = nullptr;
    QPushButton* m_open = nullptr;
    QCheckBox* m_wholeSession = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_takeOff = nullptr;
    QPushButton* m_hide = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace reflekt
