#pragma once

#include <QWidget>

class QLabel;

namespace reflekt {

// The console's unmistakable states above everything else: the wall is blank (large, black as the
// wall), and only one screen is connected (the room may be seeing the console).
class ConsoleBanners : public QWidget {
    Q_OBJECT
public:
    explicit ConsoleBanners(QWidget* parent = nullptr);

public Q_SLOTS:
    void setBlank(bool blank);
    void setScreenCount(int count);

private:
    QLabel* m_blank = nullptr;
    QLabel* m_singleScreen = nullptr;
};

} // namespace reflekt
