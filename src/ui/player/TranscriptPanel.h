#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace reflekt {

class TranscriptModel;

// The transcript beside the film: every cue of the current caption track, the one playing now
// highlighted and kept in view; a click or Enter on a cue asks to play from there.
class TranscriptPanel : public QWidget {
    Q_OBJECT
public:
    explicit TranscriptPanel(QWidget* parent = nullptr);

    TranscriptModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    void setLanguageLabel(const QString& label);

public Q_SLOTS:
    void setPosition(double seconds);

Q_SIGNALS:
    void seekRequested(double seconds);

private:
    void activate(const QModelIndex& index);

    TranscriptModel* m_model;
    QListView* m_view;
    QLabel* m_heading;
    int m_shownRow = -2;
};

} // namespace reflekt
