#pragma once

#include <QWidget>

class QLabel;

namespace reflekt {

// The console's unmistakable states above everything else: the wall is blank (large, black as the
// wall), only one screen is connected (the room may be seeing the console), and where the group is
// cannot be saved (a full disk: the meeting goes on, but a later one would not resume here).
class ConsoleBanners : public QWidget {
    Q_OBJECT
public:
    explicit ConsoleBanners(QWidget* parent = nullptr);

public Q_SLOTS:
    void setBlank(bool blank);
    void setScreenCount(int count);
    /** Why the session's place could not be saved, or "" to hide the banner. */
    void setRecordProblem(const QString& problem);

private:
    QLabel* m_blank = nullptr;
    QLabel* m_singleScreen = nullptr;
    QLabel* m_recordProblem = nullptr;
};

} // namespace reflekt
