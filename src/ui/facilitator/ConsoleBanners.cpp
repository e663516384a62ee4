#include "ui/facilitator/ConsoleBanners.h"

#include "ui/widgets/StatusColors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace reflekt {

namespace {
// The blank banner is as black as the wall, in white (21:1).
const StatusColors::Badge kBlankBadge{QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff)};
} // namespace

ConsoleBanners::ConsoleBanners(QWidget* parent) : QWidget(parent)
{
    // Black as the wall, with an amber rim so it stands out on a dark desktop as well (21:1).
    m_blank = new QLabel(tr("The wall is blank — press B to show it"), this);
    m_blank->setObjectName(QStringLiteral("wallBlankBanner"));
    m_blank->setAlignment(Qt::AlignCenter);
    m_blank->setWordWrap(true);
    QFont big = m_blank->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_blank->setFont(big);
    m_blank->setStyleSheet(StatusColors::badgeStyleSheet(kBlankBadge) +
                           QStringLiteral(" border: 3px solid %1; padding: 14px;")
                               .arg(StatusColors::timeNearlyUp().background.name()));
    m_blank->hide();

    m_singleScreen = new QLabel(tr("Only one screen is connected. If the projector shows this screen "
                                   "too, the room can see this console: the guide, the clocks and the "
                                   "group's notes."),
                                this);
    m_singleScreen->setObjectName(QStringLiteral("singleScreenWarning"));
    m_singleScreen->setWordWrap(true);
    m_singleScreen->setStyleSheet(StatusColors::badgeStyleSheet(StatusColors::timeNearlyUp()) +
                                  QStringLiteral(" padding: 6px;"));
    m_singleScreen->hide();

    m_recordProblem = new QLabel(this);
    m_recordProblem->setObjectName(QStringLiteral("recordProblemBanner"));
    m_recordProblem->setWordWrap(true);
    m_recordProblem->setStyleSheet(StatusColors::badgeStyleSheet(StatusColors::timeOver()) +
                                   QStringLiteral(" padding: 6px;"));
    m_recordProblem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blank);
    layout->addWidget(m_singleScreen);
    layout->addWidget(m_recordProblem);
}

void ConsoleBanners::setRecordProblem(const QString& problem)
{
    m_recordProblem->setText(tr("Where the group is and what was covered could not be saved: %1. The meeting "
                                "goes on; the group's notes are saved separately.")
                                 .arg(problem));
    m_recordProblem->setVisible(!problem.isEmpty());
}

void ConsoleBanners::setBlank(bool blank)
{
    m_blank->setVisible(blank);
}

void ConsoleBanners::setScreenCount(int count)
{
    m_singleScreen->setVisible(count < 2);
}

} // namespace reflekt
