#include "ui/module/ModulePage.h"

#include "platform/Workspace.h"
#include "ui/module/BundleTextBrowser.h"
#include "ui/module/DocumentStepView.h"
#include "ui/module/FilmStepView.h"
#include "ui/module/ModuleCompletePage.h"
#include "ui/module/ModuleOverview.h"
#include "ui/module/ReflectionView.h"
#include "ui/module/StepItemDelegate.h"
#include "ui/module/StepListModel.h"
#include "ui/module/StepUnavailableView.h"
#include "ui/notes/UnsavedTextPrompt.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace reflekt {


ModulePage::ModulePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_steps(new StepListModel(workspace, this)),
      m_list(new QListView(this)), m_title(new QLabel(this)), m_progress(new QLabel(this)),
      m_progressBar(new QProgressBar(this)), m_back(new QPushButton(tr("&Library"), this)),
      m_group(new QPushButton(tr("Run as &group session…"), this)),
      m_overview(new QPushButton(tr("&Overview"), this)),
      m_delegate(new StepItemDelegate(m_list, Design::defaultAccent())),
      m_prev(new QPushButton(tr("← &Previous"), this)), m_next(new QPushButton(tr("&Next →"), this))
{
    setObjectName(QStringLiteral("modulePage"));
    m_back->setObjectName(QStringLiteral("backToLibraryButton"));
    m_back->setAccessibleDescription(tr("Back to the library")); // named "Library", as it reads
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    m_title->setObjectName(QStringLiteral("moduleTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("moduleProgress"));
    m_progressBar->setObjectName(QStringLiteral("moduleProgressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedWidth(120);
    m_progressBar->setFixedHeight(Design::space(2));
    m_progressBar->setAccessibleName(tr("Steps done"));
    m_group->setObjectName(QStringLiteral("groupSessionButton"));
    m_group->setAccessibleName(tr("Run as group session: this module with a projector"));

    m_overview->setObjectName(QStringLiteral("overviewNavButton"));
    m_overview->setAccessibleName(tr("Overview of this module"));
    m_overview->setCheckable(true);
    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setModel(m_steps);
    m_list->setAccessibleName(tr("Steps of this module"));
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(m_delegate);
    m_list->setResizeMode(QListView::Adjust); // rows wrap anew when the splitter moves
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_prev->setObjectName(QStringLiteral("previousStepButton"));
    m_prev->setAccessibleName(tr("Previous step"));
    m_next->setObjectName(QStringLiteral("nextStepButton"));
    m_next->setAccessibleName(tr("Next step"));

    auto* header = new QHBoxLayout;
    header->setSpacing(Design::space(4));
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    auto* progress = new QVBoxLayout;
    progress->setSpacing(Design::space(1));
    progress->addWidget(m_progress, 0, Qt::AlignRight);
    progress->addWidget(m_progressBar, 0, Qt::AlignRight);
    header->addLayout(progress);
    header->addWidget(m_group);

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

    // The left column: the overview, then the steps; a surface of its own, like a side bar.
    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("stepNav"));
    side->setMinimumWidth(220);
    side->setMaximumWidth(340);
    side->setAutoFillBackground(true);
    side->setBackgroundRole(QPalette::Base);
    auto* sl = new QVBoxLayout(side);
    sl->setContentsMargins(Design::space(1), Design::space(2), Design::space(1), Design::space(2));
    sl->setSpacing(Design::space(1));
    sl->addWidget(m_overview);
    sl->addWidget(m_list, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("moduleSplitter"));
    splitter->addWidget(side);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Design::space(4), Design::space(3), Design::space(4), Design::space(3));
    layout->setSpacing(Design::space(3));
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    setScale(1.0);

    connect(m_back, &QPushButton::clicked, this, [this] {
        if (!mayLeave())
            return;
        delete m_view;
        Q_EMIT backToLibrary();
    });
    connect(m_group, &QPushButton::clicked, this, [this] {
        if (!mayLeave())
            return;
        Q_EMIT startGroupSession(bundleId(), moduleId());
    });
    connect(m_overview, &QPushButton::clicked, this, [this] { showOverview(); });
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
    const QColor accent = Design::accent(QString::fromStdString(m_bundle->accentColor));
    m_delegate->setAccent(accent);
    const QColor line = Design::accentOn(accent, Design::surface(palette()));
    m_overview->setStyleSheet(
        QStringLiteral("QPushButton#overviewNavButton { text-align: left; border: none; border-radius: 6px; "
                       "padding: %1px %2px; background: transparent; }"
                       "QPushButton#overviewNavButton:checked { border-left: 4px solid %3; font-weight: 600; }"
                       "QPushButton#overviewNavButton:focus { border: 2px solid %3; }")
            .arg(Design::space(2))
            .arg(Design::space(3))
            .arg(line.name()));
    m_progressBar->setStyleSheet(
        QStringLiteral("QProgressBar { border: none; border-radius: 4px; background: %1; }"
                       "QProgressBar::chunk { border-radius: 4px; background: %2; }")
            .arg(Design::border(palette()).name(), Design::accentFill(accent).background.name()));
    const int row = m_steps->rowOf(stepId);
    if (row < 0)
        showOverview();
    else
        openStep(row);
    return true;
}

int ModulePage::continueRow() const
{
    if (!m_module || !m_workspace.store())
        return 0;
    const int count = m_steps->rowCount();
    const auto last =
        m_workspace.store()->progress().lastOpenedStep(m_workspace.participantId(), m_bundle->id, m_module->id);
    const int lastRow = last.ok() && *last.value ? m_steps->rowOf(QString::fromStdString(**last.value)) : -1;
    if (lastRow < 0)
        return 0;
    if (m_steps->state(lastRow) != StepListModel::State::Done)
        return lastRow;
    for (int r = lastRow + 1; r < count; ++r) // done: the next one that is not
        if (m_steps->state(r) != StepListModel::State::Done)
            return r;
    for (int r = 0; r < lastRow; ++r)
        if (m_steps->state(r) != StepListModel::State::Done)
            return r;
    return lastRow;
}

void ModulePage::showOverview()
{
    if (!m_module || !mayLeave())
        return;
    delete m_view;
    m_row = -1;
    auto* overview = new ModuleOverview(m_workspace, *m_bundle, *m_module, *m_steps, continueRow(), this);
    // Queued: opening a step deletes the overview whose button was just clicked.
    connect(overview, &ModuleOverview::goToStep, this, &ModulePage::openStep, Qt::QueuedConnection);
    showPage(overview);
}

void ModulePage::showPage(QWidget* page)
{
    m_view = page;
    m_viewLayout->addWidget(page);
    m_list->setCurrentIndex({});
    m_overview->setChecked(qobject_cast<ModuleOverview*>(page) != nullptr);
    const bool overview = m_overview->isChecked();
    m_prev->setVisible(!overview);
    m_next->setVisible(!overview);
    m_prev->setEnabled(m_row > 0);
    m_next->setEnabled(false);
    setScale(m_scale);
    updateHeader();
    page->setFocus();
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
    m_steps->setOpened(QString::fromStdString(step.id));
    m_view = createView(step);
    m_viewLayout->addWidget(m_view);
    m_list->setCurrentIndex(m_steps->index(row));
    m_overview->setChecked(false);
    m_prev->setVisible(true);
    m_next->setVisible(true);
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
        page, &ModuleCompletePage::openModule, this,
        [this](const QString& next) { Q_EMIT openModuleRequested(bundleId(), next); }, Qt::QueuedConnection);
    connect(
        page, &ModuleCompletePage::backToLibrary, this,
        [this] {
            delete m_view;
            Q_EMIT backToLibrary();
        },
        Qt::QueuedConnection);
    showPage(page);
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
    const int total = static_cast<int>(m_module->steps.size());
    m_progress->setText(tr("%1 of %2 steps done").arg(m_steps->doneCount()).arg(total));
    m_progressBar->setRange(0, std::max(1, total));
    m_progressBar->setValue(m_steps->doneCount());
    m_progressBar->setAccessibleDescription(m_progress->text());
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
    Design::setType(m_title, Design::Type::Heading2, scale);
    Design::setType(m_progress, Design::Type::Small, scale);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, StatusColors::mutedText(palette()));
    m_progress->setPalette(muted);
    for (QPushButton* b : {m_back, m_group, m_prev, m_next})
        Design::setType(b, Design::Type::Body, scale);
    Design::setType(m_overview, Design::Type::Body, scale);
    Design::setType(m_list, Design::Type::Body, scale);
    m_list->doItemsLayout();
    if (auto* o = qobject_cast<ModuleOverview*>(m_view.data()))
        o->setScale(scale);
    if (auto* c = qobject_cast<ModuleCompletePage*>(m_view.data()))
        c->setScale(scale);
    if (auto* r = qobject_cast<ReflectionView*>(m_view.data()))
        r->setScale(scale);
    if (m_view)
        for (auto* b : m_view->findChildren<BundleTextBrowser*>())
            b->setScale(scale);
}

} // namespace reflekt
