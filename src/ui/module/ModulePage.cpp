#include "ui/module/ModulePage.h"

#include "platform/Workspace.h"
#include "ui/module/BundleTextBrowser.h"
#include "ui/module/DocumentStepView.h"
#include "ui/module/FilmStepView.h"
#include "ui/module/ModuleCompletePage.h"
#include "ui/module/ReflectionView.h"
#include "ui/module/StepListModel.h"
#include "ui/module/StepUnavailableView.h"
#include "ui/notes/UnsavedTextPrompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace reflekt {

namespace {
// Qt's list view lays its rows out with the delegate's size for the row's width, but asks again
// for each row's own rectangle without a width: a title that wraps got two lines of room and one
// line of rectangle, so it was cut short ("Film: Fire samtaler om det …") above an empty gap.
// Here every size is for the width the row really has, less the tick box beside the text.
class StepItemDelegate : public QStyledItemDelegate {
public:
    explicit StepItemDelegate(QListView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem o(option);
        const QStyle* style = m_view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &o, m_view) + 1;
        const int check = style->pixelMetric(QStyle::PM_IndicatorWidth, &o, m_view) + 2 * margin;
        const int width = m_view->viewport()->width() - 2 * m_view->spacing() - check;
        o.rect = QRect(0, 0, std::max(width, 40), QWIDGETSIZE_MAX);
        const QSize hint = QStyledItemDelegate::sizeHint(o, index); // counts the tick box itself
        return {std::min(hint.width(), std::max(width, 40) + check), hint.height()};
    }

private:
    QListView* m_view;
};
} // namespace

