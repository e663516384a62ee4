#include "ui/library/LibraryPage.h"

#include "platform/Workspace.h"
#include "ui/library/LibraryDelegate.h"
#include "ui/library/LibraryModel.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace reflekt {

namespace {

// The cover at `size` with rounded corners; the accent with the title's initial when there is none.
QPixmap roundedCover(const QPixmap& cover, const QSize& size, const QColor& accent, const QString& title,
                     qreal dpr)
{
    QPixmap out(size * dpr);
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), 8, 8);
    if (!cover.isNull()) {
        p.setClipPath(path);
        p.drawPixmap(QRect(QPoint(0, 0), size), cover);
    } else {
        const Design::Fill fill = Design::accentFill(accent);
        p.fillPath(path, fill.background);
        p.setPen(fill.text);
        QFont f = Design::font(Design::Type::Display);
        f.setPointSizeF(f.pointSizeF() * 2);
        p.setFont(f);
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, title.left(1).toUpper());
    }
    return out;
}

void setMuted(QLabel* label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, StatusColors::mutedText(QPalette(), QPalette::Window));
    label->setPalette(pal);
}

QString menuLabel(const char* source)
{
    return QCoreApplication::translate("reflekt::MainWindow", source).remove(QLatin1Char('&'));
}

} // namespace

LibraryPage::LibraryPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new LibraryModel(workspace, this)),
      m_tree(new QTreeView(this)), m_body(new QStackedWidget(this)), m_cover(new QLabel(this)),
      m_title(new QLabel(this)), m_meta(new QLabel(this)), m_details(new QLabel(this)),
      m_open(new QPushButton(tr("Start"), this)),
      m_continue(new QPushButton(tr("Continue &where I left off"), this)), m_greeting(new QLabel(this)),
      m_subline(new QLabel(tr("Your packages, and how far you have come in each."), this))
{
    setObjectName(QStringLiteral("libraryPage"));
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new LibraryDelegate(m_tree));
    m_tree->setAccessibleName(tr("Library"));
    m_tree->setAccessibleDescription(
        tr("Packages and their modules with your progress. Use the arrow keys to choose and Enter to open."));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnHidden(LibraryModel::ProgressColumn, true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(0);
    m_tree->setUniformRowHeights(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->viewport()->setBackgroundRole(QPalette::Window);
    m_tree->viewport()->installEventFilter(this);

    m_greeting->setObjectName(QStringLiteral("greeting"));
    Design::setType(m_greeting, Design::Type::Heading1);
    m_subline->setObjectName(QStringLiteral("librarySubline"));
    Design::setType(m_subline, Design::Type::Body);
    m_subline->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("continueLearningButton"));
    m_continue->setAccessibleName(tr("Continue where I left off"));
    Design::setType(m_continue, Design::Type::Body);

    m_cards = new QWidget(this);
    auto* cards = new QHBoxLayout(m_cards);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(Design::space(6));
    cards->addWidget(m_tree, 1);
    cards->addWidget(buildDetail());
    m_body->addWidget(m_cards);
    m_body->addWidget(buildEmptyState());

    auto* heading = new QVBoxLayout;
    heading->setSpacing(Design::space(1));
    heading->addWidget(m_greeting);
    heading->addWidget(m_subline);
    auto* top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addWidget(m_continue, 0, Qt::AlignBottom);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("libraryContent"));
    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(Design::space(5));
    column->addLayout(top);
    column->addWidget(m_body, 1);
    // The page is a centred column, never stretched across a wide screen.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(Design::space(5), Design::space(5), Design::space(5), Design::space(4));
    outer->addStretch(0);
    outer->addWidget(m_content, 1);
    outer->addStretch(0);
    applyWidths();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryPage::showDetails);
    connect(m_tree, &QTreeView::activated, this, &LibraryPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &LibraryPage::openSelected);
    connect(m_continue, &QPushButton::clicked, this, &LibraryPage::continueLearning);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        m_body->setCurrentWidget(m_model->rowCount() > 0 ? m_cards : m_empty);
        // The first package, so Enter (and the primary action) starts or continues it.
        if (m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
        showDetails();
    });
    setTabOrder(m_continue, m_tree);
    setTabOrder(m_tree, m_open);
}

