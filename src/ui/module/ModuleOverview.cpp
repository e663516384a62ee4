#include "ui/module/ModuleOverview.h"

#include "platform/Workspace.h"
#include "ui/module/StepListModel.h"
#include "ui/module/StepMark.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace reflekt {

namespace {

// One step of the overview: a card-like button (it opens the step) with the step's mark, its
// title, kind and minutes, and its state in words.
class OverviewStepRow : public QPushButton {
public:
    OverviewStepRow(const StepListModel& steps, int row, const QColor& accent, QWidget* parent)
        : QPushButton(parent), m_mark(new QLabel(this)), m_title(new QLabel(this)), m_detail(new QLabel(this)),
          m_state(new QLabel(this)), m_accent(accent)
    {
        const QModelIndex index = steps.index(row);
        m_stateValue = steps.state(row);
        m_unavailable = index.data(StepListModel::UnavailableRole).toBool();
        setObjectName(QStringLiteral("overviewStep_%1").arg(index.data(StepListModel::StepIdRole).toString()));
        m_title->setText(index.data().toString());
        m_title->setWordWrap(true);
        m_title->setTextFormat(Qt::PlainText);
        m_detail->setText(index.data(StepListModel::DetailRole).toString());
        m_detail->setObjectName(QStringLiteral("overviewStepDetail"));
        m_state->setText(m_unavailable ? ModuleOverview::tr("Cannot be shown")
                                       : StepListModel::stateLabel(m_stateValue));
        m_state->setObjectName(QStringLiteral("overviewStepState"));
        for (QLabel* l : {m_mark, m_title, m_detail, m_state})
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
        setAccessibleName(ModuleOverview::tr("%1, %2, %3").arg(m_title->text(), m_detail->text(), m_state->text()));
        setAccessibleDescription(ModuleOverview::tr("Opens this step"));
        setCursor(Qt::PointingHandCursor);
        const QColor line = Design::accentOn(accent, Design::surface(palette()));
        setStyleSheet(QStringLiteral("QPushButton { background: %1; border: 1px solid %2; border-radius: 8px; }"
                                     "QPushButton:hover { border-color: %3; }"
                                     "QPushButton:focus { border: 2px solid %3; }"
                                     "QLabel { background: transparent; color: %4; }"
                                     "QLabel#overviewStepDetail, QLabel#overviewStepState { color: %5; }")
                          .arg(Design::surface(palette()).name(), Design::border(palette()).name(), line.name(),
                               palette().color(QPalette::Text).name(),
                               StatusColors::mutedText(palette(), QPalette::Base).name()));

        auto* text = new QVBoxLayout;
        text->setSpacing(Design::space(1) / 2);
        text->addWidget(m_title);
        text->addWidget(m_detail);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(Design::space(4), Design::space(3), Design::space(4), Design::space(3));
        layout->setSpacing(Design::space(3));
        layout->addWidget(m_mark, 0, Qt::AlignTop);
        layout->addLayout(text, 1);
        layout->addWidget(m_state, 0, Qt::AlignVCenter);
        setScale(1.0);
    }

    void setScale(double scale)
    {
        Design::setType(this, Design::Type::Body, scale);
        Design::setType(m_title, Design::Type::Body, scale);
        Design::setType(m_detail, Design::Type::Small, scale);
        Design::setType(m_state, Design::Type::Small, scale);
        const int side = QFontMetrics(m_title->font()).height();
        m_mark->setPixmap(StepMark::pixmap(side, devicePixelRatioF(), m_stateValue, m_unavailable, m_accent, palette()));
        m_mark->setFixedSize(side, side);
        updateGeometry();
    }