ModulePage::ModulePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_steps(new StepListModel(workspace, this)),
      m_list(new QListView(this)), m_title(new QLabel(this)), m_progress(new QLabel(this)),
      m_prev(new QPushButton(tr("← &Previous"), this)), m_next(new QPushButton(tr("&Next →"), this))
{
    setObjectName(QStringLiteral("modulePage"));
    auto* back = new QPushButton(tr("&Library"), this);
    back->setObjectName(QStringLiteral("backToLibraryButton"));
    back->setAccessibleName(tr("Back to the library"));
    back->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    m_title->setObjectName(QStringLiteral("moduleTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    m_progress->setObjectName(QStringLiteral("moduleProgress"));
    auto* group = new QPushButton(tr("Run as &group session…"), this);
    group->setObjectName(QStringLiteral("groupSessionButton"));
    group->setAccessibleName(tr("Run this module as a group session with a projector"));

    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setModel(m_steps);
    m_list->setAccessibleName(tr("Steps of this module"));
    m_list->setMinimumWidth(220);
    m_list->setMaximumWidth(320);
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(4);
    m_list->setWordWrap(true);
    m_list->setItemDelegate(new StepItemDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust); // rows wrap anew when the splitter moves
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_prev->setObjectName(QStringLiteral("previousStepButton"));
    m_prev->setAccessibleName(tr("Previous step"));
    m_next->setObjectName(QStringLiteral("nextStepButton"));
    m_next->setAccessibleName(tr("Next step"));

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(m_title, 1);
    header->addWidget(m_progress);
    header->addWidget(group);

    auto* viewHost = new QWidget(this);
    m_viewLayout = new QVBoxLayout(viewHost);
    m_viewLayout->setContentsMargins(0, 0, 0, 0);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_prev);
    nav->addStretch();
    nav->addWidget(m_next);
    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(viewHost, 1);
    rl->addLayout(nav);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(back, &QPushButton::clicked, this, [this] {
        if (!mayLeave())
            return;
        delete m_view;
        Q_EMIT backToLibrary();
    });
    connect(group, &QPushButton::clicked, this, [this] {
        if (!mayLeave())
            return;
        Q_EMIT startGroupSession(bundleId(), moduleId());
    });
    connect(m_prev, &QPushButton::clicked, this, [this] { openStep(m_row - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { openStep(m_row + 1); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& i) { openStep(i.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& i) { openStep(i.row()); });
}

QString ModulePage::bundleId() const
{
    return m_bundle ? QString::fromStdString(m_bundle->id) : QString();
}

QString ModulePage::moduleId() const
{
    return m_module ? QString::fromStdString(m_module->id) : QString();
}

bool ModulePage::openModule(const QString& bundleIdValue, const QString& moduleIdValue, const QString& stepId)
{
    if (!mayLeave())
        return false;
    delete m_view;
    m_bundle = m_workspace.bundle(bundleIdValue);
    m_module = m_bundle ? m_bundle->findModule(moduleIdValue.toStdString()) : nullptr;
    m_steps->setModule(m_bundle, m_module);
    m_row = -1;
    if (!m_module)
        return false;
    QString target = stepId;
    if (target.isEmpty()) {
        const auto last = m_workspace.store()->progress().lastOpenedStep(m_workspace.participantId(),
                                                                         m_bundle->id, m_module->id);
        if (last.ok() && *last.value)
            target = QString::fromStdString(**last.value);
    }
    openStep(std::max(0, m_steps->rowOf(target)));
    return true;
}

void ModulePage::openStep(int row)
{
    const int count = m_module ? static_cast<int>(m_module->steps.size()) : 0;
    if (!m_module || row < 0 || row > count) // row == count: the page after the last step
        return;
    if (!mayLeave()) {
        m_list->setCurrentIndex(m_steps->index(m_row)); // the click moved the selection: put it back
        return;
    }
    delete m_view;
    m_row = row;
    if (row == count) {
        showCompletePage();
        return;
    }
    const Step& step = m_module->steps[static_cast<std::size_t>(row)];
    const StepRef ref{m_bundle->id, m_module->id, step.id};
    m_workspace.check(m_workspace.store()->progress().openStep(m_workspace.participantId(), ref).error);
    m_view = createView(step);
    m_viewLayout->addWidget(m_view);
    m_list->setCurrentIndex(m_steps->index(row));
    m_prev->setEnabled(row > 0);
    m_next->setEnabled(true);
    m_next->setAccessibleName(row + 1 < count ? tr("Next step") : tr("Next: the end of the module"));
    setScale(m_scale);
    updateHeader();
    m_view->setFocus();
}

void ModulePage::showCompletePage()
{
    auto* page = new ModuleCompletePage(m_workspace, *m_bundle, *m_module, *m_steps, this);
    // Queued: each of these deletes the page whose button was just clicked.
    connect(page, &ModuleCompletePage::goToStep, this, &ModulePage::openStep, Qt::QueuedConnection);
    connect(page, &ModuleCompletePage::exportNotes, this, &ModulePage::exportNotes);
    connect(
        page, &ModuleCompletePage::backToLibrary, this,
        [this] {
            delete m_view;
            Q_EMIT backToLibrary();
        },
        Qt::QueuedConnection);
    m_view = page;
    m_viewLayout->addWidget(page);
    m_list->setCurrentIndex({});
    m_prev->setEnabled(m_row > 0);
    m_next->setEnabled(false);
    updateHeader();
    page->setFocus();
}

void ModulePage::markDone(const QString& stepId)
{
    if (m_steps->isDone(stepId))
        return;
    const StepRef ref{m_bundle->id, m_module->id, stepId.toStdString()};
    if (m_workspace.check(m_workspace.store()
                              ->progress()
                              .markCompleted(m_workspace.participantId(), ref, CompletionHow::Alone)
                              .error))
        stepCompleted(stepId);
}

QWidget* ModulePage::createView(const Step& step)
{
    const QString stepId = QString::fromStdString(step.id);
    if (!step.unavailable.empty())
        return new StepUnavailableView(step, QString::fromStdString(m_bundle->root.string()), this);
    switch (step.type) {
    case StepType::Film: {
        auto* view = new FilmStepView(m_workspace, *m_bundle, *m_module, step, this);
        connect(view, &FilmStepView::completed, this, [this, stepId] { stepCompleted(stepId); });
        return view;
    }
    case StepType::Reflection: {
        auto* view = new ReflectionView(m_workspace, *m_bundle, *m_module, step, this);
        connect(view, &ReflectionView::completed, this, [this, stepId] { stepCompleted(stepId); });
        return view;
    }
    case StepType::Text:
    case StepType::Activity: {
        auto* view = new DocumentStepView(m_workspace, *m_bundle, step, this);
        connect(view, &DocumentStepView::completed, this, [this, stepId] { markDone(stepId); });
        return view;
    }
    }
    return new QWidget(this);
}

void ModulePage::stepCompleted(const QString& stepId)
{
    m_steps->setDone(stepId, true);
    updateHeader();
    Q_EMIT m_workspace.progressChanged(bundleId(), moduleId());
}

void ModulePage::updateHeader()
{
    if (!m_module)
        return;
    m_title->setText(m_workspace.text(*m_bundle, m_module->title));
    m_progress->setText(tr("%1 of %2 steps done").arg(m_steps->doneCount()).arg(m_module->steps.size()));
}

bool ModulePage::flush()
{
    if (auto* r = qobject_cast<ReflectionView*>(m_view.data()))
        return r->flush();
    if (auto* f = qobject_cast<FilmStepView*>(m_view.data()))
        f->flush();
    return true;
}

bool ModulePage::mayLeave()
{
    if (flush())
        return true;
    auto* r = qobject_cast<ReflectionView*>(m_view.data());
    if (!r)
        return true;
    QString context;
    if (m_bundle && m_module && m_row >= 0) {
        context = m_workspace.text(*m_bundle, m_bundle->title) + QStringLiteral(" · ") +
                  m_workspace.text(*m_bundle, m_module->title) + QStringLiteral(" · ") +
                  m_workspace.text(*m_bundle, m_module->steps[static_cast<std::size_t>(m_row)].title) +
                  QStringLiteral("\n\n");
    }
    if (!UnsavedTextPrompt::mayLeave(this, context + r->unsavedText(), r->unsavedReason()))
        return false;
    r->discardUnsaved(); // kept in a file, or let go by the participant's own choice
    return true;
}

void ModulePage::setScale(double scale)
{
    m_scale = scale;
    if (auto* r = qobject_cast<ReflectionView*>(m_view.data()))
        r->setScale(scale);
    if (m_view)
        for (auto* b : m_view->findChildren<BundleTextBrowser*>())
            b->setScale(scale);
}

} // namespace reflekt
