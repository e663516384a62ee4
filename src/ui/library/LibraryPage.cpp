#include "ui/library/LibraryPage.h"

#include "platform/Workspace.h"
#include "ui/library/LibraryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace reflekt {

LibraryPage::LibraryPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new LibraryModel(workspace, this)),
      m_tree(new QTreeView(this)), m_cover(new QLabel(this)), m_title(new QLabel(this)),
      m_details(new QLabel(this)), m_open(new QPushButton(tr("&Open module"), this)),
      m_continue(new QPushButton(tr("Continue &where I left off"), this)), m_greeting(new QLabel(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Library"));
    m_tree->setAccessibleDescription(
        tr("Packages and their modules with your progress. Press Enter to open a module."));
    m_tree->setIconSize(QSize(64, 36));
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
    m_tree->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(LibraryModel::ProgressColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_cover->setObjectName(QStringLiteral("coverImage"));
    m_cover->setMinimumSize(320, 180);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setAccessibleName(tr("Cover image"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    m_title->setFont(tf);
    m_details->setObjectName(QStringLiteral("detailText"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("openModuleButton"));
    m_open->setAccessibleName(tr("Open the selected module"));
    m_continue->setObjectName(QStringLiteral("continueLearningButton"));
    m_continue->setAccessibleName(tr("Continue where I left off"));
    m_greeting->setObjectName(QStringLiteral("greeting"));

    auto* detail = new QWidget(this);
    auto* dl = new QVBoxLayout(detail);
    dl->addWidget(m_cover);
    dl->addWidget(m_title);
    dl->addWidget(m_details, 1);
    dl->addWidget(m_open);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* top = new QHBoxLayout;
    top->addWidget(m_greeting, 1);
    top->addWidget(m_continue);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPage::showDetails);
    connect(m_tree, &QTreeView::activated, this, &LibraryPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &LibraryPage::openSelected);
    connect(m_continue, &QPushButton::clicked, this, &LibraryPage::continueLearning);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        // The first module, so Enter (and Open module) start it; else the first package.
        QModelIndex first = m_model->index(0, 0);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowCount(m_model->index(row, 0)) > 0) {
                first = m_model->index(0, 0, m_model->index(row, 0));
                break;
            }
        }
        if (first.isValid())
            m_tree->setCurrentIndex(first);
        showDetails();
    });
    setTabOrder(m_continue, m_tree);
    setTabOrder(m_tree, m_open);
}

void LibraryPage::reload()
{
    const auto p = m_workspace.participant();
    m_greeting->setText(p ? tr("Welcome, %1.").arg(QString::fromStdString(p->displayName)) : QString());
    m_model->reload();
    updateContinue();
}

std::optional<StepRef> LibraryPage::continueTarget() const
{
    if (!m_workspace.participant() || !m_workspace.store())
        return std::nullopt;
    std::optional<StepRef> best;
    TimeMs bestMs = 0;
    for (const LibraryEntry& e : m_workspace.entries()) {
        if (!e.usable())
            continue;
        const Bundle& b = *e.load.bundle;
        for (const Module& m : b.modules) {
            const auto progress =
                m_workspace.store()->progress().moduleProgress(m_workspace.participantId(), b.id, m.id);
            if (!progress.ok())
                continue;
            std::size_t done = 0;
            const StepProgress* last = nullptr;
            for (const Step& step : m.steps) { // steps gone from this version of the bundle do not count
                for (const StepProgress& p : *progress.value) {
                    if (p.step.stepId != step.id)
                        continue;
                    done += p.completed ? 1 : 0;
                    if (p.lastOpenedMs && (!last || *p.lastOpenedMs > *last->lastOpenedMs))
                        last = &p;
                }
            }
            if (!last || done == m.steps.size() || (best && *last->lastOpenedMs <= bestMs))
                continue;
            best = last->step;
            bestMs = *last->lastOpenedMs;
        }
    }
    return best;
}

void LibraryPage::updateContinue()
{
    const auto target = continueTarget();
    const Bundle* b = target ? m_workspace.bundle(QString::fromStdString(target->bundleId)) : nullptr;
    const Module* m = b ? b->findModule(target->moduleId) : nullptr;
    m_continue->setEnabled(m != nullptr);
    // Said also while disabled: a screen reader can read why the button does nothing.
    m_continue->setAccessibleDescription(m ? tr("Opens %1 where you left it").arg(m_workspace.text(*b, m->title))
                                           : tr("No module in progress yet: open one to begin."));
    m_continue->setToolTip(m_continue->accessibleDescription());
}

void LibraryPage::showDetails()
{
    const QModelIndex idx = m_tree->currentIndex().siblingAtColumn(0);
    m_open->setEnabled(idx.isValid() && idx.data(LibraryModel::ModuleIdRole).isValid());
    if (!idx.isValid()) {
        m_title->clear();
        m_details->clear();
        m_cover->clear();
        return;
    }
    const int entry = idx.data(LibraryModel::BundleIndexRole).toInt();
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(entry)];
    if (!e.usable()) {
        m_cover->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning")).pixmap(64));
        m_title->setText(tr("This package cannot be opened"));
        QStringList lines{tr("Folder: %1").arg(QString::fromStdString(e.folder.string()))};
        for (const auto& p : e.load.problems)
            if (p.severity == Severity::Error)
                lines << QString::fromStdString(p.toString());
        m_details->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    const Bundle& b = *e.load.bundle;
    QPixmap cover(QString::fromStdString(b.resolve(b.cover).string()));
    if (!cover.isNull())
        m_cover->setPixmap(cover.scaled(320, 180, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_cover->clear();
    const QString moduleId = idx.data(LibraryModel::ModuleIdRole).toString();
    if (const Module* m = b.findModule(moduleId.toStdString())) {
        m_title->setText(m_workspace.text(b, m->title));
        m_details->setText(tr("%1\n\nAbout %2 minutes · %3 steps")
                               .arg(m_workspace.text(b, m->summary))
                               .arg(m->minutes)
                               .arg(m->steps.size()));
        return;
    }
    m_title->setText(m_workspace.text(b, b.title));
    QStringList lines{m_workspace.text(b, b.description)};
    if (!b.audience.empty())
        lines << tr("For: %1").arg(m_workspace.text(b, b.audience));
    if (!b.publisher.empty())
        lines << tr("Published by %1 · version %2")
                     .arg(QString::fromStdString(b.publisher), QString::fromStdString(b.version));
    if (!b.licence.empty())
        lines << tr("Licence: %1").arg(QString::fromStdString(b.licence));
    m_details->setText(lines.join(QStringLiteral("\n\n")));
}

void LibraryPage::openSelected()
{
    const QModelIndex idx = m_tree->currentIndex().siblingAtColumn(0);
    const QVariant moduleId = idx.data(LibraryModel::ModuleIdRole);
    if (!moduleId.isValid()) {
        m_tree->setExpanded(idx, !m_tree->isExpanded(idx));
        return;
    }
    const LibraryEntry& e =
        m_workspace.entries()[static_cast<std::size_t>(idx.data(LibraryModel::BundleIndexRole).toInt())];
    Q_EMIT openModule(QString::fromStdString(e.load.bundle->id), moduleId.toString());
}

} // namespace reflekt
