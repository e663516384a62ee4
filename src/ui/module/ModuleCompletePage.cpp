#include "ui/module/ModuleCompletePage.h"

#include "platform/Workspace.h"
#include "ui/module/StepListModel.h"
#include "ui/module/StepMark.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

namespace {
QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString day(TimeMs ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QStringLiteral("d MMMM yyyy"));
}
} // namespace

const Module* ModuleCompletePage::nextModule(const Bundle& bundle, const Module& module)
{
    bool after = false;
    for (const Module& m : bundle.modules) {
        if (after && m.kind != ModuleKind::FacilitatorIntro && !m.steps.empty())
            return &m;
        after = after || &m == &module || m.id == module.id;
    }
    return nullptr;
}

ModuleCompletePage::ModuleCompletePage(Workspace& workspace, const Bundle& bundle, const Module& module,
                                       const StepListModel& steps, QWidget* parent)
    : QWidget(parent), m_column(new QWidget), m_mark(new QLabel(m_column)),
      m_accent(Design::accent(QString::fromStdString(bundle.accentColor)))
{
    setObjectName(QStringLiteral("moduleCompletePage"));
    const int total = static_cast<int>(module.steps.size());
    const int done = steps.doneCount();
    m_finished = done == total;
    const QString title = workspace.text(bundle, module.title);
    auto* layout = new QVBoxLayout(m_column);
    layout->setContentsMargins(Design::space(5), Design::space(7), Design::space(5), Design::space(6));
    layout->setSpacing(Design::space(3));

    m_mark->setObjectName(QStringLiteral("moduleCompleteMark"));
    layout->addWidget(m_mark);
    m_title = wrapped(m_finished ? tr("You have finished “%1”").arg(title)
                                 : tr("You have reached the end of “%1”").arg(title),
                      m_column);
    m_title->setObjectName(QStringLiteral("moduleCompleteTitle"));
    layout->addWidget(m_title);
    m_summary = wrapped(tr("%1 of %2 steps done.").arg(done).arg(total), m_column);
    m_summary->setObjectName(QStringLiteral("moduleCompleteSummary"));
    layout->addWidget(m_summary);

    // When: the first time a step was opened, the last time one was completed; and the plan.
    std::optional<TimeMs> began;
    std::optional<TimeMs> ended;
    if (workspace.store()) {
        const auto progress =
            workspace.store()->progress().moduleProgress(workspace.participantId(), bundle.id, module.id);
        if (progress.ok())
            for (const StepProgress& p : *progress.value) {
                if (p.firstOpenedMs)
                    began = began ? std::min(*began, *p.firstOpenedMs) : *p.firstOpenedMs;
                if (p.completedMs)
                    ended = ended ? std::max(*ended, *p.completedMs) : *p.completedMs;
            }
    }
    QStringList when;
    if (began && ended && m_finished && day(*began) != day(*ended))
        when << tr("Begun on %1, finished on %2").arg(day(*began), day(*ended));
    else if (ended && m_finished)
        when << tr("Done on %1").arg(day(*ended));
    else if (began)
        when << tr("Begun on %1").arg(day(*began));
    if (steps.totalMinutes() > 0)
        when << tr("planned for about %1 min").arg(steps.totalMinutes());
    if (!when.isEmpty()) {
        QString line = when.join(QStringLiteral(" · "));
        line[0] = line[0].toUpper();
        m_time = wrapped(line, m_column);
        m_time->setObjectName(QStringLiteral("moduleCompleteTime"));
        m_body << m_time;
        layout->addWidget(m_time);
    }

    auto heading = [&](const QString& text) {
        auto* label = wrapped(text, m_column);
        m_headings << label;
        layout->addSpacing(Design::space(3));
        layout->addWidget(label);
        return label;
    };
    QStringList doneTitles;
    for (int row = 0; row < total; ++row)
        if (steps.isDone(QString::fromStdString(module.steps[static_cast<std::size_t>(row)].id)))
            doneTitles << tr("✓ %1").arg(steps.index(row).data().toString());
    if (!doneTitles.isEmpty()) {
        heading(tr("Done"));
        auto* list = wrapped(doneTitles.join(QLatin1Char('\n')), m_column);
        list->setObjectName(QStringLiteral("doneStepsList"));
        m_body << list;
        layout->addWidget(list);
    }
    QPushButton* primary = nullptr;
    if (done < total) {
        heading(tr("Still to do"));
        for (int row = 0; row < total; ++row) {
            const Step& step = module.steps[static_cast<std::size_t>(row)];
            if (steps.isDone(QString::fromStdString(step.id)))
                continue;
            const QString label = steps.index(row).data().toString();
            auto* go = new QPushButton(tr("Go to %1").arg(label), m_column);
            go->setObjectName(QStringLiteral("goToStep_%1").arg(QString::fromStdString(step.id)));
            go->setAccessibleDescription(tr("Opens this step"));
            connect(go, &QPushButton::clicked, this, [this, row] { Q_EMIT goToStep(row); });
            m_buttons << go;
            layout->addWidget(go, 0, Qt::AlignLeft);
            primary = primary ? primary : go; // the first step left is what to do next
        }
    }

    heading(tr("What's next"));
    const Module* next = nextModule(bundle, module);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(Design::space(3));
    if (next) {
        const QString nextTitle = workspace.text(bundle, next->title);
        const QString summary = workspace.text(bundle, next->summary);
        m_nextText = wrapped(summary.isEmpty() ? tr("The next module in “%1” is “%2”.")
                                                     .arg(workspace.text(bundle, bundle.title), nextTitle)
                                               : tr("Next in “%1”: “%2”. %3")
                                                     .arg(workspace.text(bundle, bundle.title), nextTitle, summary),
                             m_column);
        auto* go = new QPushButton(tr("Go on to “%1”").arg(nextTitle), m_column);
        go->setObjectName(QStringLiteral("nextModuleButton"));
        go->setAccessibleDescription(tr("Opens the overview of the next module"));
        const QString nextId = QString::fromStdString(next->id);
        connect(go, &QPushButton::clicked, this, [this, nextId] { Q_EMIT openModule(nextId); });
        m_buttons << go;
        m_nextButton = go;
        if (m_finished || !primary)
            primary = go;
    } else {
        m_nextText = wrapped(tr("This was the last module in “%1”.").arg(workspace.text(bundle, bundle.title)),
                             m_column);
    }
    m_nextText->setObjectName(QStringLiteral("moduleCompleteNext"));
    m_body << m_nextText;
    layout->addWidget(m_nextText);
    if (m_nextButton)
        layout->addWidget(m_nextButton, 0, Qt::AlignLeft); // a row of its own: titles are long
    auto* exportButton = new QPushButton(tr("&Export my notes…"), m_column);
    exportButton->setObjectName(QStringLiteral("exportMyNotesButton"));
    exportButton->setAccessibleName(tr("Export my notes from this module"));
    auto* library = new QPushButton(tr("&Back to the library"), m_column);
    library->setObjectName(QStringLiteral("completeBackToLibraryButton"));
    library->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    m_buttons << exportButton << library;
    buttons->addWidget(exportButton);
    buttons->addWidget(library);
    buttons->addStretch();
    if (!primary)
        primary = library;
    primary->setStyleSheet(Design::primaryButtonStyle(m_accent));
    primary->setDefault(true);
    layout->addSpacing(Design::space(2));
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(exportButton, &QPushButton::clicked, this, &ModuleCompletePage::exportNotes);
    connect(library, &QPushButton::clicked, this, &ModuleCompletePage::backToLibrary);

    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, StatusColors::mutedText(palette()));
    if (m_time)
        m_time->setPalette(muted);

    auto* page = new QWidget;
    auto* centre = new QHBoxLayout(page);
    centre->setContentsMargins(0, 0, 0, 0);
    centre->addStretch(1);
    centre->addWidget(m_column, 100);
    centre->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setFocusProxy(primary);
    setScale(1.0);
}

void ModuleCompletePage::setScale(double scale)
{
    Design::setType(m_title, Design::Type::Heading1, scale);
    Design::setType(m_summary, Design::Type::Lead, scale);
    for (QLabel* h : std::as_const(m_headings))
        Design::setType(h, Design::Type::Heading3, scale);
    for (QLabel* b : std::as_const(m_body))
        Design::setType(b, Design::Type::Body, scale);
    for (QPushButton* b : std::as_const(m_buttons))
        Design::setType(b, Design::Type::Body, scale);
    const int side = static_cast<int>(QFontMetrics(m_title->font()).height() * 2.2);
    m_mark->setPixmap(StepMark::pixmap(side, devicePixelRatioF(),
                                       m_finished ? StepListModel::State::Done : StepListModel::State::Opened,
                                       false, m_accent, palette()));
    m_mark->setFixedSize(side, side);
    m_column->setMaximumWidth(Design::readingWidth(Design::font(Design::Type::Lead, scale)) +
                              2 * Design::space(5));
}

} // namespace reflekt
