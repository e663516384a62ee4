#include "ui/module/ModulePage.h"

#include "core/CompletionRules.h"
#include "platform/Workspace.h"
#include "ui/module/BundleTextBrowser.h"
#include "ui/module/FilmStepView.h"
#include "ui/module/ReflectionView.h"
#include "ui/module/StepListModel.h"
#include "ui/notes/UnsavedTextPrompt.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace reflekt {

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
    if (!m_module || row < 0 || row >= static_cast<int>(m_module->steps.size()))
        return;
    if (!mayLeave()) {
        m_list->setCurrentIndex(m_steps->index(m_row)); // the click moved the selection: put it back
        return;
    }
    delete m_view;
    m_row = row;
    const Step& step = m_module->steps[static_cast<std::size_t>(row)];
    const StepRef ref{m_bundle->id, m_module->id, step.id};
    m_workspace.check(m_workspace.store()->progress().openStep(m_workspace.participantId(), ref).error);
    if (completesOnOpen(step.type) && !m_steps->isDone(QString::fromStdString(step.id))) {
        if (m_workspace.check(m_workspace.store()
                                  ->progress()
                                  .markCompleted(m_workspace.participantId(), ref, CompletionHow::Alone)
                                  .error))
            stepCompleted(QString::fromStdString(step.id));
    }
    m_view = createView(step);
    m_viewLayout->addWidget(m_view);
    m_list->setCurrentIndex(m_steps->index(row));
    m_prev->setEnabled(row > 0);
    m_next->setEnabled(row + 1 < static_cast<int>(m_module->steps.size()));
    setScale(m_scale);
    updateHeader();
    m_view->setFocus();
}

QWidget* ModulePage::createView(const Step& step)
{
    const QString stepId = QString::fromStdString(step.id);
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
    case StepType::Activity:
        return createDocumentView(step);
    }
    return new QWidget(this);
}

QWidget* ModulePage::createDocumentView(const Step& step)
{
    const QString file = m_workspace.path(*m_bundle, step.document);
    const QString root = QString::fromStdString(m_bundle->root.string());
    auto* host = new QWidget(this);
    host->setObjectName(step.type == StepType::Text ? QStringLiteral("textStepView")
                                                    : QStringLiteral("activityView"));
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        auto* label =
            new QLabel(tr("This activity is a printable PDF: %1").arg(QFileInfo(file).fileName()), host);
        auto* open = new QPushButton(tr("&Open the PDF to print it"), host);
        open->setObjectName(QStringLiteral("openActivityPdfButton"));
        connect(open, &QPushButton::clicked, host,
                [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
        layout->addWidget(label);
        layout->addWidget(open);
        layout->addStretch();
        return host;
    }
    auto* browser = new BundleTextBrowser(host);
    browser->setObjectName(QStringLiteral("documentBrowser"));
    browser->setAccessibleName(step.type == StepType::Text ? tr("Text material") : tr("Activity"));
    browser->showMarkdownFile(file, root);
    layout->addWidget(browser, 1);
    if (step.type == StepType::Activity) {
        auto* print =
            new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), host);
        print->setObjectName(QStringLiteral("printActivityButton"));
        print->setAccessibleName(tr("Print this activity"));
        connect(print, &QPushButton::clicked, browser, [browser] {
            QPrinter printer;
            QPrintDialog dialog(&printer, browser);
            if (dialog.exec() == QDialog::Accepted)
                browser->document()->print(&printer);
        });
        layout->addWidget(print, 0, Qt::AlignRight);
    }
    return host;
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
