#include "ui/module/StepUnavailableView.h"

#include "core/Bundle.h"
#include "ui/widgets/StatusColors.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace reflekt {

StepUnavailableView::StepUnavailableView(const Step& step, const QString& bundleFolder, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepUnavailable"));
    auto* title = new QLabel(tr("This step cannot be shown"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* reason =
        new QLabel(tr("A file it needs is missing or damaged in %1:\n%2")
                       .arg(QDir::toNativeSeparators(bundleFolder), QString::fromStdString(step.unavailable)),
                   this);
    reason->setObjectName(QStringLiteral("stepUnavailableReason"));
    reason->setWordWrap(true);
    reason->setTextFormat(Qt::PlainText);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette palette = reason->palette();
    palette.setColor(QPalette::WindowText, StatusColors::errorText(palette.color(QPalette::Window)));
    reason->setPalette(palette);
    auto* advice = new QLabel(tr("The other steps of the package work as usual, and your notes are safe. "
                                 "Import the package again, or ask its publisher for a new copy."),
                              this);
    advice->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(reason);
    layout->addWidget(advice);
    layout->addStretch(2);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("This step cannot be shown"));
    setAccessibleDescription(reason->text());
}

} // namespace reflekt