    QSize sizeHint() const override { return layout()->sizeHint(); }
    QSize minimumSizeHint() const override { return layout()->minimumSize(); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return layout()->totalHeightForWidth(width); }

private:
    QLabel* m_mark;
    QLabel* m_title;
    QLabel* m_detail;
    QLabel* m_state;
    QColor m_accent;
    StepListModel::State m_stateValue = StepListModel::State::NotStarted;
    bool m_unavailable = false;
};

QLabel* wrapped(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QString ModuleOverview::kindLabel(ModuleKind kind)
{
    switch (kind) {
    case ModuleKind::FacilitatorIntro:
        return tr("For the discussion leader");
    case ModuleKind::Case:
        return tr("Case");
    case ModuleKind::Regional:
        return tr("Regional module");
    case ModuleKind::Module:
        return tr("Module");
    }
    return {};
}

ModuleOverview::ModuleOverview(Workspace& workspace, const Bundle& bundle, const Module& module,
                               const StepListModel& steps, int continueRow, QWidget* parent)
    : QWidget(parent), m_column(new QWidget), m_kind(wrapped(m_column, QStringLiteral("overviewKind"))),
      m_title(wrapped(m_column, QStringLiteral("overviewTitle"))),
      m_summary(wrapped(m_column, QStringLiteral("overviewSummary"))),
      m_meta(wrapped(m_column, QStringLiteral("overviewMeta"))),
      m_hint(wrapped(m_column, QStringLiteral("overviewContinueHint"))),
      m_stepsHeading(wrapped(m_column, QStringLiteral("overviewStepsHeading"))),
      m_primary(new QPushButton(m_column))
{
    setObjectName(QStringLiteral("moduleOverview"));
    const QColor accent = Design::accent(QString::fromStdString(bundle.accentColor));
    const int total = static_cast<int>(module.steps.size());

    m_kind->setText(tr("%1 · %2").arg(kindLabel(module.kind), workspace.text(bundle, bundle.title)));
    m_title->setText(workspace.text(bundle, module.title));
    m_summary->setText(workspace.text(bundle, module.summary));
    m_summary->setVisible(!m_summary->text().isEmpty());
    QStringList meta{tr("%n step(s)", "", total)};
    const int minutes = steps.totalMinutes() > 0 ? steps.totalMinutes() : module.minutes;
    if (minutes > 0)
        meta << tr("about %1 min in all").arg(minutes);
    meta << tr("%1 of %2 done").arg(steps.doneCount()).arg(total);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, StatusColors::mutedText(palette()));
    m_kind->setPalette(muted);
    m_meta->setPalette(muted);
    m_hint->setPalette(muted);

    const bool finished = total > 0 && steps.doneCount() == total;
    const int target = std::clamp(continueRow, 0, std::max(0, total - 1));
    if (!steps.hasProgress()) {
        m_primary->setText(tr("&Start"));
        m_primary->setAccessibleName(tr("Start the module"));
    } else if (finished) {
        m_primary->setText(tr("Go through it &again"));
        m_primary->setAccessibleName(tr("Go through it again from the first step"));
    } else {
        m_primary->setText(tr("&Continue"));
        m_primary->setAccessibleName(tr("Continue at step %1").arg(target + 1));
    }
    const int row = finished ? 0 : target;
    if (total > 0)
        m_hint->setText(finished              ? tr("Every step is done.")
                        : steps.hasProgress() ? tr("Goes on with %1").arg(steps.index(row).data().toString())
                                              : tr("Begins with %1").arg(steps.index(row).data().toString()));
    m_primary->setObjectName(QStringLiteral("overviewPrimaryButton"));
    m_primary->setStyleSheet(Design::primaryButtonStyle(accent));
    m_primary->setEnabled(total > 0);
    m_primary->setDefault(true);
    connect(m_primary, &QPushButton::clicked, this, [this, row] { Q_EMIT goToStep(row); });
    m_stepsHeading->setText(tr("Steps"));

    auto* column = new QVBoxLayout(m_column);
    column->setContentsMargins(Design::space(5), Design::space(6), Design::space(5), Design::space(6));
    column->setSpacing(Design::space(2));
    column->addWidget(m_kind);
    column->addWidget(m_title);
    column->addWidget(m_summary);
    column->addSpacing(Design::space(1));
    column->addWidget(m_meta);
    column->addSpacing(Design::space(3));
    auto* action = new QHBoxLayout;
    action->setSpacing(Design::space(4));
    action->addWidget(m_primary);
    action->addWidget(m_hint, 1);
    column->addLayout(action);
    column->addSpacing(Design::space(5));
    column->addWidget(m_stepsHeading);
    for (int r = 0; r < total; ++r) {
        auto* stepRow = new OverviewStepRow(steps, r, accent, m_column);
        connect(stepRow, &QPushButton::clicked, this, [this, r] { Q_EMIT goToStep(r); });
        column->addWidget(stepRow);
        m_rows << stepRow;
    }
    column->addStretch(1);

    // The column is as wide as a line of reading text, centred; the page scrolls when it is long.
    auto* page = new QWidget;
    auto* centre = new QHBoxLayout(page);
    centre->setContentsMargins(0, 0, 0, 0);
    centre->addStretch(1);
    centre->addWidget(m_column, 100);
    centre->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    // Named as the page (the module's title) for the screen reader that lands on it to scroll.
    scroll->setAccessibleName(m_title->text());
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setFocusProxy(m_primary);
    setScale(1.0);
}

void ModuleOverview::setScale(double scale)
{
    Design::setType(m_kind, Design::Type::Small, scale);
    Design::setType(m_title, Design::Type::Heading1, scale);
    Design::setType(m_summary, Design::Type::Lead, scale);
    Design::setType(m_meta, Design::Type::Body, scale);
    Design::setType(m_hint, Design::Type::Body, scale);
    Design::setType(m_stepsHeading, Design::Type::Heading3, scale);
    Design::setType(m_primary, Design::Type::Lead, scale);
    for (QWidget* row : m_rows)
        static_cast<OverviewStepRow*>(row)->setScale(scale);
    const int margins = 2 * Design::space(5);
    m_column->setMaximumWidth(Design::readingWidth(Design::font(Design::Type::Lead, scale)) + margins);
}

} // namespace reflekt
