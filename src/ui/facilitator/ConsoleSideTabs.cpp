#include "ui/facilitator/ConsoleSideTabs.h"

#include "ui/facilitator/FacilitatorGuide.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/SessionItemsModel.h"

#include <QLabel>
#include <QListView>
#include <QTabBar>
#include <QVBoxLayout>

namespace reflekt {

ConsoleSideTabs::ConsoleSideTabs(GroupSessionController& session, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("consoleTabs"));
    tabBar()->setFocusPolicy(Qt::NoFocus); // a click on a tab leaves the focus where it was
    setFocusPolicy(Qt::NoFocus); // nor can the frame around the tabs take it (it hands it to the bar)

    auto* guideBox = new QWidget(this);
    auto* guideLayout = new QVBoxLayout(guideBox);
    auto* guideTitle = new QLabel(tr("Facilitator guide (only on this screen)"), guideBox);
    guideTitle->setObjectName(QStringLiteral("guideTitle"));
    m_guide = new FacilitatorGuide(session, guideBox);
    guideLayout->addWidget(guideTitle);
    guideLayout->addWidget(m_guide, 1);
    addTab(guideBox, tr("G&uide")); // Alt+G is the group's note

    auto* jumpBox = new QWidget(this);
    auto* jumpLayout = new QVBoxLayout(jumpBox);
    auto* jumpHint = new QLabel(
        tr("Every item of the session. Enter or a double-click shows it on the wall; ✓ has been shown."),
        jumpBox);
    jumpHint->setObjectName(QStringLiteral("jumpListHint"));
    jumpHint->setWordWrap(true);
    m_jump = new QListView(jumpBox);
    m_jump->setObjectName(QStringLiteral("jumpList"));
    m_jump->setAccessibleName(tr("Items of the session"));
    m_jump->setModel(new SessionItemsModel(session, m_jump));
    m_jump->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jump->setUniformItemSizes(true);
    m_jump->setCurrentIndex(m_jump->model()->index(session.currentIndex(), 0));
    jumpLayout->addWidget(jumpHint);
    jumpLayout->addWidget(m_jump, 1);
    addTab(jumpBox, tr("&Jump to"));

    connect(this, &QTabWidget::currentChanged, this, [this, jumpBox](int index) {
        if (widget(index) == jumpBox)
            m_jump->setFocus(Qt::TabFocusReason); // Alt+J, then the arrows choose
    });
    // Up and Down choose in the list; only Enter (or a double-click) moves the wall.
    connect(m_jump, &QListView::activated, &session,
            [&session](const QModelIndex& index) { session.goTo(index.row()); });
    connect(&session, &GroupSessionController::currentChanged, m_jump,
            [this](int index) { m_jump->setCurrentIndex(m_jump->model()->index(index, 0)); });
}

} // namespace reflekt
