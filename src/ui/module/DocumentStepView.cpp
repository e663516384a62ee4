#include "ui/module/DocumentStepView.h"

#include "platform/Workspace.h"
#include "ui/module/BundleTextBrowser.h"
#include "ui/widgets/Design.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace reflekt {

DocumentStepView::DocumentStepView(Workspace& workspace, const Bundle& bundle, const Step& step,
                                   QWidget* parent)
    : QWidget(parent)
{
    const QString file = workspace.path(bundle, step.document);
    setObjectName(step.type == StepType::Text ? QStringLiteral("textStepView")
                                              : QStringLiteral("activityView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (step.type == StepType::Activity && file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        addPdfActivity(file, layout);
        return;
    }
    m_browser = new BundleTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("documentBrowser"));
    m_browser->setAccessibleName(step.type == StepType::Text ? tr("Text material") : tr("Activity"));
    m_browser->setReadingColumn(true); // before the text, so its images load to the column's width
    m_browser->showMarkdownFile(file, QString::fromStdString(bundle.root.string()));
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser); // opening the step puts the keyboard in the text, not on this box
    if (step.type == StepType::Text) {
        connect(m_browser, &BundleTextBrowser::endSeen, this, &DocumentStepView::completed);
        return;
    }
    auto* printButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("P&rint…"), this);
    printButton->setObjectName(QStringLiteral("printActivityButton"));
    printButton->setAccessibleName(tr("Print this activity"));
    connect(printButton, &QPushButton::clicked, this, &DocumentStepView::print);
    layout->addWidget(printButton, 0, Qt::AlignRight);
}

void DocumentStepView::addPdfActivity(const QString& file, QVBoxLayout* layout)
{
    auto* label =
        new QLabel(tr("This activity is a printable PDF: %1").arg(QFileInfo(file).fileName()), this);
    label->setWordWrap(true);
    Design::setType(label, Design::Type::Body);
    auto* open = new QPushButton(tr("&Open the PDF to print it"), this);
    open->setObjectName(QStringLiteral("openActivityPdfButton"));
    connect(open, &QPushButton::clicked, this, [this, file] {
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(file))) {
            Q_EMIT completed();
            return;
        }
        QMessageBox::warning(this, tr("Open the PDF"),
                             tr("No program on this computer opened %1. The file is here:\n\n%2")
                                 .arg(QFileInfo(file).fileName(), QDir::toNativeSeparators(file)));
    });
    layout->addWidget(label);
    layout->addWidget(open);
    layout->addStretch();
    setFocusProxy(open);
}

void DocumentStepView::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printActivityDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_browser->document()->print(&printer);
    Q_EMIT completed();
}

} // namespace reflekt
