#include "ui/player/TranscriptPanel.h"

#include "ui/player/TranscriptModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace reflekt {

TranscriptPanel::TranscriptPanel(QWidget* parent)
    : QWidget(parent), m_model(new TranscriptModel(this)), m_view(new QListView(this)),
      m_heading(new QLabel(tr("Transcript"), this))
{
    setObjectName(QStringLiteral("transcriptPanel"));
    m_heading->setObjectName(QStringLiteral("transcriptHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Transcript"));
    m_view->setToolTip(
        tr("Every caption of the film. Click a line, or press Enter on it, to play from there."));
    m_heading->setBuddy(m_view);

    setMinimumWidth(220);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::clicked, this, &TranscriptPanel::activate);
    connect(m_view, &QListView::activated, this, &TranscriptPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_shownRow = -2; });
}

void TranscriptPanel::setLanguageLabel(const QString& label)
{
    m_heading->setText(label.isEmpty() ? tr("Transcript") : tr("Transcript (%1)").arg(label));
}

void TranscriptPanel::setPosition(double seconds)
{
    int row = m_model->setPosition(seconds);
    if (row < 0) {
        // Between cues the last one spoken stays selected, so the eye keeps its place.
        for (int r = m_model->rowCount() - 1; r >= 0; --r) {
            if (m_model->startOf(r) <= seconds) {
                row = r;
                break;
            }
        }
    }
    if (row == m_shownRow)
        return;
    m_shownRow = row;
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TranscriptPanel::activate(const QModelIndex& index)
{
    if (index.isValid())
        Q_EMIT seekRequested(m_model->startOf(index.row()));
}

} // namespace reflekt
