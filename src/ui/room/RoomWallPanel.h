#pragma once

#include <QWidget>

class QLabel;

namespace reflekt {

class RoomController;

// On the wall beside a question while the room is open: the QR code and the short address to
// type, and a line that says answers are anonymous. Sized from the wall's height, so the code is
// large enough to scan from the back of a room.
class RoomWallPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoomWallPanel(RoomController& room, QWidget* parent = nullptr);

    /** Sizes for a wall `height` pixels high. */
    void applySizes(int height);
    QLabel* code() const { return m_code; }
    QLabel* address() const { return m_address; }

private:
    void update();

    RoomController& m_room;
    QLabel* m_title = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_note = nullptr;
    int m_height = 540;
};

// The answers the facilitator put on the wall, large, as plain text (markup stays characters),
// under the question they answer. No name, no time: only what was written.
class RoomWallAnswers : public QWidget {
    Q_OBJECT
public:
    explicit RoomWallAnswers(RoomController& room, QWidget* parent = nullptr);

    /** Fills the page with `question` and the answers on the wall now. */
    void fill(const QString& question);
    void applySizes(int height);
    /** The labels holding the answers now (for tests and the accessible tree). */
    QList<QLabel*> answerLabels() const;

private:
    RoomController& m_room;
    QLabel* m_question = nullptr;
    QWidget* m_box = nullptr;
    int m_height = 540;
};

} // namespace reflekt
