#include "ui/module/ModuleCompletePage.h"

#include "platform/Workspace.h"
#include "ui/module/StepListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reflekt {

namespace {
QLabel* heading(const QString& text, double scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

ModuleCompletePage::ModuleCompletePage(Workspace& workspace, const Bundle& bundle, const Module& module,
                                       const StepListModel& steps, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("moduleCompletePage"));
    const int total = static_cast<int>(module.steps.size());
    const int done = steps.doneCount();
    const QString title = workspace.text(bundle, module.title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    auto* top = heading(done == total ? tr("You have finished “%1”").arg(title)
                                      : tr("You have reached the end of “%1”").arg(title),
                        1.3, this);
    top->setObjectName(QStringLiteral("moduleCompleteTitle"));
    layout->addWidget(top);
    auto* summary = new QLabel(tr("%1 of %2 steps done.").arg(done).arg(total), this);
    summary->setObjectName(QStringLiteral("moduleCompleteSummary"));
    layout->addWidget(summary);

    QStringList doneTitles;
    for (int row = 0; row < total; ++row) {
        const Step& step = module.steps[static_cast<std::size_t>(row)];
        if (steps.isDone(QString::fromStdString(step.id)))
            doneTitles << tr("✓ %1").arg(steps.index(row).data().toString());
    }
    if (!doneTitles.isEmpty()) {
        layout->addWidget(heading(tr("Done"), 1.0, this));
        auto* list = new QLabel(doneTitles.join(QLatin1Char('\n')), this);
        list->setObjectName(QStringLiteral("doneStepsList"));
        list->setTextFormat(Qt::PlainText);
        list->setWordWrap(true);
        layout->addWidget(list);
    }
    if (done < total) {
        layout->addWidget(heading(tr("Still to do"), 1.0, this));
        for (int row = 0; row < total; ++row) {
            const Step& step = module.steps[static_cast<std::size_t>(row)];
            if (steps.isDone(QString::fromStdString(step.id)))
                continue;
            const QString label = steps.index(row).data().toString();
            auto* go = new QPushButton(tr("Go to %1").arg(label), this);
            go->setObjectName(QStringLiteral("goToStep_%1").arg(QString::fromStdString(step.id)));
            go->setAccessibleName(steps.index(row).data(Qt::AccessibleTextRole).toString());
            go->setAccessibleDescription(tr("Opens this step"));
            connect(go, &QPushButton::clicked, this, [this, row] { Q_EMIT goToStep(row); });
            layout->addWidget(go, 0, Qt::AlignLeft);
        }
    }

    auto* buttons = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("&Export my notes…"), this);
    exportButton->setObjectName(QStringLiteral("exportMyNotesButton"));
    exportButton->setAccessibleName(tr("Export my notes from this module"));
    auto* library = new QPushButton(tr("&Back to the library"), this);
    library->setObjectName(QStringLiteral("completeBackToLibraryButton"));
    library->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    buttons->addWidget(exportButton);
    buttons->addWidget(library);
    buttons->addStretch();
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(exportButton, &QPushButton::clicked, this, &ModuleCompletePage::exportNotes);
    connect(library, &QPushButton::clicked, this, &ModuleCompletePage::backToLibrary);
}

} // namespace reflekt
