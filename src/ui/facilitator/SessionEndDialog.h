#pragma once

#include <QDialog>
#include <QStringList>

class QPushButton;

namespace reflekt {

class CheckList;
class GroupSessionController;

// Asked when the facilitator ends the presentation (Esc, the last item, or closing a window):
// finish and credit those present with the steps covered, keep the session open to continue at
// the next meeting, or go back. The clicker's forward keys choose "Finish"; Esc, its back key and
// F5 go back.
class SessionEndDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Back, Finish, KeepOpen };

    explicit SessionEndDialog(const GroupSessionController& session, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /** The ticked steps to credit (by default those covered in this meeting). */
    QStringList stepIds() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleClicker(int key);

    CheckList* m_steps;
    QPushButton* m_finish;
    Choice m_choice = Choice::Back;
};

} // namespace reflekt
