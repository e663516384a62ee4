#include "ui/player/TranscriptModel.h"

#include "ui/player/FilmSource.h"

#include <QFont>

namespace reflekt {

TranscriptModel::TranscriptModel(QObject* parent) : QAbstractListModel(parent) {}

void TranscriptModel::setCues(std::vector<Cue> cues)
{
    beginResetModel();
    m_cues = std::move(cues);
    m_current = -1;
    endResetModel();
}

int TranscriptModel::setPosition(double seconds)
{
    const auto found = cueIndexAt(m_cues, seconds);
    const int row = found ? static_cast<int>(*found) : -1;
    if (row == m_current)
        return row;
    const int old = m_current;
    m_current = row;
    for (int r : {old, row}) {
        if (r >= 0)
            Q_EMIT dataChanged(index(r), index(r), {Qt::FontRole, CurrentRole});
    }
    return row;
}

double TranscriptModel::startOf(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_cues[static_cast<std::size_t>(row)].start;
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cues.size());
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cue& cue = m_cues[static_cast<std::size_t>(index.row())];
    const QString text = QString::fromStdString(cue.text);
    switch (role) {
    case Qt::DisplayRole:
        // One line per cue in the list: time, then the text with its line breaks joined.
        return QStringLiteral("%1  %2").arg(formatFilmTime(cue.start),
                                            QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    case Qt::ToolTipRole:
        return tr("Play from %1").arg(formatFilmTime(cue.start));
    case Qt::AccessibleTextRole:
        return tr("%1, at %2").arg(text, formatFilmTime(cue.start));
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case StartRole:
        return cue.start;
    case EndRole:
        return cue.end;
    case TextRole:
        return text;
    case CurrentRole:
        return index.row() == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(TextRole, "text");
    names.insert(CurrentRole, "current");
    return names;
}

} // namespace reflekt
