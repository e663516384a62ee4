#include "ui/library/ProfileListModel.h"

#include "ui/widgets/Design.h"

#include <QCollator>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace reflekt {

namespace {

// A round badge with the name's initial, in a calm colour of its own that white text reads on.
QPixmap initialBadge(const QString& name)
{
    const int size = 32;
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    QPixmap pix(QSize(size, size) * dpr);
    pix.setDevicePixelRatio(dpr);
    pix.fill(Qt::transparent);
    const int hue = static_cast<int>(qHash(name) % 360U);
    const Design::Fill fill = Design::accentFill(Design::accentOn(QColor::fromHsl(hue, 90, 110), Qt::white));
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(fill.background);
    p.drawEllipse(QRectF(0, 0, size, size));
    p.setPen(fill.text);
    QFont f = Design::font(Design::Type::Heading3);
    p.setFont(f);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, name.trimmed().left(1).toUpper());
    return pix;
}

} // namespace

ProfileListModel::ProfileListModel(QObject* parent) : QAbstractListModel(parent) {}

void ProfileListModel::setParticipants(std::vector<Participant> participants, const QString& lastUsed)
{
    beginResetModel();
    m_participants = std::move(participants);
    m_lastUsed = lastUsed;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_participants.begin(), m_participants.end(),
                     [&](const Participant& a, const Participant& b) {
                         const QString na = QString::fromStdString(a.displayName);
                         const QString nb = QString::fromStdString(b.displayName);
                         const bool la = na == m_lastUsed;
                         const bool lb = nb == m_lastUsed;
                         if (la != lb)
                             return la;
                         return collator.compare(na, nb) < 0;
                     });
    endResetModel();
}

const Participant* ProfileListModel::participantAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_participants.size()))
        return nullptr;
    return &m_participants[static_cast<std::size_t>(row)];
}

int ProfileListModel::rowOf(const QString& displayName) const
{
    for (int i = 0; i < static_cast<int>(m_participants.size()); ++i)
        if (QString::fromStdString(m_participants[static_cast<std::size_t>(i)].displayName) == displayName)
            return i;
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_participants.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant& p = m_participants[static_cast<std::size_t>(index.row())];
    const QString name = QString::fromStdString(p.displayName);
    const bool last = !m_lastUsed.isEmpty() && name == m_lastUsed;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return name;
    case Qt::AccessibleDescriptionRole:
        return last ? tr("Used last on this computer") : QString();
    case Qt::DecorationRole:
        return initialBadge(name);
    case Qt::FontRole:
        return Design::font(Design::Type::Lead);
    case Qt::SizeHintRole:
        return QSize(0, 32 + Design::space(4));
    case ParticipantIdRole:
        return QVariant::fromValue<qint64>(p.id);
    case LastUsedRole:
        return last;
    default:
        return {};
    }
}

} // namespace reflekt