QWidget* LibraryPage::buildDetail()
{
    auto* panel = new QWidget;
    panel->setObjectName(QStringLiteral("libraryDetail"));
    m_cover->setObjectName(QStringLiteral("coverImage"));
    m_cover->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_cover->setAccessibleName(tr("Cover image"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    Design::setType(m_title, Design::Type::Heading2);
    m_meta->setObjectName(QStringLiteral("detailMeta"));
    m_meta->setWordWrap(true);
    Design::setType(m_meta, Design::Type::Small);
    m_details->setObjectName(QStringLiteral("detailText"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Design::setType(m_details, Design::Type::Body);
    m_open->setObjectName(QStringLiteral("openModuleButton"));
    Design::setType(m_open, Design::Type::Lead);
    m_open->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, Design::space(3), 0);
    layout->setSpacing(Design::space(3));
    layout->addWidget(m_cover);
    layout->addSpacing(Design::space(1));
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addSpacing(Design::space(1));
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addSpacing(Design::space(2));
    layout->addWidget(m_details);
    layout->addStretch(1);

    // Long descriptions scroll inside the panel; the button stays near the top.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("libraryDetailScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the button inside; the wheel scrolls
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    m_detail = scroll;
    return scroll;
}

QWidget* LibraryPage::buildEmptyState()
{
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("libraryEmptyState"));
    auto* heading = new QLabel(tr("Your library is empty"), m_empty);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    Design::setType(heading, Design::Type::Heading2);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setWordWrap(true);
    Design::setType(m_emptyText, Design::Type::Body);
    // Named with the menu's own (translated) words, so the path matches what the menu shows.
    m_emptyText->setText(
        tr("To add a learning package, choose %1 > %2 in the menu bar and pick the .reflekt file you were "
           "given. Reflekt copies it into your library, where it stays for next time. A package folder "
           "with a bundle.json file can be opened the same way.")
            .arg(menuLabel("&File"), menuLabel("&Open package…")));
    m_emptyText->setMaximumWidth(Design::readingWidth(m_emptyText->font()));
    auto* layout = new QVBoxLayout(m_empty);
    layout->setContentsMargins(0, Design::space(6), 0, 0);
    layout->setSpacing(Design::space(3));
    layout->addWidget(heading);
    layout->addWidget(m_emptyText);
    layout->addStretch(1);
    return m_empty;
}

void LibraryPage::applyWidths()
{
    // Cards about 1.25 reading columns wide, the selection beside them about 0.7.
    const int reading = Design::readingWidth(Design::font(Design::Type::Body));
    const int detail = reading * 7 / 10;
    m_tree->setMinimumWidth(reading * 2 / 3);
    m_tree->setMaximumWidth(reading * 5 / 4);
    m_detail->setMinimumWidth(detail * 3 / 4);
    m_detail->setMaximumWidth(detail);
    m_content->setMaximumWidth(reading * 5 / 4 + detail + Design::space(6));
    setMuted(m_subline);
    setMuted(m_meta);
}

bool LibraryPage::eventFilter(QObject* watched, QEvent* event)
{
    // Card heights depend on the width (titles wrap): lay the rows out again when it changes.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_tree->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void LibraryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyWidths();
        showDetails();
    }
    QWidget::changeEvent(event);
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

QModelIndex LibraryPage::primaryTarget(const QModelIndex& index) const
{
    const QModelIndex idx = index.siblingAtColumn(0);
    if (!idx.isValid() || idx.data(LibraryModel::BrokenRole).toBool())
        return {};
    if (idx.parent().isValid())
        return idx;
    // A package: the module in progress opened last, else the first not done, else the first.
    QModelIndex recent;
    QModelIndex firstOpen;
    for (int r = 0; r < m_model->rowCount(idx); ++r) {
        const QModelIndex m = m_model->index(r, 0, idx);
        if (m.data(LibraryModel::ProgressRole).toDouble() >= 1.0)
            continue;
        if (!firstOpen.isValid())
            firstOpen = m;
        const QDateTime last = m.data(LibraryModel::LastOpenedRole).toDateTime();
        if (last.isValid() &&
            (!recent.isValid() || last > recent.data(LibraryModel::LastOpenedRole).toDateTime()))
            recent = m;
    }
    if (recent.isValid())
        return recent;
    return firstOpen.isValid() ? firstOpen : m_model->index(0, 0, idx);
}

void LibraryPage::showDetails()
{
    const QModelIndex idx = m_tree->currentIndex().siblingAtColumn(0);
    const QModelIndex target = primaryTarget(idx);
    m_open->setVisible(target.isValid());
    if (!idx.isValid()) {
        m_title->clear();
        m_meta->clear();
        m_details->clear();
        m_cover->clear();
        return;
    }
    const int entry = idx.data(LibraryModel::BundleIndexRole).toInt();
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(entry)];
    // Leaves room for the panel's scroll bar, so nothing in the panel is pushed past its edge.
    const int coverWidth = std::max(
        200, m_detail->maximumWidth() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - Design::space(3));
    const QSize coverSize(coverWidth, coverWidth * 9 / 16);
    const qreal dpr = devicePixelRatioF();
    if (!e.usable()) {
        m_cover->clear();
        m_title->setText(tr("This package cannot be opened"));
        m_meta->setText(tr("Folder: %1").arg(QString::fromStdString(e.folder.string())));
        QStringList lines;
        for (const auto& p : e.load.problems)
            if (p.severity == Severity::Error)
                lines << QString::fromStdString(p.toString());
        m_details->setText(lines.join(QLatin1Char('\n')));
        QPalette pal = m_details->palette();
        pal.setColor(QPalette::WindowText, StatusColors::errorText(pal.color(QPalette::Window)));
        m_details->setPalette(pal);
        return;
    }
    m_details->setPalette(QPalette());
    const Bundle& b = *e.load.bundle;
    const QModelIndex package = idx.parent().isValid() ? idx.parent() : idx;
    const QColor accent = package.data(LibraryModel::AccentRole).value<QColor>();
    m_cover->setPixmap(roundedCover(package.data(LibraryModel::CoverRole).value<QPixmap>(), coverSize, accent,
                                    package.data(LibraryModel::TitleRole).toString(), dpr));

    // The primary action, in the package's accent, named for what it will do.
    const Module* tm = b.findModule(target.data(LibraryModel::ModuleIdRole).toString().toStdString());
    const double share = target.data(LibraryModel::ProgressRole).toDouble();
    const bool started = share > 0 || target.data(LibraryModel::LastOpenedRole).toDateTime().isValid();
    const QString label = share >= 1.0 ? tr("Open again") : started ? tr("Continue") : tr("Start");
    m_open->setText(label);
    m_open->setStyleSheet(Design::primaryButtonStyle(accent));
    m_open->setAccessibleName(tm ? tr("%1: %2").arg(label, m_workspace.text(b, tm->title)) : label);

    const QString moduleId = idx.data(LibraryModel::ModuleIdRole).toString();
    if (const Module* m = b.findModule(moduleId.toStdString())) {
        m_title->setText(m_workspace.text(b, m->title));
        m_meta->setText(tr("%1 · about %2 minutes · %3")
                            .arg(idx.data(LibraryModel::KindRole).toString())
                            .arg(m->minutes)
                            .arg(idx.data(LibraryModel::ProgressTextRole).toString()));
        m_details->setText(m_workspace.text(b, m->summary));
        return;
    }
    m_title->setText(m_workspace.text(b, b.title));
    QStringList meta;
    if (!b.publisher.empty())
        meta << QString::fromStdString(b.publisher);
    meta << tr("%1 done").arg(idx.data(LibraryModel::ProgressTextRole).toString());
    meta << LibraryModel::lastOpenedText(idx.data(LibraryModel::LastOpenedRole).toDateTime());
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    QStringList lines{m_workspace.text(b, b.description)};
    if (!b.audience.empty())
        lines << tr("For: %1").arg(m_workspace.text(b, b.audience));
    QStringList facts{tr("Version %1").arg(QString::fromStdString(b.version))};
    if (!b.licence.empty())
        facts << tr("Licence: %1").arg(QString::fromStdString(b.licence));
    lines << facts.join(QStringLiteral(" · "));
    m_details->setText(lines.join(QStringLiteral("\n\n")));
}

void LibraryPage::openSelected()
{
    const QModelIndex target = primaryTarget(m_tree->currentIndex());
    if (!target.isValid())
        return;
    const LibraryEntry& e =
        m_workspace.entries()[static_cast<std::size_t>(target.data(LibraryModel::BundleIndexRole).toInt())];
    Q_EMIT openModule(QString::fromStdString(e.load.bundle->id), target.data(LibraryModel::ModuleIdRole).toString());
}

} // namespace reflekt
